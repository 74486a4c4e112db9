// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import id.bingkai.core.error.Problem;
import id.bingkai.core.io.pack.GuidelineSettingsReader;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.Rule;
import id.bingkai.core.model.Severity;
import id.bingkai.testing.TestFrames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuidelineSettingsTest {
    @Test
    void defaultsBlockOnlyEmptySlotsAndDistortedLogos() {
        var blocking = Arrays.stream(Rule.values())
                .filter(r -> GuidelineSettings.DEFAULT.severity(r).orElseThrow() == Severity.BLOCKING).toList();
        assertThat(blocking).containsExactlyInAnyOrder(Rule.PHOTO_COVERAGE, Rule.LOGO_INTEGRITY);
    }

    @Test
    void aPacksBlockingListReplacesTheDefaultOne() {
        var s = GuidelineSettings.DEFAULT.withBlocking(Set.of(Rule.CIRCLE_CROP));
        assertThat(s.severity(Rule.CIRCLE_CROP)).contains(Severity.BLOCKING);
        assertThat(s.severity(Rule.PHOTO_COVERAGE)).contains(Severity.WARNING);
        assertThat(s.severity(Rule.WHATSAPP_CENTRE)).contains(Severity.INFO);
    }

    @Test
    void switchedOffRulesFindNothing() {
        var doc = RuleChecks.withPhoto(TestFrames.profile(TestFrames.logo("logo", new Rect(20, 20, 150, 150))));
        var settings = GuidelineSettings.DEFAULT.withOff(Set.of(Rule.CIRCLE_CROP));
        var report = RuleChecks.CHECKER.check(doc, settings, Optional.empty(), new SamplePhotos());
        assertThat(report.findings()).noneMatch(f -> f.rule() == Rule.CIRCLE_CROP);
        assertThat(RuleChecks.findings(doc, Rule.CIRCLE_CROP)).isNotEmpty();
    }

    @Test
    void readerAppliesAPackBlockAndAFrameBlockOverIt() {
        List<Problem> problems = new ArrayList<>();
        var reader = new GuidelineSettingsReader("manifest.json", problems);
        var pack = reader.read(JsonParser.parseString("""
                {"blocking": ["circle-crop", "photo-coverage"], "off": ["whatsapp-centre"],
                 "story": {"top": 0.15}, "logo": {"clearSpace": 0.5, "minPixels": 120, "minMillimetres": 20},
                 "legibility": {"minContrast": 7, "displayWidth": {"status": 320}},
                 "photo": {"maxUpscale": 1.2}, "print": {"safeMarginMm": 8}}"""), GuidelineSettings.DEFAULT,
                "guideline");
        var frame = reader.read(JsonParser.parseString("{\"logo\": {\"clearSpace\": 0.3}}"), pack,
                "frames[0].guideline");
        assertThat(problems).isEmpty();
        assertThat(frame.severity(Rule.CIRCLE_CROP)).contains(Severity.BLOCKING);
        assertThat(frame.severity(Rule.LOGO_INTEGRITY)).contains(Severity.WARNING);
        assertThat(frame.severity(Rule.WHATSAPP_CENTRE)).isEmpty();
        assertThat(frame.story().top()).isEqualTo(0.15);
        assertThat(frame.story().bottom()).isEqualTo(0.20);
        assertThat(frame.logo().clearSpace()).isEqualTo(0.3);
        assertThat(frame.logo().minPixels()).isEqualTo(120);
        assertThat(frame.legibility().minContrast()).isEqualTo(7);
        assertThat(frame.legibility().displayWidth(FrameKind.STATUS)).isEqualTo(320);
        assertThat(frame.legibility().displayWidth(FrameKind.PROFILE)).isEqualTo(110);
        assertThat(frame.photo().maxUpscale()).isEqualTo(1.2);
        assertThat(frame.printSafeMarginMm()).isEqualTo(8);
    }

    @Test
    void readerReportsEveryMistakeWithItsPathAndKeepsTheRest() {
        List<Problem> problems = new ArrayList<>();
        var s = new GuidelineSettingsReader("manifest.json", problems).read(JsonParser.parseString("""
                {"blocking": ["circle-crop", "lingkaran"], "logo": {"clearSpace": "besar", "minPixel": 3},
                 "whatsappCentre": 1.5, "photo": {"maxUpscale": 2}}"""), GuidelineSettings.DEFAULT, "guideline");
        assertThat(problems).extracting(Problem::field).containsExactlyInAnyOrder("guideline.blocking[1]",
                "guideline.logo.clearSpace", "guideline.logo.minPixel", "guideline.whatsappCentre");
        assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo("manifest.json"));
        assertThat(s.severity(Rule.CIRCLE_CROP)).contains(Severity.BLOCKING);
        assertThat(s.photo().maxUpscale()).isEqualTo(2);
        assertThat(s.logo().clearSpace()).isEqualTo(0.25);
    }
}
