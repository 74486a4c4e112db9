// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.core.model.Asset;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Fill;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
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
import id.bingkai.testing.RenamedFonts;
import id.bingkai.testing.TestFrames;
import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack that ships its own TrueType face (family "Kotak", not the built-in Inter) exported through
 * {@link PdfDocument}: the page's text is in that face, embedded as a subset, and extracts as the text it says.
 */
class PdfPackFontTest {
    private static final String NAME = "Siti Aminah";
    private static final PhotoSource NO_PHOTO = (photo, w, h) -> {
        throw new AssertionError("no photo here");
    };

    @TempDir
    static Path dir;

    /** Exported once for both tests. */
    private static Path pdf;

    @BeforeAll
    static void export() throws Exception {
        byte[] kotak = RenamedFonts.kotakRegular();
        Font font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(kotak));
        Layer.Text layer = new Layer.Text("nama", LayerRole.TEXT, LayerPosition.ABOVE, new Rect(20, 40, 560, 120),
                "{nama}", new TextStyle(RenamedFonts.FAMILY, 400, 60, new Fill.Solid(TestFrames.BLACK),
                        TextAlign.LEFT, false, 0));
        Frame frame = TestFrames.frame(600, 200, TestFrames.WHITE,
                List.of(TestFrames.slot("foto", SlotShape.RECTANGLE, 0, 0, 10, 10)), List.of(layer));
        FramePack pack = TestFrames.pack(frame, List.of(new Asset.Typeface("fonts/Kotak-Regular.ttf", font, kotak)));
        Document doc = Document.of(pack, frame).withText("nama", NAME);

        pdf = dir.resolve("kotak.pdf");
        PdfExporter exporter = new PdfExporter(new Renderer(new FontLibrary()), new AtomicFiles());
        try (PdfDocument document = exporter.open(PdfOptions.defaults("Kotak").withDpi(72))) {
            document.add(doc, NO_PHOTO);
            document.save(pdf);
        }
    }

    @Test
    void thePacksOwnFaceIsEmbeddedAsASubsetAndTheTextExtracts() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<PDFont> fonts = new ArrayList<>();
            collectFonts(document.getPage(0).getResources(), fonts);

            assertThat(fonts).as("the one face the page uses").singleElement().satisfies(f -> {
                assertThat(f.getName()).matches("[A-Z]{6}\\+Kotak-Regular");
                assertThat(f.isEmbedded()).isTrue();
            });
            assertThat(new PDFTextStripper().getText(document).strip()).isEqualTo(NAME);
        }
    }

    @Test
    void popplerSeesTheSameEmbeddedSubset() throws Exception {
        Path pdffonts = Path.of("/usr/bin/pdffonts");
        assumeTrue(Files.isExecutable(pdffonts), "pdffonts (poppler-utils) is not installed here: "
                + "the PDFBox test above checks the same font without it");
        Process process = new ProcessBuilder(pdffonts.toString(), pdf.toString()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();

        // name, type, encoding, emb, sub, uni, object: one line after the two header lines
        List<String> lines = out.lines().skip(2).toList();
        assertThat(lines).singleElement().asString()
                .matches("[A-Z]{6}\\+Kotak-Regular\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes\\s+\\d+\\s+0");
    }

    /** The fonts of a page's resources and of the forms it draws (the renderer's drawing is one form). */
    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }
}
