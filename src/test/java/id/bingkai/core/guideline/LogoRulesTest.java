// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import static id.bingkai.testing.TestFrames.BLACK;
import static id.bingkai.testing.TestFrames.logo;
import static id.bingkai.testing.TestFrames.tag;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.model.Asset;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.Rule;
import id.bingkai.testing.Pictures;
import id.bingkai.testing.TestFrames;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link LogoCheck} alone, with exact values: the message arguments, the limits at exactly the limit, logos hidden
 * under the photo. Logos are opaque squares, so their ink is their whole box (heights chosen as multiples of 1/64
 * of a unit are exact on the 64-cell grid).
 */
class LogoRulesTest {
    private static final Msg LOGO = Msg.of("guideline.element.logo", "logo");

    private static Layer.Image block(Rect bounds) {
        return logo("logo", bounds, Pictures.block(200, 200), 1);
    }

    private static List<Finding> run(Frame frame) {
        return OneCheck.run(new LogoCheck(), RuleChecks.withPhoto(frame));
    }

    private static List<Finding> run(Frame frame, Rule rule) {
        return run(frame).stream().filter(f -> f.rule() == rule).toList();
    }

    @Test
    void textDrawnBeforeTheLogoStillMayNotEnterItsClearSpace() {
        // the tag comes first in drawing order: marked elements count wherever they are drawn
        var frame = TestFrames.profile(tag(new Rect(140, 505, 800, 60), 50, BLACK), block(new Rect(440, 300, 200, 200)));
        assertThat(run(frame, Rule.LOGO_CLEAR_SPACE)).singleElement().satisfies(f -> {
            assertThat(f.message().key()).isEqualTo("guideline.logo-clear-space.element");
            assertThat(f.message().args()).containsExactly(LOGO, Msg.of("guideline.element.text", "#ASNpilihNETRAL"),
                    50);
            assertThat(f.layerId()).contains("logo");
            assertThat(f.region().y()).isGreaterThanOrEqualTo(500);
            assertThat(f.region().maxY()).isLessThanOrEqualTo(550.001);
        });
    }

    @Test
    void theClearSpaceInAMessageIsRoundedToTheNearestUnit() {
        // 202 units tall: a quarter is 50.5, shown as 51; the stripe 20 units below the logo is inside it
        var stripe = TestFrames.box("garis", LayerRole.DECORATION, new Rect(0, 522, 1080, 10), 0xFFEC5425);
        var frame = TestFrames.profile(block(new Rect(440, 300, 202, 202)), stripe);
        assertThat(run(frame, Rule.LOGO_CLEAR_SPACE)).singleElement().satisfies(f -> {
            assertThat(f.message().args()).containsExactly(LOGO, Msg.of("guideline.element.layer", "garis"), 51);
            assertThat(f.region()).isEqualTo(new Rect(389.5, 522, 303, 10));
        });
    }

    @Test
    void aLogoUnderThePhotoNeedsItsClearSpaceFreeOfThePhoto() {
        // the slot holds the logo and its whole clear space: drawn above, fine; drawn below, the photo covers it
        var slot = new Rect(100, 100, 880, 880);
        var above = TestFrames.frame(FrameKind.PROFILE, 1080, 1080, slot, block(new Rect(440, 440, 200, 200)));
        assertThat(run(above, Rule.LOGO_CLEAR_SPACE)).isEmpty();
        var below = TestFrames.frame(FrameKind.PROFILE, 1080, 1080, slot, new Layer.Image("logo", LayerRole.LOGO,
                LayerPosition.BELOW, new Rect(440, 440, 200, 200), new Asset.Raster("logo.png",
                        Pictures.block(200, 200)), 1));
        assertThat(run(below, Rule.LOGO_CLEAR_SPACE)).singleElement().satisfies(f -> {
            assertThat(f.message().key()).isEqualTo("guideline.logo-clear-space.photo-edge");
            assertThat(f.message().args()).containsExactly(LOGO, 50);
            assertThat(f.region()).isEqualTo(new Rect(390, 390, 300, 300));
        });
        // below, but beside the slot: the photo does not reach the clear space
        var beside = TestFrames.frame(FrameKind.PROFILE, 1080, 1080, new Rect(700, 0, 380, 1080),
                new Layer.Image("logo", LayerRole.LOGO, LayerPosition.BELOW, new Rect(200, 440, 200, 200),
                        new Asset.Raster("logo.png", Pictures.block(200, 200)), 1));
        assertThat(run(beside, Rule.LOGO_CLEAR_SPACE)).isEmpty();
    }

    @Test
    void aClearSpaceEndingExactlyAtTheCanvasEdgeIsInside() {
        assertThat(run(TestFrames.profile(block(new Rect(50, 50, 200, 200))), Rule.LOGO_CLEAR_SPACE)).isEmpty();
        assertThat(run(TestFrames.profile(block(new Rect(49, 50, 200, 200))), Rule.LOGO_CLEAR_SPACE)).singleElement()
                .satisfies(f -> {
                    assertThat(f.message().key()).isEqualTo("guideline.logo-clear-space.canvas-edge");
                    assertThat(f.message().args()).containsExactly(LOGO, 50);
                    assertThat(f.region()).isEqualTo(new Rect(0, 0, 299, 300));
                });
    }

    @Test
    void theScreenMinimumIsOneHundredPixelsOfA1080PixelImageExactly() {
        assertThat(run(TestFrames.profile(block(new Rect(500, 500, 100, 100))), Rule.LOGO_MIN_SIZE)).isEmpty();
        assertThat(run(TestFrames.profile(block(new Rect(500, 500, 99, 99))), Rule.LOGO_MIN_SIZE)).singleElement()
                .satisfies(f -> {
                    assertThat(f.message().key()).isEqualTo("guideline.logo-min-size.screen");
                    assertThat(f.message().args()).containsExactly(LOGO, 99.0, 100.0, 1080);
                    assertThat(f.region()).isEqualTo(new Rect(500, 500, 99, 99));
                });
        // on a 2160-wide canvas 150 units are 75 px of the 1080 px image
        var wide = TestFrames.frame(FrameKind.PROFILE, 2160, 2160, new Rect(0, 0, 2160, 2160),
                block(new Rect(1000, 1000, 150, 150)));
        assertThat(run(wide, Rule.LOGO_MIN_SIZE)).singleElement()
                .satisfies(f -> assertThat(f.message().args()).containsExactly(LOGO, 75.0, 100.0, 1080));
    }

    @Test
    void thePrintMinimumIsFifteenMillimetresExactly() {
        // 200 x 300 mm without bleed on a 2000 x 3000 canvas: 10 units a millimetre
        PrintSpec page = new PrintSpec(200, 300, 0, 300);
        Frame fifteen = TestFrames.frame(FrameKind.POSTER, 2000, 3000, new Rect(0, 0, 2000, 3000),
                block(new Rect(900, 1400, 150, 150)));
        Frame fourteen = TestFrames.frame(FrameKind.POSTER, 2000, 3000, new Rect(0, 0, 2000, 3000),
                block(new Rect(900, 1400, 140, 140)));
        assertThat(print(fifteen, page)).as("15 mm, but only 81 px of a 1080 px image: print judges mm").isEmpty();
        assertThat(print(fourteen, page)).singleElement().satisfies(f -> {
            assertThat(f.message().key()).isEqualTo("guideline.logo-min-size.print");
            assertThat(f.message().args()).containsExactly(LOGO, 14.0, 15.0);
        });
    }

    @Test
    void aStretchedOrFadedLogoSaysByHowMuch() {
        var wide = run(TestFrames.profile(logo("logo", new Rect(390, 440, 300, 200), Pictures.disc(200, 200), 1)),
                Rule.LOGO_INTEGRITY);
        assertThat(wide).singleElement().satisfies(f -> {
            assertThat(f.message().args()).containsExactly(LOGO, 50);
            assertThat(f.region()).isEqualTo(new Rect(390, 440, 300, 200));
        });
        var quarter = run(TestFrames.profile(logo("logo", new Rect(440, 440, 200, 200), Pictures.disc(200, 200),
                0.25)), Rule.LOGO_INTEGRITY);
        assertThat(quarter).singleElement().satisfies(f -> {
            assertThat(f.message().key()).isEqualTo("guideline.logo-integrity.faded");
            assertThat(f.message().args()).containsExactly(LOGO, 25);
        });
    }

    @Test
    void proportionsMayDifferByTwoPercent() {
        assertThat(run(TestFrames.profile(block(new Rect(440, 440, 203.8, 200))), Rule.LOGO_INTEGRITY)).isEmpty();
        assertThat(run(TestFrames.profile(block(new Rect(440, 440, 196.2, 200))), Rule.LOGO_INTEGRITY)).isEmpty();
        assertThat(run(TestFrames.profile(block(new Rect(440, 440, 204.2, 200))), Rule.LOGO_INTEGRITY))
                .singleElement().satisfies(f -> assertThat(f.message().args()).containsExactly(LOGO, 2));
        assertThat(run(TestFrames.profile(block(new Rect(440, 440, 195.8, 200))), Rule.LOGO_INTEGRITY))
                .singleElement().satisfies(f -> assertThat(f.message().args()).containsExactly(LOGO, 2));
    }

    @Test
    void aVectorLogoIsJudgedByItsOwnProportions() {
        SVGDocument wide = svg("<svg xmlns='http://www.w3.org/2000/svg' width='40' height='20' viewBox='0 0 40 20'>"
                + "<rect width='40' height='20' fill='#1B2A4A'/></svg>");
        var asDrawn = new Layer.Image("logo", LayerRole.LOGO, LayerPosition.ABOVE, new Rect(340, 440, 400, 200),
                new Asset.Vector("logo.svg", wide), 1);
        assertThat(run(TestFrames.profile(asDrawn), Rule.LOGO_INTEGRITY)).isEmpty();
        var squeezed = new Layer.Image("logo", LayerRole.LOGO, LayerPosition.ABOVE, new Rect(440, 440, 200, 200),
                new Asset.Vector("logo.svg", wide), 1);
        assertThat(run(TestFrames.profile(squeezed), Rule.LOGO_INTEGRITY)).singleElement()
                .satisfies(f -> assertThat(f.message().args()).containsExactly(LOGO, 50));
    }

    private static List<Finding> print(Frame frame, PrintSpec page) {
        return OneCheck.run(new LogoCheck(), RuleChecks.withPhoto(frame), GuidelineSettings.DEFAULT, Optional.of(page),
                0).stream().filter(f -> f.rule() == Rule.LOGO_MIN_SIZE).toList();
    }

    static SVGDocument svg(String xml) {
        SVGDocument doc = new SVGLoader().load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                URI.create("memory:/logo.svg"), LoaderContext.createDefault());
        assertThat(doc).isNotNull();
        return doc;
    }
}
