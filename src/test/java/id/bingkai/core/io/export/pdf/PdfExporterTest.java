// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.core.io.pack.PackLimits;
import id.bingkai.core.io.pack.PackLoader;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.render.FontLibrary;
import id.bingkai.core.render.PhotoSource;
import id.bingkai.core.render.Renderer;
import id.bingkai.testing.ImageComparison;
import id.bingkai.testing.Pictures;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every PDF reloaded with PDFBox: boxes, fonts, searchable text, metadata, photo resolution, and WYSIWYG. */
class PdfExporterTest {
    private static final double PT_PER_MM = 72 / 25.4;
    private static FramePack pack;

    @TempDir
    Path dir;

    private final Renderer renderer = new Renderer(new FontLibrary());
    private final PdfExporter exporter = new PdfExporter(renderer, new AtomicFiles());

    @BeforeAll
    static void load() {
        pack = new PackLoader(new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system()), PackLimits.DEFAULT)
                .builtIn();
    }

    @Test
    void theBoxesInPointsMatchTheDeclaredMillimetresAndCropMarksSitOutsideTheBleed() throws IOException {
        Path plain = write(card("Siti Aminah"), PdfOptions.defaults("Ikrar"), "ikrar.pdf");
        Path marked = write(card("Siti Aminah"), PdfOptions.defaults("Ikrar").withCropMarks(true), "tanda.pdf");
        try (PDDocument pdf = Loader.loadPDF(plain.toFile())) {
            PDPage page = pdf.getPage(0);
            assertBox(page.getMediaBox(), 0, 0, 216, 303);
            assertBox(page.getBleedBox(), 0, 0, 216, 303);
            assertBox(page.getTrimBox(), 3, 3, 210, 297);
        }
        try (PDDocument pdf = Loader.loadPDF(marked.toFile())) {
            PDPage page = pdf.getPage(0);
            assertBox(page.getMediaBox(), 0, 0, 236, 323);
            assertBox(page.getBleedBox(), 10, 10, 216, 303);
            assertBox(page.getTrimBox(), 13, 13, 210, 297);
        }
    }

    @Test
    void everyFontIsEmbeddedAndTheTypedNameAndTagAreSearchableText() throws IOException {
        Path file = write(card("Siti Aminah Lestari"), PdfOptions.defaults("Ikrar netralitas"), "ikrar.pdf");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            List<PDFont> fonts = fonts(pdf.getPage(0).getResources());
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                assertThat(f.getName()).as("subset").matches("[A-Z]{6}\\+.*");
            });
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Siti Aminah Lestari", "#ASNpilihNETRAL", "IKRAR NETRALITAS ASN",
                    "Menjaga netralitas");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Ikrar netralitas");
            assertThat(pdf.getDocumentInformation().getAuthor()).isNull();
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("Ikrar netralitas", "#ASNpilihNETRAL");
            assertThat(pdf.getDocumentCatalog().getOutputIntents()).singleElement()
                    .satisfies(i -> assertThat(i.getOutputConditionIdentifier()).isEqualTo(PdfMetadata.SRGB));
        }
    }

    @Test
    void aLargePhotoGoesInAsJpegAtNoMoreThan300PpiOfItsPlacedSize() throws IOException {
        Frame poster = pack.frame("poster-a4").orElseThrow();
        Document doc = Document.of(pack, poster).withPhoto(new PhotoRef(Path.of("besar.jpg"), 8000, 6000));
        Path file = dir.resolve("poster.pdf");
        exporter.write(doc, noise(), PdfOptions.defaults("Poster"), file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            List<PDImageXObject> images = images(pdf.getPage(0).getResources());
            assertThat(images).isNotEmpty();
            double slotMm = poster.primarySlot().bounds().width() / poster.print().orElseThrow()
                    .unitsPerMm(poster.canvas());
            PDImageXObject photo = images.stream().max((a, b) -> a.getWidth() - b.getWidth()).orElseThrow();
            assertThat(photo.getCOSObject().getCOSName(COSName.FILTER)).isEqualTo(COSName.DCT_DECODE);
            assertThat(photo.getWidth()).isLessThanOrEqualTo((int) Math.ceil(slotMm / 25.4 * 300) + 2)
                    .isGreaterThan((int) (slotMm / 25.4 * 290));
        }
        assertThat(Files.size(file)).isLessThan(8_000_000);
    }

    @Test
    void thePdfRasterisedMatchesThePngRenderAtTheSameSize() throws IOException {
        Document doc = card("Siti Aminah");
        Path file = write(doc, PdfOptions.defaults("Ikrar"), "ikrar.pdf");
        int width = 540;
        BufferedImage png = renderer.render(doc, width, noise());
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            float scale = width / pdf.getPage(0).getMediaBox().getWidth();
            BufferedImage page = new PDFRenderer(pdf).renderImage(0, scale);
            BufferedImage cropped = page.getSubimage(0, 0, Math.min(page.getWidth(), png.getWidth()),
                    Math.min(page.getHeight(), png.getHeight()));
            BufferedImage expected = png.getSubimage(0, 0, cropped.getWidth(), cropped.getHeight());
            assertThat(Math.abs(page.getHeight() - png.getHeight())).isLessThanOrEqualTo(1);
            ImageComparison.of(expected, cropped).named("pdf-vs-png-ikrar").tolerance(64)
                    .maxDifferentFraction(0.02).assertMatches();
        }
    }

    private Document card(String name) {
        Frame card = pack.frame("ikrar-a4").orElseThrow();
        return Document.of(pack, card).withText("nama", name).withText("nip", "198001012005012001")
                .withPhoto(new PhotoRef(Path.of("pas-foto.jpg"), 300, 400));
    }

    private Path write(Document doc, PdfOptions options, String name) {
        Path file = dir.resolve(name);
        exporter.write(doc, noise(), options, file);
        return file;
    }

    private static PhotoSource noise() {
        return (photo, minWidth, minHeight) -> Pictures.halves(Math.min(photo.width(), Math.max(minWidth, 16)),
                Math.min(photo.height(), Math.max(minHeight, 16)));
    }

    private static void assertBox(PDRectangle box, double x, double y, double w, double h) {
        assertThat(box.getLowerLeftX()).isCloseTo((float) (x * PT_PER_MM), within(0.05f));
        assertThat(box.getLowerLeftY()).isCloseTo((float) (y * PT_PER_MM), within(0.05f));
        assertThat(box.getWidth()).isCloseTo((float) (w * PT_PER_MM), within(0.05f));
        assertThat(box.getHeight()).isCloseTo((float) (h * PT_PER_MM), within(0.05f));
    }

    /** Fonts of the page and of the forms it draws (the bridge draws into a form). */
    static List<PDFont> fonts(PDResources resources) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form && form.getResources() != null) {
                fonts.addAll(fonts(form.getResources()));
            }
        }
        return fonts;
    }

    static List<PDImageXObject> images(PDResources resources) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject image) {
                images.add(image);
            } else if (x instanceof PDFormXObject form && form.getResources() != null) {
                images.addAll(images(form.getResources()));
            }
        }
        return images;
    }
}
