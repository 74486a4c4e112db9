// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Fill;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.SlotShape;
import id.bingkai.core.model.TextAlign;
import id.bingkai.core.model.TextStyle;
import id.bingkai.core.render.FontLibrary;
import id.bingkai.core.render.PhotoSource;
import id.bingkai.core.render.Renderer;
import id.bingkai.core.render.TextSetter;
import id.bingkai.testing.TestFrames;
import java.awt.font.TextHitInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A line of text on a PDF page, read back operator by operator: it is text only (not also filled outlines), in
 * its colour, and each glyph sits where Java's layout put it, kerning and letter spacing included (rebuilt from
 * the TJ array's adjustments and the embedded font's widths).
 */
class PdfTextTest {
    private static final String NAME = "AVAWAV Tiyo";
    private static final PhotoSource NO_PHOTO = (photo, w, h) -> {
        throw new AssertionError("no photo here");
    };

    @TempDir
    Path dir;

    private final FontLibrary fontLibrary = new FontLibrary();
    private final Layer.Text layer = new Layer.Text("nama", LayerRole.TEXT, LayerPosition.ABOVE,
            new Rect(20, 40, 560, 120), "{nama}", new TextStyle("Inter", 400, 60, new Fill.Solid(0xFFEC5425),
                    TextAlign.LEFT, false, 0.08));
    private final Document doc = TestFrames.document(TestFrames.frame(600, 200, TestFrames.WHITE, List.of(
            TestFrames.slot("foto", SlotShape.RECTANGLE, 0, 0, 10, 10)), List.of(layer)));

    @Test
    void eachGlyphIsWhereTheLayoutPutItAndTheTextIsInItsColourAndNotAlsoOutlined() throws IOException {
        Document named = doc.withText("nama", NAME);
        TextSetter.SetLine line = new TextSetter(fontLibrary).set(layer, named).orElseThrow().lines().getFirst();

        Page page = page(named, "nama.pdf");

        assertThat(page.texts).as("one line, shown once").hasSize(1);
        Shown shown = page.texts.getFirst();
        assertThat(shown.x).isCloseTo(line.x(), within(1e-3));
        assertThat(shown.glyphX).hasSize(NAME.length());
        for (int i = 0; i < NAME.length(); i++) {
            double expected = line.layout().getCaretInfo(TextHitInfo.leading(i))[0];
            assertThat(shown.glyphX.get(i)).as("glyph %d '%c'", i, NAME.charAt(i)).isCloseTo(expected, within(0.01));
        }
        assertThat(shown.colour).as("fill colour in effect at BT").isEqualTo("0.925 0.329 0.145");

        Page empty = page(doc.withText("nama", ""), "kosong.pdf");
        assertThat(empty.texts).isEmpty();
        assertThat(page.fills).as("no glyph outlines filled as well as the text").isEqualTo(empty.fills);
    }

    /** What one PDF page's drawing form shows. */
    private record Page(List<Shown> texts, int fills) {
    }

    /** One TJ: the text matrix's x and each glyph's x after it, in canvas units; the fill colour then. */
    private record Shown(double x, List<Double> glyphX, String colour) {
    }

    private Page page(Document document, String name) throws IOException {
        Path file = dir.resolve(name);
        new PdfExporter(new Renderer(fontLibrary), new AtomicFiles()).write(document, NO_PHOTO,
                PdfOptions.defaults("t").withDpi(72), file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDResources resources = pdf.getPage(0).getResources();
            PDFormXObject form = null;
            for (COSName n : resources.getXObjectNames()) {
                if (resources.getXObject(n) instanceof PDFormXObject f) {
                    form = f;
                }
            }
            assertThat(form).as("the drawing form").isNotNull();
            return read(form);
        }
    }

    private static Page read(PDFormXObject form) throws IOException {
        List<Shown> texts = new ArrayList<>();
        List<COSBase> operands = new ArrayList<>();
        int fills = 0;
        String colour = "";
        PDFont font = null;
        float size = 0;
        double x = 0;
        for (Object token : new PDFStreamParser(form).parse()) {
            if (!(token instanceof Operator op)) {
                operands.add((COSBase) token);
                continue;
            }
            switch (op.getName()) {
                case "f", "f*", "B", "B*", "b", "b*" -> fills++;
                case "rg", "sc", "scn" -> colour = operands.stream().filter(COSNumber.class::isInstance)
                        .map(n -> String.format(java.util.Locale.ROOT, "%.3f", ((COSNumber) n).floatValue()))
                        .collect(java.util.stream.Collectors.joining(" "));
                case "Tf" -> {
                    font = form.getResources().getFont((COSName) operands.get(0));
                    size = (float) number(operands, 1);
                }
                case "Tm" -> x = number(operands, 4);
                case "TJ" -> {
                    List<Double> glyphs = new ArrayList<>();
                    double pen = 0;
                    for (COSBase part : (COSArray) operands.get(0)) {
                        if (part instanceof COSNumber n) {
                            pen -= n.floatValue() / 1000 * size;
                        } else if (part instanceof COSString s) {
                            byte[] b = s.getBytes();
                            for (int i = 0; i + 1 < b.length; i += 2) {
                                glyphs.add(pen);
                                pen += font.getWidth((b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF)) / 1000 * size;
                            }
                        }
                    }
                    texts.add(new Shown(x, glyphs, colour));
                }
                default -> { }
            }
            operands.clear();
        }
        return new Page(texts, fills);
    }

    private static double number(List<COSBase> operands, int i) {
        return ((COSNumber) operands.get(i)).floatValue();
    }
}
