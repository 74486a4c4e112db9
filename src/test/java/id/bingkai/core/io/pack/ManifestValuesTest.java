// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.error.Problem;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.model.Fill;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LocalizedText;
import id.bingkai.core.model.Stroke;
import id.bingkai.core.model.TextField;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The manifest's own values (schema, tag, fields, texts) and its paints, at the edges, in the smallest pack. */
class ManifestValuesTest {
    private static final String SHAPE = "{\"type\": \"shape\", \"shape\": \"rect\", \"x\": 0, \"y\": 0, "
            + "\"width\": 10, \"height\": 10, ";

    @TempDir
    Path dir;

    private MiniPacks packs;

    @BeforeEach
    void packs() {
        packs = new MiniPacks(dir);
    }

    private static Problem at(String field, String key, Object... args) {
        return new Problem("manifest.json", field, Msg.of(key, args));
    }

    @Test
    void schemaOneInAnyNotationIsUnderstood() {
        assertThat(packs.lint("schema", "1.0")).isEmpty();
        assertThat(packs.lint("schema", "1.5")).containsExactly(at("schema", "pack.problem.schema.newer", "1.5", 1));
        assertThat(packs.lint("schema", "0.5")).containsExactly(at("schema", "pack.problem.schema.invalid", "0.5", 1));
        assertThat(packs.lint("schema", "true")).containsExactly(
                at("schema", "pack.problem.schema.invalid", "true", 1));
    }

    @Test
    void aMissingSchemaIsReportedAndTheRestOfTheManifestIsStillChecked() {
        // Unlike a newer schema (refused alone), a missing one is assumed to be 1: the other mistakes are named too.
        assertThat(packs.lint("schema", null, "tag", "\"tanpa-pagar\"")).containsExactly(
                at("schema", "pack.problem.required", "schema"),
                at("tag", "pack.problem.tag", "tanpa-pagar"));
    }

    @Test
    void theMinimalPackTakesTheDefaults() {
        FramePack pack = packs.load();

        assertThat(pack.version()).isEqualTo("1");
        assertThat(pack.sample()).isFalse();
        assertThat(pack.tag()).isEqualTo("#ASNpilihNETRAL");
        assertThat(pack.caption()).isEqualTo(LocalizedText.of("#ASNpilihNETRAL"));
        assertThat(pack.typefaces()).isEmpty();
        assertThat(pack.frames().getFirst().fields()).isEmpty();
        FramePack tagged = packs.load("tag", "\"#x\"", "sample", "true");
        assertThat(tagged.caption()).isEqualTo(LocalizedText.of("#x"));
        assertThat(tagged.sample()).isTrue();
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource({"'#'", "'#a b'", "'a'", "' #a'"})
    void theTagIsAHashAndOneWord(String tag) {
        assertThat(packs.lint("tag", "\"" + tag + "\"")).containsExactly(at("tag", "pack.problem.tag", tag));
    }

    @Test
    void aFieldKeepsItsSettingsAndTheFramesUsingItOfferIt() {
        FramePack pack = packs.load("fields[0]", "{\"key\": \"alamat\", \"label\": {\"id\": \"Alamat\", "
                + "\"ind\": \"Alamat\"}, \"default\": \"Jl. A\\nNo. 1\", \"maxLength\": 2000, \"multiline\": true}",
                "frames[0].layers[0]", "{\"type\": \"text\", \"text\": \"{alamat}\", \"x\": 0, \"y\": 0, "
                        + "\"width\": 10, \"height\": 10, \"size\": 5}");

        assertThat(pack.frames().getFirst().fields()).containsExactly(new TextField("alamat",
                new LocalizedText(Map.of("id", "Alamat", "ind", "Alamat")), "Jl. A\nNo. 1", 2000, true));
        assertThat(packs.load("fields[0].maxLength", "500").frames().getFirst().fields()).isEmpty();
    }

    @Test
    void aFieldsLengthsAreBoundedForItsKind() {
        assertThat(packs.lint("fields[0].maxLength", "501")).containsExactly(
                at("fields[0].maxLength", "pack.problem.range", 1, 500));
        assertThat(packs.lint("fields[0].maxLength", "2001", "fields[0].multiline", "true")).containsExactly(
                at("fields[0].maxLength", "pack.problem.range", 1, 2000));
        assertThat(packs.lint("fields[0].maxLength", "0")).containsExactly(
                at("fields[0].maxLength", "pack.problem.range", 1, 500));
        assertThat(packs.lint("fields[0].maxLength", "1", "fields[0].default", "\"a\"")).isEmpty();
        assertThat(packs.lint("fields[0].default", "\"" + "a".repeat(60) + "\"")).isEmpty();
        assertThat(packs.lint("fields[0].default", "\"" + "a".repeat(61) + "\"")).containsExactly(
                at("fields[0].default", "pack.problem.field.defaultTooLong", 60));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"'a\\nb'", "'a\\rb'"})
    void aOneLineFieldsDefaultHasNoLineBreak(String value) {
        assertThat(packs.lint("fields[0].default", "\"" + value + "\"")).containsExactly(
                at("fields[0].default", "pack.problem.field.lineBreak"));
        assertThat(packs.lint("fields[0].default", "\"" + value + "\"", "fields[0].multiline", "true")).isEmpty();
    }

    @Test
    void languagesAreTwoOrThreeLowerCaseLettersWithText() {
        assertThat(packs.load("name", "{\"id\": \"Mini\", \"jav\": \"Cilik\"}").name().get(java.util.Locale.of("jav")))
                .isEqualTo("Cilik");
        assertThat(packs.lint("name", "{\"i\": \"a\", \"indo\": \"b\", \"en\": 5, \"id\": \" \"}")).containsExactly(
                at("name.i", "pack.problem.language", "i"), at("name.indo", "pack.problem.language", "indo"),
                at("name.en", "pack.problem.blank"), at("name.id", "pack.problem.blank"));
        assertThat(packs.lint("name", "\" \"")).containsExactly(at("name", "pack.problem.blank"));
    }

    @Test
    void framesAndFontsMustBeTheRightShape() {
        assertThat(packs.lint("frames[1]", "\"f\"")).containsExactly(
                at("frames[1]", "pack.problem.wrongType", Msg.of("pack.problem.type.object")));
        assertThat(packs.lint("frames[1]", MiniPacks.manifest().getAsJsonArray("frames").get(0).toString()))
                .containsExactly(at("frames[1].id", "pack.problem.duplicateId", "f"));
        assertThat(packs.lint("fonts", "[]")).isEmpty();
    }

    @Test
    void coloursAndGradientsAreReadExactly() {
        Layer.Shape shape = (Layer.Shape) packs.layer(SHAPE + "\"fill\": {\"stops\": [[0, \"#ec5425\"], "
                + "[1, \"#FAB92C00\"]]}, \"stroke\": {\"color\": \"#0000ff80\", \"width\": 0.5}}");

        assertThat(shape.fill()).contains(new Fill.Linear(0, List.of(new Fill.Stop(0, 0xFFEC5425),
                new Fill.Stop(1, 0x00FAB92C))));
        assertThat(shape.stroke()).contains(new Stroke(0x800000FF, 0.5));
        assertThat(PaintReader.parseColour("#FFFFFF")).contains(0xFFFFFFFF);
        assertThat(PaintReader.parseColour("#00000000")).contains(0);
        assertThat(PaintReader.parseColour("#1234567")).isEmpty();
        assertThat(PaintReader.parseColour("123456")).isEmpty();
        assertThat(PaintReader.parseColour("#12345G")).isEmpty();
    }

    @Test
    void gradientMistakesAreNamedAtTheirStop() {
        String f = "frames[0].layers[0].fill";
        assertThat(packs.lintLayer(SHAPE + "\"fill\": {\"angle\": 45, \"stops\": [[0, \"#000000\"], [0, \"#FFFFFF\"]]}}"))
                .containsExactly(at(f + ".stops[1][0]", "pack.problem.gradient.order"));
        assertThat(packs.lintLayer(SHAPE + "\"fill\": {\"stops\": [[-0.01, \"#000000\"], [1.01, \"#FFFFFF\"]]}}"))
                .containsExactly(at(f + ".stops[0][0]", "pack.problem.gradient.offset"),
                        at(f + ".stops[1][0]", "pack.problem.gradient.offset"));
        assertThat(packs.lintLayer(SHAPE + "\"fill\": {\"stops\": [[0, 5, 1], [\"x\", \"#FFFFFF\"], [1, 5]]}}"))
                .containsExactly(at(f + ".stops[0]", "pack.problem.gradient.stop"),
                        at(f + ".stops[1][0]", "pack.problem.gradient.offset"),
                        at(f + ".stops[2][1]", "pack.problem.colour", "5"));
        assertThat(packs.lintLayer(SHAPE + "\"fill\": {\"stops\": []}}")).containsExactly(
                at(f + ".stops", "pack.problem.gradient.fewStops"));
        assertThat(packs.lintLayer(SHAPE + "\"fill\": \"#FFF\"}")).containsExactly(
                at(f, "pack.problem.colour", "#FFF"));
    }

    @Test
    void aGradientKeepsItsAngleAndOffsets() {
        Layer.Shape shape = (Layer.Shape) packs.layer(SHAPE + "\"fill\": {\"angle\": -30.5, \"stops\": "
                + "[[0.25, \"#000000\"], [0.5, \"#FFFFFF\"], [0.75, \"#000000\"]]}}");

        assertThat(shape.fill()).contains(new Fill.Linear(-30.5, List.of(new Fill.Stop(0.25, 0xFF000000),
                new Fill.Stop(0.5, 0xFFFFFFFF), new Fill.Stop(0.75, 0xFF000000))));
    }

    @Test
    void strokeMistakesAreNamed() {
        String s = "frames[0].layers[0].stroke";
        assertThat(packs.lintLayer(SHAPE + "\"stroke\": {\"color\": \"#000000\", \"width\": -1}}")).containsExactly(
                at(s + ".width", "pack.problem.positive"));
        assertThat(packs.lintLayer(SHAPE + "\"stroke\": {\"color\": \"hitam\", \"width\": 1}}")).containsExactly(
                at(s + ".color", "pack.problem.colour", "hitam"));
        assertThat(packs.lintLayer(SHAPE + "\"stroke\": {\"color\": \"#000000\"}}")).containsExactly(
                at(s + ".width", "pack.problem.required", "width"));
    }
}
