// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import static id.bingkai.testing.TestFrames.BLACK;
import static id.bingkai.core.guideline.RuleChecks.findings;
import static id.bingkai.testing.TestFrames.logo;
import static id.bingkai.testing.TestFrames.profile;
import static id.bingkai.testing.TestFrames.tag;
import static id.bingkai.core.guideline.RuleChecks.withPhoto;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.Rule;
import id.bingkai.core.model.Severity;
import id.bingkai.testing.TestFrames;
import org.junit.jupiter.api.Test;

class CircleCropCheckTest {
    @Test
    void logoInTheMiddleSurvivesTheCircle() {
        var doc = withPhoto(profile(logo("logo", new Rect(440, 440, 200, 200))));
        assertThat(findings(doc, Rule.CIRCLE_CROP)).isEmpty();
        assertThat(findings(doc, Rule.WHATSAPP_CENTRE)).isEmpty();
    }

    @Test
    void logoInTheCornerIsCutOffByTheCircle() {
        var doc = withPhoto(profile(logo("logo", new Rect(20, 20, 150, 150))));
        var found = findings(doc, Rule.CIRCLE_CROP);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.layerId()).contains("logo");
            assertThat(f.message().key()).isEqualTo("guideline.circle-crop.outside");
            assertThat(new Rect(20, 20, 150, 150).contains(f.region())).isTrue();
        });
    }

    @Test
    void roundLogoIsJudgedByItsInkNotByItsTransparentCorners() {
        // The square's corner (940, 940) lies outside the circle; the disc itself stays inside.
        var doc = withPhoto(profile(logo("logo", new Rect(740, 740, 200, 200))));
        assertThat(findings(doc, Rule.CIRCLE_CROP)).isEmpty();
    }

    @Test
    void tagInsideTheCircleButOutsideWhatsappsCentreIsANote() {
        var doc = withPhoto(profile(tag(new Rect(140, 900, 800, 80), 60, BLACK)));
        assertThat(findings(doc, Rule.CIRCLE_CROP)).isEmpty();
        assertThat(findings(doc, Rule.WHATSAPP_CENTRE)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void framesThatAreNotProfilePicturesAreNotCropped() {
        var poster = TestFrames.frame(FrameKind.POSTER, 1080, 1080, new Rect(0, 0, 1080, 1080),
                logo("logo", new Rect(20, 20, 150, 150)));
        assertThat(findings(withPhoto(poster), Rule.CIRCLE_CROP)).isEmpty();
    }
}
