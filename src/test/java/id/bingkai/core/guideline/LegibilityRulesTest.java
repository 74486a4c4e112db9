// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import static id.bingkai.testing.TestFrames.BLACK;
import static id.bingkai.testing.TestFrames.WHITE;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.i18n.Msg;
import id.bingkai.core.model.Fill;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.Rule;
import id.bingkai.core.model.TextAlign;
import id.bingkai.core.model.TextStyle;
import id.bingkai.core.render.Renderer;
import id.bingkai.testing.TestFrames;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link LegibilityCheck} at its exact limits. The frames are judged at their own width (1080 px), so a text's size
 * in units is its size in pixels; the text sits on a flat band, so the contrast is that of two known colours.
 */
class LegibilityRulesTest {
    private static final int ORANGE = 0xFFEC5425;
    private static final Rect BAND = new Rect(0, 300, 1080, 500);
    private static final Rect BOX = new Rect(100, 450, 880, 200);

    private static GuidelineSettings atFullWidth(double minGlyph, double minContrast, double minLarge) {
        return GuidelineSettings.DEFAULT.withLegibility(new GuidelineSettings.Legibility(minGlyph, minContrast,
                minLarge, Map.of(FrameKind.PROFILE, 1080)));
    }

    private static Layer.Text text(String id, int weight, double size, int argb) {
        return new Layer.Text(id, LayerRole.TEXT, LayerPosition.ABOVE, BOX, "Siti Aminah",
                new TextStyle("Inter", weight, size, new Fill.Solid(argb), TextAlign.CENTER, false, 0));
    }

    private static List<Finding> legibility(GuidelineSettings settings, Layer... layers) {
        return OneCheck.run(new LegibilityCheck(new Renderer(RuleChecks.FONTS), new SamplePhotos()),
                RuleChecks.withPhoto(TestFrames.profile(layers)), settings, Optional.empty(), 0);
    }

    /** White on the campaign orange is 3.6:1: enough for large text (3:1), not for normal text (4.5:1). */
    private static List<Finding> onOrange(int weight, double size) {
        return legibility(GuidelineSettings.DEFAULT.withLegibility(new GuidelineSettings.Legibility(4, 4.5, 3,
                Map.of(FrameKind.PROFILE, 1080))), TestFrames.box("pita", LayerRole.DECORATION, BAND, ORANGE),
                text("nama", weight, size, WHITE));
    }

    @Test
    void textOfTwentyFourPixelsIsLargeAtAnyWeight() {
        assertThat(onOrange(400, 24)).isEmpty();
        assertThat(onOrange(400, 23.9)).singleElement().satisfies(f -> {
            assertThat(f.message().key()).isEqualTo("guideline.legibility.contrast");
            assertThat(f.message().args()).element(2).isEqualTo(4.5);
            assertThat(f.message().args()).element(3).isEqualTo(1080);
        });
    }

    @Test
    void boldTextIsLargeFromEighteenPointSixSixPixels() {
        assertThat(onOrange(700, 18.66)).isEmpty();
        assertThat(onOrange(700, 18.65)).hasSize(1);
        assertThat(onOrange(900, 20)).isEmpty();
        assertThat(onOrange(600, 20)).as("semi-bold is not bold").hasSize(1);
    }

    @Test
    void aTextExactlyAsTallAsTheMinimumPasses() {
        var band = TestFrames.box("pita", LayerRole.DECORATION, BAND, WHITE);
        var name = text("nama", 700, 30, BLACK);
        double glyph = OneCheck.elements(RuleChecks.withPhoto(TestFrames.profile(band, name))).get(1).text()
                .orElseThrow().glyphHeight();
        assertThat(glyph).as("x-height of 30 px Inter").isBetween(14.0, 18.0);
        assertThat(legibility(atFullWidth(glyph, 4.5, 3), band, name)).isEmpty();
        assertThat(legibility(atFullWidth(Math.nextUp(glyph), 4.5, 3), band, name)).singleElement().satisfies(f -> {
            assertThat(f.message().key()).isEqualTo("guideline.legibility.small");
            assertThat(f.message().args()).containsExactly(Msg.of("guideline.element.text", "Siti Aminah"),
                    Shown.down(glyph, 1), Math.nextUp(glyph), 1080);
            assertThat(f.layerId()).contains("nama");
        });
    }

    @Test
    void aContrastExactlyAtTheMinimumPasses() {
        // black on mid grey: 5.3:1, the same on every pixel of the band
        var band = TestFrames.box("pita", LayerRole.DECORATION, BAND, 0xFF808080);
        var name = text("nama", 400, 20, BLACK);
        double ratio = Contrast.ratio(0x000000, 0x808080);
        assertThat(legibility(atFullWidth(4, ratio, 3), band, name)).isEmpty();
        assertThat(legibility(atFullWidth(4, Math.nextUp(ratio), 3), band, name)).singleElement().satisfies(f -> {
            assertThat(f.message().key()).isEqualTo("guideline.legibility.contrast");
            assertThat(f.message().args()).containsExactly(Msg.of("guideline.element.text", "Siti Aminah"),
                    Shown.down(ratio, 1), Math.nextUp(ratio), 1080);
        });
    }

    @Test
    void onlyTheTagAndTextLayersThatHoldTextAreJudged() {
        var band = TestFrames.box("pita", LayerRole.DECORATION, BAND, WHITE);
        // white lettering on the white band, but as decoration: the pack's art, not a text to read
        var lettering = new Layer.Text("hiasan", LayerRole.DECORATION, LayerPosition.ABOVE, BOX, "NETRAL",
                new TextStyle("Inter", 700, 60, new Fill.Solid(WHITE), TextAlign.CENTER, false, 0));
        // shapes marked as tag or text have no letters to judge
        var tagShape = TestFrames.box("tanda", LayerRole.TAG, new Rect(100, 350, 100, 50), WHITE);
        var textShape = TestFrames.box("kotak", LayerRole.TEXT, new Rect(300, 350, 100, 50), WHITE);
        assertThat(legibility(atFullWidth(4, 4.5, 3), band, lettering, tagShape, textShape)).isEmpty();
        var reading = text("nama", 700, 60, WHITE);
        assertThat(legibility(atFullWidth(4, 4.5, 3), band, lettering, tagShape, textShape, reading))
                .singleElement().satisfies(f -> {
                    assertThat(f.layerId()).contains("nama");
                    assertThat(f.message().key()).isEqualTo("guideline.legibility.contrast");
                });
    }

    @Test
    void aRuleSwitchedOffIsNotJudged() {
        var band = TestFrames.box("pita", LayerRole.DECORATION, BAND, WHITE);
        assertThat(legibility(GuidelineSettings.DEFAULT.withOff(java.util.Set.of(Rule.LEGIBILITY)), band,
                text("nama", 700, 60, WHITE))).isEmpty();
    }
}
