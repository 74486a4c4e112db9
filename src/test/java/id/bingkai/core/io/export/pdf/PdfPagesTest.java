// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.LocalizedText;
import id.bingkai.core.model.PrintSize;
import id.bingkai.testing.TestFrames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** A page's geometry without rendering anything: sizes, resolution cap, boxes and the crop marks' exact lines. */
class PdfPagesTest {
    private static final double PT_PER_MM = 72 / 25.4;
    private static final PrintSize A4_BLEED_3 = new PrintSize(210, 297, 3);

    @Test
    void aPrintFrameIsItsOwnPageAndAScreenFrameIsPrintedAsIfAt300DpiWithoutBleed() {
        Frame print = new Frame("a4", LocalizedText.of("A4"), FrameKind.POSTER, new CanvasSize(2160, 3030),
                Optional.of(0xFFFFFFFF), List.of(), List.of(), List.of(), false, GuidelineSettings.DEFAULT,
                Optional.of(A4_BLEED_3));
        assertThat(PdfPages.size(print)).isEqualTo(A4_BLEED_3);

        PrintSize screen = PdfPages.size(TestFrames.square("persegi")); // 1000 x 1000 px
        assertThat(screen.trimWidthMm()).isCloseTo(1000 / 300.0 * 25.4, within(1e-9)); // 84.67 mm
        assertThat(screen.trimHeightMm()).isCloseTo(84.6667, within(1e-4));
        assertThat(screen.bleedMm()).isZero();

        PrintSize narrow = PdfPages.size(TestFrames.frame(100, 3000, null, List.of(TestFrames.slot("foto",
                id.bingkai.core.model.SlotShape.RECTANGLE, 0, 0, 100, 100)), List.of()));
        assertThat(narrow.trimWidthMm()).as("8.47 mm is raised to the smallest trim").isEqualTo(PrintSize.MIN_TRIM_MM);
        assertThat(narrow.trimHeightMm()).isCloseTo(254, within(1e-9));
        PrintSize flat = PdfPages.size(TestFrames.frame(3000, 100, null, List.of(TestFrames.slot("foto",
                id.bingkai.core.model.SlotShape.RECTANGLE, 0, 0, 100, 100)), List.of()));
        assertThat(flat.trimWidthMm()).isCloseTo(254, within(1e-9));
        assertThat(flat.trimHeightMm()).isEqualTo(PrintSize.MIN_TRIM_MM);
    }

    @Test
    void theDeviceWidthIsTheAskedResolutionUntilAPageWouldPassOneHundredMegapixels() {
        // 216 mm = 8.504 in: 2551.2 px at 300 dpi, 306.1 at 36
        assertThat(PdfPages.deviceWidth(A4_BLEED_3, 300)).isEqualTo(2551);
        assertThat(PdfPages.deviceWidth(A4_BLEED_3, 36)).isEqualTo(306);
        // A 3 m x 1 m banner at 300 dpi would be 35433 x 11811 px (418 MP); capped, width = sqrt(1e8 * 3) = 17320.5
        assertThat(PdfPages.deviceWidth(new PrintSize(3000, 1000, 0), 300)).isEqualTo(17321);
        // the cap binds exactly where W x H at the asked dpi passes 1e8: 1 m x 1 m at 254 dpi is 1e8 px
        assertThat(PdfPages.deviceWidth(new PrintSize(1000, 1000, 0), 254)).isEqualTo(10000);
        assertThat(PdfPages.deviceWidth(new PrintSize(1000, 1000, 0), 253)).isEqualTo(9961);
        assertThat(PdfPages.deviceWidth(new PrintSize(1000, 1000, 0), 300)).isEqualTo(10000);
    }

    @Test
    void cropMarksAddATenMillimetreMarginAroundTheBleed() {
        assertThat(PdfPages.margin(PdfOptions.defaults("t"))).isZero();
        assertThat(PdfPages.margin(PdfOptions.defaults("t").withCropMarks(true))).isCloseTo(10 * PT_PER_MM,
                within(1e-9));
    }

    @Test
    void theBoxesOfAPlainAndAMarkedPage() {
        PDPage plain = PdfPages.page(A4_BLEED_3, PdfOptions.defaults("t"));
        assertBox(plain.getMediaBox(), 0, 0, 216, 303);
        assertBox(plain.getBleedBox(), 0, 0, 216, 303);
        assertBox(plain.getTrimBox(), 3, 3, 210, 297);

        PDPage marked = PdfPages.page(A4_BLEED_3, PdfOptions.defaults("t").withCropMarks(true));
        assertBox(marked.getMediaBox(), 0, 0, 236, 323);
        assertBox(marked.getBleedBox(), 10, 10, 216, 303);
        assertBox(marked.getTrimBox(), 13, 13, 210, 297);
    }

    @Test
    void eightHairlinesOnTheTrimLinesFromTwoToEightMillimetresOutsideTheBleed() throws IOException {
        List<String> ops = marks(A4_BLEED_3, PdfOptions.defaults("t").withCropMarks(true));

        // The trim is 13..223 mm across and 13..310 mm up the 236 x 323 mm page; the bleed edge is 10..226, 10..313.
        assertThat(ops).containsExactly("q", "DeviceRGB CS", "0 0 0 SC", "0.25 w",
                "13 8 m", "13 2 l", "S", "13 315 m", "13 321 l", "S",
                "223 8 m", "223 2 l", "S", "223 315 m", "223 321 l", "S",
                "8 13 m", "2 13 l", "S", "228 13 m", "234 13 l", "S",
                "8 310 m", "2 310 l", "S", "228 310 m", "234 310 l", "S",
                "Q");
    }

    @Test
    void withoutCropMarksNothingIsDrawn() throws IOException {
        assertThat(marks(A4_BLEED_3, PdfOptions.defaults("t"))).isEmpty();
    }

    @Test
    void optionsKeepTheirValuesAndRefuseWhatIsOutsideTheirRange() {
        PdfOptions defaults = PdfOptions.defaults("Ikrar");
        assertThat(defaults).isEqualTo(new PdfOptions(false, 300, 0.9f, false, "Ikrar"));
        assertThat(defaults.withCropMarks(true)).isEqualTo(new PdfOptions(true, 300, 0.9f, false, "Ikrar"));
        assertThat(defaults.withOverwrite(true)).isEqualTo(new PdfOptions(false, 300, 0.9f, true, "Ikrar"));
        assertThat(defaults.withDpi(150).withCropMarks(true).withOverwrite(true))
                .isEqualTo(new PdfOptions(true, 150, 0.9f, true, "Ikrar"));
        assertThat(new PdfOptions(false, 36, 1f, false, "").dpi()).isEqualTo(36);
        assertThat(new PdfOptions(false, 1200, 0.01f, false, "").dpi()).isEqualTo(1200);
        for (int dpi : new int[] {35, 1201}) {
            assertThatThrownBy(() -> defaults.withDpi(dpi)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("dpi");
        }
        for (float quality : new float[] {0f, 1.01f, Float.NaN}) {
            assertThatThrownBy(() -> new PdfOptions(false, 300, quality, false, "t"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quality");
        }
        assertThatThrownBy(() -> new PdfOptions(false, 300, 0.9f, false, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aDocumentsPdfIsTitledWithTheFramesIndonesianNameAndTheTag() {
        var doc = id.bingkai.core.model.Document.of(TestFrames.pack("p"), TestFrames.square("persegi"));

        assertThat(PdfOptions.forDocument(doc)).isEqualTo(PdfOptions.defaults("Persegi #ASNpilihNETRAL"));
    }

    /** The crop marks' content stream in millimetres, one operator with its operands per entry. */
    private static List<String> marks(PrintSize size, PdfOptions options) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = PdfPages.page(size, options);
            doc.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
                PdfPages.cropMarks(stream, size, options);
            }
            List<String> ops = new ArrayList<>();
            List<String> operands = new ArrayList<>();
            for (Object token : new PDFStreamParser(page).parse()) {
                if (token instanceof Operator op) {
                    boolean path = op.getName().equals("m") || op.getName().equals("l");
                    List<String> shown = operands.stream().map(v -> path ? mm(v) : v).toList();
                    ops.add(String.join(" ", shown) + (shown.isEmpty() ? "" : " ") + op.getName());
                    operands.clear();
                } else if (token instanceof COSNumber n) {
                    operands.add(trim(n.floatValue()));
                } else if (token instanceof COSName n) {
                    operands.add(n.getName());
                }
            }
            return ops;
        }
    }

    private static String mm(String points) {
        double mm = Double.parseDouble(points) / PT_PER_MM;
        assertThat(mm).as(points + " pt on a whole millimetre").isCloseTo(Math.round(mm), within(0.001));
        return Long.toString(Math.round(mm));
    }

    private static String trim(float value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Float.toString(value);
    }

    private static void assertBox(PDRectangle box, double x, double y, double w, double h) {
        assertThat(box.getLowerLeftX()).isCloseTo((float) (x * PT_PER_MM), within(0.01f));
        assertThat(box.getLowerLeftY()).isCloseTo((float) (y * PT_PER_MM), within(0.01f));
        assertThat(box.getWidth()).isCloseTo((float) (w * PT_PER_MM), within(0.01f));
        assertThat(box.getHeight()).isCloseTo((float) (h * PT_PER_MM), within(0.01f));
    }
}
