// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import id.bingkai.core.error.Problem;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.Rule;
import id.bingkai.core.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every setting of a {@code guideline} block: read, bounded at both ends inclusively, and every mistake named. */
class GuidelineSettingsReaderTest {
    private static final String RULES = "circle-crop, whatsapp-centre, story-bands, logo-clear-space, logo-min-size, "
            + "logo-integrity, agency-logo-size, legibility, photo-resolution, photo-coverage, print-margins";

    private final List<Problem> problems = new ArrayList<>();

    private GuidelineSettings read(String json) {
        return read(json, GuidelineSettings.DEFAULT);
    }

    private GuidelineSettings read(String json, GuidelineSettings base) {
        return new GuidelineSettingsReader("manifest.json", problems).read(JsonParser.parseString(json), base,
                "frames[0].guideline");
    }

    private static Problem problem(String field, String key, Object... args) {
        return new Problem("manifest.json", "frames[0].guideline" + field, Msg.of(key, args));
    }

    @Test
    void everySettingIsRead() {
        GuidelineSettings s = read("""
                {"blocking": ["legibility"], "off": ["story-bands", "circle-crop"], "whatsappCentre": 0.6,
                 "story": {"top": 0.1, "bottom": 0.3},
                 "logo": {"clearSpace": 1.5, "minPixels": 80, "minMillimetres": 12},
                 "legibility": {"minGlyphPixels": 6, "minContrast": 7, "minContrastLarge": 4.5,
                                "displayWidth": {"status": 320.4, "poster": 640.5}},
                 "photo": {"maxUpscale": 2.5, "minPrintPpi": 200}, "print": {"safeMarginMm": 9}}""");

        assertThat(problems).isEmpty();
        assertThat(s.severity(Rule.LEGIBILITY)).contains(Severity.BLOCKING);
        assertThat(s.severity(Rule.PHOTO_COVERAGE)).contains(Severity.WARNING);
        assertThat(s.off()).containsExactlyInAnyOrder(Rule.STORY_BANDS, Rule.CIRCLE_CROP);
        assertThat(s.whatsappCentre()).isEqualTo(0.6);
        assertThat(s.story()).isEqualTo(new GuidelineSettings.Story(0.1, 0.3));
        assertThat(s.logo()).isEqualTo(new GuidelineSettings.Logo(1.5, 80, 12));
        assertThat(s.legibility().minGlyphPixels()).isEqualTo(6);
        assertThat(s.legibility().minContrast()).isEqualTo(7);
        assertThat(s.legibility().minContrastLarge()).isEqualTo(4.5);
        assertThat(s.legibility().displayWidth(FrameKind.STATUS)).isEqualTo(320);
        assertThat(s.legibility().displayWidth(FrameKind.POSTER)).isEqualTo(641);
        assertThat(s.legibility().displayWidth(FrameKind.PROFILE)).isEqualTo(110);
        assertThat(s.photo()).isEqualTo(new GuidelineSettings.Photo(2.5, 200));
        assertThat(s.printSafeMarginMm()).isEqualTo(9);
    }

    @Test
    void whatABlockLeavesOutKeepsItsBase() {
        GuidelineSettings pack = read("{\"story\": {\"top\": 0.3}, \"logo\": {\"minPixels\": 90}}");

        GuidelineSettings frame = read("{\"story\": {\"bottom\": 0.1}, \"legibility\": {}, \"photo\": {}}", pack);

        assertThat(problems).isEmpty();
        assertThat(frame.story()).isEqualTo(new GuidelineSettings.Story(0.3, 0.1));
        assertThat(frame.logo()).isEqualTo(new GuidelineSettings.Logo(0.25, 90, 15));
        assertThat(frame.legibility()).isEqualTo(GuidelineSettings.DEFAULT.legibility());
        assertThat(frame.photo()).isEqualTo(GuidelineSettings.DEFAULT.photo());
        assertThat(read("{}", pack)).isEqualTo(pack);
    }

    /** Each number with its block, its range, and how to read it back. */
    @ParameterizedTest(name = "{0}.{1} in {2}..{3}")
    @CsvSource({"'', whatsappCentre, 0.05, 0.99", "story, top, 0, 0.45", "story, bottom, 0, 0.45",
        "logo, clearSpace, 0, 2", "logo, minPixels, 1, 5000", "logo, minMillimetres, 1, 5000",
        "legibility, minGlyphPixels, 0.5, 100", "legibility, minContrast, 1, 21",
        "legibility, minContrastLarge, 1, 21", "photo, maxUpscale, 1, 20", "photo, minPrintPpi, 1, 2400",
        "print, safeMarginMm, 0.5, 100"})
    void eachNumberIsAllowedFromItsMinimumToItsMaximum(String block, String name, double min, double max) {
        ToDoubleFunction<GuidelineSettings> value = getter(block + "." + name);
        String field = (block.isEmpty() ? "" : "." + block) + "." + name;

        assertThat(value.applyAsDouble(read(json(block, name, min)))).isEqualTo(min);
        assertThat(value.applyAsDouble(read(json(block, name, max)))).isEqualTo(max);
        assertThat(problems).isEmpty();

        double below = min - 0.001;
        double above = max + 0.001;
        assertThat(value.applyAsDouble(read(json(block, name, below))))
                .isEqualTo(value.applyAsDouble(GuidelineSettings.DEFAULT));
        assertThat(value.applyAsDouble(read(json(block, name, above))))
                .isEqualTo(value.applyAsDouble(GuidelineSettings.DEFAULT));
        assertThat(problems).containsExactly(
                problem(field, "guideline.settings.range", JsonParser.parseString(String.valueOf(below)).toString(),
                        min, max),
                problem(field, "guideline.settings.range", JsonParser.parseString(String.valueOf(above)).toString(),
                        min, max));
    }

    private static String json(String block, String name, double v) {
        String pair = "\"" + name + "\": " + v;
        return block.isEmpty() ? "{" + pair + "}" : "{\"" + block + "\": {" + pair + "}}";
    }

    private static ToDoubleFunction<GuidelineSettings> getter(String path) {
        return switch (path) {
            case ".whatsappCentre" -> GuidelineSettings::whatsappCentre;
            case "story.top" -> s -> s.story().top();
            case "story.bottom" -> s -> s.story().bottom();
            case "logo.clearSpace" -> s -> s.logo().clearSpace();
            case "logo.minPixels" -> s -> s.logo().minPixels();
            case "logo.minMillimetres" -> s -> s.logo().minMillimetres();
            case "legibility.minGlyphPixels" -> s -> s.legibility().minGlyphPixels();
            case "legibility.minContrast" -> s -> s.legibility().minContrast();
            case "legibility.minContrastLarge" -> s -> s.legibility().minContrastLarge();
            case "photo.maxUpscale" -> s -> s.photo().maxUpscale();
            case "photo.minPrintPpi" -> s -> s.photo().minPrintPpi();
            case "print.safeMarginMm" -> GuidelineSettings::printSafeMarginMm;
            default -> throw new IllegalArgumentException(path);
        };
    }

    @Test
    void displayWidthsAreBoundedAndKindsChecked() {
        GuidelineSettings s = read("""
                {"legibility": {"displayWidth": {"profile": 16, "status": 20000, "poster": 15, "banner": 20001,
                 "cetak": 300}}}""");

        assertThat(s.legibility().displayWidth(FrameKind.PROFILE)).isEqualTo(16);
        assertThat(s.legibility().displayWidth(FrameKind.STATUS)).isEqualTo(20_000);
        assertThat(s.legibility().displayWidth(FrameKind.POSTER)).isEqualTo(1080);
        assertThat(s.legibility().displayWidth(FrameKind.BANNER)).isEqualTo(1080);
        String w = ".legibility.displayWidth";
        assertThat(problems).containsExactly(
                problem(w + ".poster", "guideline.settings.range", "15", 16.0, 20_000.0),
                problem(w + ".banner", "guideline.settings.range", "20001", 16.0, 20_000.0),
                problem(w + ".cetak", "guideline.settings.unknown-kind", "cetak",
                        "profile, status, poster, banner, card"));
    }

    @Test
    void ruleListsMustBeListsOfKnownRuleIds() {
        GuidelineSettings s = read("{\"off\": [\"legibility\", 5, \"lingkaran\"], \"blocking\": \"circle-crop\"}");

        assertThat(s.off()).containsExactly(Rule.LEGIBILITY);
        assertThat(s.severity(Rule.CIRCLE_CROP)).contains(Severity.WARNING);
        assertThat(s.severity(Rule.PHOTO_COVERAGE)).contains(Severity.WARNING);
        assertThat(problems).containsExactly(
                problem(".off[1]", "guideline.settings.unknown-rule", "5", RULES),
                problem(".off[2]", "guideline.settings.unknown-rule", "\"lingkaran\"", RULES),
                problem(".blocking", "guideline.settings.not-rule-list"));
    }

    @Test
    void aNonNumberIsOutOfRangeAndAnUnknownFieldListsTheKnownOnes() {
        GuidelineSettings s = read("""
                {"whatsappCentre": "besar", "warna": 1, "story": {"tengah": 0.1}, "logo": {"ukuran": 1},
                 "legibility": {"kontras": 1}, "photo": {"dpi": 1}, "print": {"margin": 1}}""");

        assertThat(s).isEqualTo(GuidelineSettings.DEFAULT);
        assertThat(problems).containsExactly(
                problem(".warna", "guideline.settings.unknown-field", "warna",
                        "blocking, legibility, logo, off, photo, print, story, whatsappCentre"),
                problem(".whatsappCentre", "guideline.settings.range", "\"besar\"", 0.05, 0.99),
                problem(".story.tengah", "guideline.settings.unknown-field", "tengah", "bottom, top"),
                problem(".logo.ukuran", "guideline.settings.unknown-field", "ukuran",
                        "clearSpace, minMillimetres, minPixels"),
                problem(".legibility.kontras", "guideline.settings.unknown-field", "kontras",
                        "displayWidth, minContrast, minContrastLarge, minGlyphPixels"),
                problem(".photo.dpi", "guideline.settings.unknown-field", "dpi", "maxUpscale, minPrintPpi"),
                problem(".print.margin", "guideline.settings.unknown-field", "margin", "safeMarginMm"));
    }

    @Test
    void blocksThatAreNotObjectsAreNamedAndKeepTheBase() {
        assertThat(read("[1]")).isEqualTo(GuidelineSettings.DEFAULT);
        GuidelineSettings s = read("""
                {"story": 1, "logo": [], "legibility": "x", "photo": true, "print": 2,
                 "legibility": {"displayWidth": 3}}""".replace("\"legibility\": \"x\", ", ""));

        assertThat(s).isEqualTo(GuidelineSettings.DEFAULT);
        assertThat(problems).containsExactly(
                problem("", "guideline.settings.not-object"),
                problem(".story", "guideline.settings.not-object"),
                problem(".logo", "guideline.settings.not-object"),
                problem(".legibility.displayWidth", "guideline.settings.not-object"),
                problem(".photo", "guideline.settings.not-object"),
                problem(".print", "guideline.settings.not-object"));
    }
}
