// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import static id.bingkai.testing.TestFrames.BLACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.LocalizedText;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.SlotShape;
import id.bingkai.testing.TestFrames;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrintCheckTest {
    /** A4 plus 3 mm bleed on each side at 300 dpi. */
    private static final int W = 2551;
    private static final int H = 3579;

    @Test
    void a4WithBleedAndTextWellInsideTheTrimPasses() {
        var frame = poster(W, H, TestFrames.text("judul", LayerRole.TEXT, new Rect(300, 1600, 1951, 200), "Netral",
                150, BLACK));
        assertThat(print(frame)).isEmpty();
    }

    @Test
    void canvasCutAtTheTrimHasNoBleed() {
        var found = print(poster(2480, 3508));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message().key()).isEqualTo("guideline.print-margins.no-bleed");
            assertThat(f.message().args()).containsSubsequence(2551, 3579, 300);
        });
    }

    @Test
    void squareCanvasDoesNotFitA4() {
        assertThat(print(poster(2000, 2000))).extracting(f -> f.message().key())
                .contains("guideline.print-margins.proportions");
    }

    @Test
    void textWithinFiveMillimetresOfTheTrimIsFound() {
        // The trim starts 35.4 units in; 60 units is 2 mm past it.
        var frame = poster(W, H, TestFrames.text("nama", LayerRole.TEXT, new Rect(60, 1600, 700, 200), "Siti Aminah",
                150, BLACK));
        assertThat(print(frame)).singleElement().satisfies(f -> {
            assertThat(f.message().key()).isEqualTo("guideline.print-margins.safe");
            assertThat((double) f.message().args().get(1)).isBetween(1.0, 4.0);
        });
    }

    @Test
    void artThatStopsAtTheTrimLeavesTheBleedEmpty() {
        Frame bare = new Frame("uji", LocalizedText.of("Uji"), FrameKind.POSTER, new CanvasSize(W, H), Optional.empty(),
                List.of(PhotoSlot.of("foto", SlotShape.RECTANGLE, new Rect(35, 35, W - 70, H - 70))), List.of(),
                List.of(), false);
        assertThat(print(bare)).singleElement()
                .satisfies(f -> assertThat(f.message().key()).isEqualTo("guideline.print-margins.bleed-empty"));
        Frame full = new Frame("uji", LocalizedText.of("Uji"), FrameKind.POSTER, new CanvasSize(W, H), Optional.empty(),
                List.of(PhotoSlot.of("foto", SlotShape.RECTANGLE, new Rect(0, 0, W, H))), List.of(), List.of(), false);
        assertThat(print(full)).isEmpty();
    }

    @Test
    void landscapeCanvasIsPrintedOnLandscapePaper() {
        var g = PrintGeometry.of(new CanvasSize(H, W), PrintSpec.A4, 5);
        assertThat(g.bleedIncluded()).isTrue();
        assertThat(g.trim().width()).isCloseTo(H * 297.0 / 303, within(1.0));
    }

    @Test
    void presetsGiveTheReferencePixelSizes() {
        assertThat(PrintSpec.A4.trimWidthPx()).isEqualTo(2480);
        assertThat(PrintSpec.A4.trimHeightPx()).isEqualTo(3508);
        assertThat(PrintSpec.A3.trimWidthPx()).isEqualTo(3508);
        assertThat(PrintSpec.A3.trimHeightPx()).isEqualTo(4961);
    }

    private static Frame poster(int w, int h, Layer... layers) {
        return TestFrames.frame(FrameKind.POSTER, w, h, new Rect(0, 0, w, h), layers);
    }

    private static List<Finding> print(Frame frame) {
        return RuleChecks.CHECKER.check(RuleChecks.withPhoto(frame, 0x808080, 9000, 12600), GuidelineSettings.DEFAULT,
                Optional.of(PrintSpec.A4), new SamplePhotos()).findings();
    }
}
