// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import static id.bingkai.testing.TestFrames.BLACK;
import static id.bingkai.core.guideline.RuleChecks.findings;
import static id.bingkai.testing.TestFrames.logo;
import static id.bingkai.testing.TestFrames.profile;
import static id.bingkai.testing.TestFrames.tag;
import static id.bingkai.core.guideline.RuleChecks.withPhoto;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.Rule;
import id.bingkai.core.model.Severity;
import id.bingkai.core.model.SlotShape;
import id.bingkai.testing.Pictures;
import id.bingkai.testing.TestFrames;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LogoCheckTest {
    @Test
    void logoWithItsClearSpaceFreePasses() {
        var doc = withPhoto(profile(logo("logo", new Rect(440, 300, 200, 200)),
                tag(new Rect(140, 620, 800, 100), 60, BLACK)));
        assertThat(findings(doc, Rule.LOGO_CLEAR_SPACE)).isEmpty();
    }

    @Test
    void textInsideTheClearSpaceIsFound() {
        // Clear space is a quarter of the 200 px height: 50 px; the text starts 10 px below the logo.
        var doc = withPhoto(profile(logo("logo", new Rect(440, 300, 200, 200)),
                tag(new Rect(140, 505, 800, 60), 50, BLACK)));
        assertThat(findings(doc, Rule.LOGO_CLEAR_SPACE)).singleElement().satisfies(f -> {
            assertThat(f.message().key()).isEqualTo("guideline.logo-clear-space.element");
            assertThat(f.region().y()).isGreaterThanOrEqualTo(500);
            assertThat(f.region().maxY()).isLessThanOrEqualTo(550.001);
        });
    }

    @Test
    void decorationDrawnOverTheClearSpaceIsFoundButOneUnderneathIsNot() {
        var under = TestFrames.box("band", LayerRole.DECORATION, new Rect(0, 250, 1080, 300), 0xFFFFFFFF);
        var over = TestFrames.box("stripe", LayerRole.DECORATION, new Rect(0, 520, 1080, 20), 0xFFEC5425);
        var logo = logo("logo", new Rect(440, 300, 200, 200));
        assertThat(findings(withPhoto(profile(under, logo)), Rule.LOGO_CLEAR_SPACE)).isEmpty();
        assertThat(findings(withPhoto(profile(under, logo, over)), Rule.LOGO_CLEAR_SPACE)).hasSize(1);
    }

    @Test
    void photoEdgeThroughTheClearSpaceIsFound() {
        var slot = PhotoSlot.of("foto", SlotShape.ELLIPSE, new Rect(140, 100, 800, 800));
        var inCorner = TestFrames.frame(FrameKind.PROFILE, 1080, 1080, slot, logo("logo", new Rect(820, 60, 160, 160)));
        assertThat(findings(withPhoto(inCorner), Rule.LOGO_CLEAR_SPACE)).singleElement()
                .satisfies(f -> assertThat(f.message().key()).isEqualTo("guideline.logo-clear-space.photo-edge"));
        var inMiddle = TestFrames.frame(FrameKind.PROFILE, 1080, 1080, slot,
                logo("logo", new Rect(460, 420, 160, 160)));
        assertThat(findings(withPhoto(inMiddle), Rule.LOGO_CLEAR_SPACE)).isEmpty();
    }

    @Test
    void logoTooCloseToTheCanvasEdgeIsFound() {
        var doc = withPhoto(profile(logo("logo", new Rect(990, 500, 80, 80))));
        assertThat(findings(doc, Rule.LOGO_CLEAR_SPACE)).singleElement()
                .satisfies(f -> assertThat(f.message().key()).isEqualTo("guideline.logo-clear-space.canvas-edge"));
    }

    @Test
    void logoSmallerThanTheScreenMinimumIsFound() {
        assertThat(findings(withPhoto(profile(logo("logo", new Rect(500, 500, 60, 60)))), Rule.LOGO_MIN_SIZE))
                .singleElement()
                .satisfies(f -> assertThat(f.message().key()).isEqualTo("guideline.logo-min-size.screen"));
        assertThat(findings(withPhoto(profile(logo("logo", new Rect(480, 480, 120, 120)))), Rule.LOGO_MIN_SIZE))
                .isEmpty();
    }

    @Test
    void screenMinimumScalesWithTheCanvasWidth() {
        // 200 units on a 2160-wide canvas is 100 px on a 1080 px image: just enough.
        var big = TestFrames.frame(FrameKind.PROFILE, 2160, 2160, new Rect(0, 0, 2160, 2160),
                logo("logo", new Rect(980, 980, 200, 200)));
        assertThat(findings(withPhoto(big), Rule.LOGO_MIN_SIZE)).isEmpty();
        var small = TestFrames.frame(FrameKind.PROFILE, 2160, 2160, new Rect(0, 0, 2160, 2160),
                logo("logo", new Rect(980, 980, 180, 180)));
        assertThat(findings(withPhoto(small), Rule.LOGO_MIN_SIZE)).hasSize(1);
    }

    @Test
    void logoSmallerThanThePrintMinimumIsFoundInMillimetres() {
        // A4 with bleed at 2551 x 3579 units: 11.8 units per mm, so 100 units is 8.5 mm and 240 is 20 mm.
        var small = TestFrames.frame(FrameKind.POSTER, 2551, 3579, new Rect(0, 0, 2551, 3579),
                logo("logo", new Rect(1200, 1700, 100, 100)));
        var large = TestFrames.frame(FrameKind.POSTER, 2551, 3579, new Rect(0, 0, 2551, 3579),
                logo("logo", new Rect(1150, 1700, 240, 240)));
        assertThat(printFindings(small, Rule.LOGO_MIN_SIZE)).singleElement()
                .satisfies(f -> assertThat(f.message().key()).isEqualTo("guideline.logo-min-size.print"));
        assertThat(printFindings(large, Rule.LOGO_MIN_SIZE)).isEmpty();
    }

    @Test
    void stretchedLogoIsBlocking() {
        var stretched = withPhoto(profile(logo("logo", new Rect(390, 440, 300, 200), Pictures.disc(200, 200), 1)));
        assertThat(findings(stretched, Rule.LOGO_INTEGRITY)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
            assertThat(f.message().key()).isEqualTo("guideline.logo-integrity.stretched");
        });
        var true2 = withPhoto(profile(logo("logo", new Rect(390, 440, 300, 300), Pictures.disc(200, 200), 1)));
        assertThat(findings(true2, Rule.LOGO_INTEGRITY)).isEmpty();
    }

    @Test
    void fadedLogoIsFound() {
        var faded = withPhoto(profile(logo("logo", new Rect(440, 440, 200, 200), Pictures.disc(200, 200), 0.5)));
        assertThat(findings(faded, Rule.LOGO_INTEGRITY)).singleElement()
                .satisfies(f -> assertThat(f.message().key()).isEqualTo("guideline.logo-integrity.faded"));
    }

    private static List<Finding> printFindings(Frame frame, Rule rule) {
        return RuleChecks.CHECKER.check(withPhoto(frame, 0x808080, 8000, 11000), GuidelineSettings.DEFAULT,
                Optional.of(PrintSpec.A4), new SamplePhotos()).findings().stream().filter(f -> f.rule() == rule)
                .toList();
    }
}
