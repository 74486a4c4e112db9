// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.core.model.Document;
import id.bingkai.core.render.FontLibrary;
import id.bingkai.core.render.PhotoSource;
import id.bingkai.core.render.Renderer;
import id.bingkai.testing.TestFrames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF assembled page by page from a small screen frame (20 x 20 mm at 72 dpi, so quick): the page count, the
 * drawing placed inside the crop-mark margin, and what is refused.
 */
class PdfDocumentTest {
    private static final double PT_PER_MM = 72 / 25.4;
    private static final PhotoSource NO_PHOTO = (photo, w, h) -> {
        throw new AssertionError("no photo here");
    };

    @TempDir
    Path dir;

    private final PdfExporter exporter = new PdfExporter(new Renderer(new FontLibrary()), new AtomicFiles());
    private final Document doc = TestFrames.document(TestFrames.frame(100, 100, TestFrames.ORANGE, List.of(
            TestFrames.slot("foto", id.bingkai.core.model.SlotShape.ELLIPSE, 20, 20, 60, 60)), List.of()));

    @Test
    void aPdfWithoutPagesIsNotSavedAndNothingIsWritten() {
        Path target = dir.resolve("kosong.pdf");
        try (PdfDocument pdf = exporter.open(PdfOptions.defaults("t"))) {
            assertThat(pdf.pages()).isZero();
            assertThatThrownBy(() -> pdf.save(target)).isInstanceOf(IllegalStateException.class);
        }
        assertThat(target).doesNotExist();
    }

    @Test
    void everyAddedDocumentIsOnePageDrawnInsideTheMarginThenTheMarks() throws IOException {
        Path target = dir.resolve("dua.pdf");
        try (PdfDocument pdf = exporter.open(PdfOptions.defaults("Dua").withDpi(72).withCropMarks(true))) {
            pdf.add(doc, NO_PHOTO);
            assertThat(pdf.pages()).isEqualTo(1);
            pdf.add(doc.withText("nama", "Siti"), NO_PHOTO);
            assertThat(pdf.pages()).isEqualTo(2);
            pdf.save(target);
        }

        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Dua");
            PDPage page = pdf.getPage(1);
            assertThat(page.getMediaBox().getWidth()).isCloseTo((float) (40 * PT_PER_MM), within(0.01f));
            List<String> ops = ops(page);
            // 10 mm = 28.3465 pt
            assertThat(ops.subList(0, 4)).containsExactly("q", "1 0 0 1 28.3464 28.3464", "Do", "Q");
            assertThat(ops.get(4)).isEqualTo("q");
            assertThat(ops).as("8 marks after the drawing").filteredOn("S"::equals).hasSize(8);
            assertThat(ops.getLast()).isEqualTo("Q");
        }
    }

    @Test
    void withoutMarksTheDrawingIsAtTheOriginAndNothingFollowsIt() throws IOException {
        Path target = dir.resolve("satu.pdf");
        try (PdfDocument pdf = exporter.open(PdfOptions.defaults("Satu").withDpi(72))) {
            pdf.add(doc, NO_PHOTO);
            pdf.save(target);
        }
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertThat(ops(pdf.getPage(0))).containsExactly("q", "1 0 0 1 0 0", "Do", "Q");
        }
    }

    @Test
    void anExistingTargetIsRefusedBeforeAnythingIsDrawn() throws IOException {
        Path target = Files.writeString(dir.resolve("ada.pdf"), "lama");
        PhotoSource photos = (photo, w, h) -> {
            throw new AssertionError("nothing may be drawn");
        };
        Document withPhoto = doc.withPhoto(new id.bingkai.core.model.PhotoRef(Path.of("x.jpg"), 100, 100));

        BadInputException e = catchThrowableOfType(BadInputException.class,
                () -> exporter.write(withPhoto, photos, PdfOptions.defaults("t"), target));
        assertThat(e.reason().key()).isEqualTo("export.error.exists");
        assertThat(catchThrowableOfType(BadInputException.class, () -> exporter.checkTarget(target, false))
                .reason().key()).isEqualTo("export.error.exists");
        exporter.checkTarget(target, true);
        assertThat(Files.readString(target)).isEqualTo("lama");
    }

    /** The page's own content: each operator with its numbers (the cm translation cut to 4 decimals). */
    private static List<String> ops(PDPage page) throws IOException {
        List<String> ops = new ArrayList<>();
        List<String> operands = new ArrayList<>();
        for (Object token : new PDFStreamParser(page).parse()) {
            if (token instanceof Operator op) {
                if (op.getName().equals("cm")) {
                    ops.add(String.join(" ", operands.subList(0, 6)).replaceAll("(\\.\\d{4})\\d*", "$1"));
                } else {
                    ops.add(op.getName());
                }
                operands.clear();
            } else if (token instanceof COSNumber n) {
                float v = n.floatValue();
                operands.add(v == Math.rint(v) ? Long.toString((long) v) : Float.toString(v));
            } else if (token instanceof COSName) {
                operands.add("name");
            }
        }
        return ops;
    }
}
