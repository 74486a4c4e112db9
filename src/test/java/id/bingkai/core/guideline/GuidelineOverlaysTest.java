// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.Rect;
import id.bingkai.testing.TestFrames;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GuidelineOverlaysTest {
    @Test
    void theInscribedCircleLosesAboutATwentyFirstPartOfASquare() {
        var circle = GuidelineOverlays.circleCrop(new CanvasSize(1080, 1080));
        assertThat(circle.getWidth()).isEqualTo(1080);
        double lost = 1 - Math.PI * 540 * 540 / (1080.0 * 1080);
        assertThat(lost).isCloseTo(0.215, within(0.001));
    }

    @Test
    void whatsappCentreIsEightyPercentOfTheCircle() {
        var centre = GuidelineOverlays.whatsappCentre(new CanvasSize(640, 640), 0.8);
        assertThat(centre.getWidth()).isEqualTo(512);
        assertThat(centre.getCenterX()).isEqualTo(320);
    }

    @Test
    void storyBandsAreFourteenAndTwentyPercentOfTheHeight() {
        var story = GuidelineSettings.DEFAULT.story();
        var canvas = new CanvasSize(1080, 1920);
        assertThat(GuidelineOverlays.storyTop(canvas, story)).contains(new Rect(0, 0, 1080, 1920 * 0.14));
        assertThat(GuidelineOverlays.storyBottom(canvas, story).orElseThrow().y()).isCloseTo(1536, within(0.01));
    }

    @Test
    void eachFrameKindGetsItsOwnGuides() {
        var profile = TestFrames.profile();
        assertThat(GuidelineOverlays.forFrame(profile, GuidelineSettings.DEFAULT, Optional.empty()))
                .extracting(Overlay::kind).containsExactly(Overlay.Kind.CIRCLE_CROP, Overlay.Kind.WHATSAPP_CENTRE);
        assertThat(GuidelineOverlays.forFrame(TestFrames.story(), GuidelineSettings.DEFAULT, Optional.empty()))
                .extracting(Overlay::kind).containsExactly(Overlay.Kind.STORY_BAND, Overlay.Kind.STORY_BAND);
        var poster = TestFrames.frame(FrameKind.POSTER, 2551, 3579, new Rect(0, 0, 2551, 3579));
        assertThat(GuidelineOverlays.forFrame(poster, GuidelineSettings.DEFAULT, Optional.of(PrintSpec.A4)))
                .extracting(Overlay::kind)
                .containsExactly(Overlay.Kind.PRINT_BLEED, Overlay.Kind.PRINT_TRIM, Overlay.Kind.PRINT_SAFE);
    }

    @Test
    void printGuidesSitWhereThePaperIsCut() {
        var g = GuidelineOverlays.print(new CanvasSize(2551, 3579), PrintSpec.A4, GuidelineSettings.DEFAULT);
        assertThat(g.bleedIncluded()).isTrue();
        assertThat(g.bleed().width()).isCloseTo(2551, within(0.01));
        assertThat(g.trim().x()).isCloseTo(3 * 2551 / 216.0, within(0.01));
        assertThat(g.toMm(g.safe().x() - g.trim().x())).isCloseTo(5, within(0.001));
    }
}
