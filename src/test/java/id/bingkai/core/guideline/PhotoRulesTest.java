// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.model.Document;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.Rule;
import id.bingkai.testing.TestFrames;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link PhotoCheck}'s resolution limits at exactly the limit and the numbers its messages give: the enlargement
 * (rounded up), the pixels the photo would need, the export width, the effective ppi on paper (rounded down).
 */
class PhotoRulesTest {
    private static List<Finding> resolution(Document doc, int exportWidth) {
        return OneCheck.run(new PhotoCheck(), doc, GuidelineSettings.DEFAULT, Optional.empty(), exportWidth).stream()
                .filter(f -> f.rule() == Rule.PHOTO_RESOLUTION).toList();
    }

    @Test
    void aPhotoEnlargedExactlyOneAndAHalfTimesPasses() {
        // 720 px over the 1080-unit slot of a 1080 px image: 1.5 times
        assertThat(resolution(RuleChecks.withPhoto(TestFrames.profile(), 0x808080, 720, 720), 0)).isEmpty();
        assertThat(resolution(RuleChecks.withPhoto(TestFrames.profile(), 0x808080, 719, 719), 0)).singleElement()
                .satisfies(f -> {
                    assertThat(f.message().key()).isEqualTo("guideline.photo-resolution.upscaled");
                    // 1.5021 times, shown as 1.6; 720 x 720 needed for 1080 px
                    assertThat(f.message().args()).containsExactly(719, 719, 1.6, 1.5, 720L, 720L, 1080);
                    assertThat(f.region()).isEqualTo(new Rect(0, 0, 1080, 1080));
                    assertThat(f.layerId()).contains("foto");
                });
    }

    @Test
    void theNeededPixelsFollowTheExportWidthAndThePhotoShape() {
        // exported at 2160 px, a 1080-unit slot needs 1440 px across; a 3:2 photo is fitted by its height
        assertThat(resolution(RuleChecks.withPhoto(TestFrames.profile(), 0x808080, 1440, 1440), 2160)).isEmpty();
        assertThat(resolution(RuleChecks.withPhoto(TestFrames.profile(), 0x808080, 1200, 800), 2160)).singleElement()
                .satisfies(f -> assertThat(f.message().args())
                        // 1080 / 800 * 2 = 2.7 times: 1200 x 800 must grow by 2.7 / 1.5 = 1.8
                        .containsExactly(1200, 800, 2.7, 1.5, 2160L, 1440L, 2160));
        // exported at 540 px, the same photo is shrunk: nothing to say
        assertThat(resolution(RuleChecks.withPhoto(TestFrames.profile(), 0x808080, 500, 500), 540)).isEmpty();
    }

    @Test
    void onPaperTheLimitIsOneHundredFiftyPpiExactly() {
        // 254 x 254 mm without bleed on 2540 x 2540 units: 10 units a millimetre, so a photo of w px covering
        // the page has w / 10 ppi
        PrintSpec page = new PrintSpec(254, 254, 0, 300);
        var frame = TestFrames.frame(FrameKind.POSTER, 2540, 2540, new Rect(0, 0, 2540, 2540));
        assertThat(print(RuleChecks.withPhoto(frame, 0x808080, 1500, 1500), page)).isEmpty();
        assertThat(print(RuleChecks.withPhoto(frame, 0x808080, 1490, 1490), page)).singleElement().satisfies(f -> {
            assertThat(f.message().key()).isEqualTo("guideline.photo-resolution.print");
            assertThat(f.message().args()).containsExactly(1490, 1490, 149.0, 150.0);
        });
        // zoomed in twice, 2540 px give only 127 ppi
        var zoomed = RuleChecks.withPhoto(frame, 0x808080, 2540, 2540, new Placement(0, 0, 2, 0, false));
        assertThat(print(zoomed, page)).singleElement()
                .satisfies(f -> assertThat(f.message().args()).containsExactly(2540, 2540, 127.0, 150.0));
        // 1600 px are 160 ppi, enough on paper, though on screen they would be enlarged 1.59 times
        assertThat(print(RuleChecks.withPhoto(frame, 0x808080, 1600, 1600), page)).isEmpty();
        assertThat(resolution(RuleChecks.withPhoto(frame, 0x808080, 1600, 1600), 0)).hasSize(1);
    }

    private static List<Finding> print(Document doc, PrintSpec page) {
        return OneCheck.run(new PhotoCheck(), doc, GuidelineSettings.DEFAULT, Optional.of(page), 0).stream()
                .filter(f -> f.rule() == Rule.PHOTO_RESOLUTION).toList();
    }
}
