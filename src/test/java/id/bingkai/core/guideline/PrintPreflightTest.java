// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.LocalizedText;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.PrintSize;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.Rule;
import id.bingkai.core.model.SlotShape;
import id.bingkai.testing.TestFrames;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A frame that declares its print size is checked for its own page without being told the paper. */
class PrintPreflightTest {
    /** A4 plus 3 mm bleed at 10 canvas units per mm. */
    private static final PrintSize A4 = new PrintSize(210, 297, 3);

    @Test
    void bodyTextBelowSevenPointsOnPaperIsFound() {
        // 20 units = 2 mm = 5.7 pt: a footnote too small for a poster read at arm's length.
        Frame frame = a4(TestFrames.text("kecil", LayerRole.TEXT, new Rect(200, 1500, 1700, 40), "Catatan kecil", 20,
                0xFF000000));
        assertThat(findings(RuleChecks.withPhoto(frame, 0x808080, 3000, 2000)))
                .anySatisfy(f -> assertThat(f.message().key()).isEqualTo("guideline.print-margins.text-size"));
    }

    @Test
    void readableTextWellInsideAPrintFrameWithItsBleedPasses() {
        Frame frame = a4(TestFrames.text("isi", LayerRole.TEXT, new Rect(200, 1500, 1700, 120), "Netral", 80,
                0xFF000000));
        assertThat(findings(RuleChecks.withPhoto(frame, 0x808080, 3000, 2000))).isEmpty();
    }

    @Test
    void aPhotoUnder150PpiAtItsPlacedSizeIsFoundWithoutAskingForPaper() {
        Frame frame = a4();
        // 400 px over a 210 mm wide slot is about 48 ppi.
        List<Finding> photo = RuleChecks.findings(RuleChecks.withPhoto(frame, 0x808080, 400, 560),
                Rule.PHOTO_RESOLUTION);
        assertThat(photo).anySatisfy(f -> assertThat(f.message().key())
                .isEqualTo("guideline.photo-resolution.print"));
    }

    private static Frame a4(Layer... layers) {
        PhotoSlot slot = PhotoSlot.of("foto", SlotShape.RECTANGLE, new Rect(0, 0, 2160, 1400));
        return new Frame("poster", LocalizedText.of("Poster"), FrameKind.POSTER, new CanvasSize(2160, 3030),
                Optional.of(0xFFFFFFFF), List.of(slot), List.of(layers), List.of(), false, GuidelineSettings.DEFAULT,
                Optional.of(A4));
    }

    private static List<Finding> findings(Document doc) {
        return RuleChecks.findings(doc, Rule.PRINT_MARGINS);
    }
}
