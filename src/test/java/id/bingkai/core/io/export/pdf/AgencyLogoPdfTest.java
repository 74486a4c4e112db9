// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.pack.AgencyLogoReader;
import id.bingkai.core.io.pack.PackLimits;
import id.bingkai.core.io.pack.PackLoader;
import id.bingkai.core.model.AgencyLogo;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.Rect;
import id.bingkai.core.render.FontLibrary;
import id.bingkai.core.render.PhotoSource;
import id.bingkai.core.render.Renderer;
import id.bingkai.testing.Pictures;
import id.bingkai.testing.TestPacks;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agency logo in the print PDF: an SVG stays vectors (no image XObject for it), a PNG goes in as an image. */
class AgencyLogoPdfTest {
    private static final String WIDE_SVG = """
            <svg xmlns="http://www.w3.org/2000/svg" width="400" height="100" viewBox="0 0 400 100">
              <rect x="0" y="0" width="400" height="100" fill="#E02020"/>
            </svg>
            """;
    private static FramePack pack;
    private static AgencyLogoReader logos;

    @TempDir
    Path dir;

    private final PdfExporter exporter = new PdfExporter(new Renderer(new FontLibrary()), new AtomicFiles());

    @BeforeAll
    static void load() {
        ImageLoader images = new ImageLoader(PixelBudget.DEFAULT, Optional.empty());
        pack = new PackLoader(images, PackLimits.DEFAULT).builtIn();
        logos = new AgencyLogoReader(images, PackLimits.DEFAULT);
    }

    private static Document poster(Optional<AgencyLogo> logo) {
        Frame poster = pack.frame("poster-a4").orElseThrow();
        return Document.of(pack, poster).withPhoto(new PhotoRef(Path.of("foto.jpg"), 1600, 1200))
                .withAgencyLogo(logo);
    }

    private Path write(Document doc, String name) {
        Path file = dir.resolve(name);
        exporter.write(doc, photos(), PdfOptions.defaults("Poster").withDpi(100), file);
        return file;
    }

    @Test
    void anSvgLogoAddsNoImageToThePageAndIsDrawnInItsPlace() throws IOException {
        AgencyLogo svg = logos.read(Files.writeString(dir.resolve("instansi.svg"), WIDE_SVG));
        Path without = write(poster(Optional.empty()), "tanpa.pdf");
        Path with = write(poster(Optional.of(svg)), "dengan.pdf");
        try (PDDocument a = Loader.loadPDF(without.toFile()); PDDocument b = Loader.loadPDF(with.toFile())) {
            assertThat(PdfExporterTest.images(b.getPage(0).getResources()))
                    .hasSameSizeAs(PdfExporterTest.images(a.getPage(0).getResources()));
            assertRedAtTheLogoCentre(b);
        }
    }

    @Test
    void aPngLogoGoesInAsOneMoreImage() throws IOException {
        Path png = TestPacks.write(dir.resolve("instansi.png"), TestPacks.png(Pictures.flat(400, 100, 0xE02020)));
        AgencyLogo bitmap = logos.read(png);
        Path without = write(poster(Optional.empty()), "tanpa.pdf");
        Path with = write(poster(Optional.of(bitmap)), "dengan.pdf");
        try (PDDocument a = Loader.loadPDF(without.toFile()); PDDocument b = Loader.loadPDF(with.toFile())) {
            assertThat(PdfExporterTest.images(b.getPage(0).getResources()))
                    .hasSize(PdfExporterTest.images(a.getPage(0).getResources()).size() + 1);
            assertRedAtTheLogoCentre(b);
        }
    }

    /** The page rasterised at the canvas' own width: the logo's fitted box is red in the middle. */
    private static void assertRedAtTheLogoCentre(PDDocument pdf) throws IOException {
        Frame poster = pack.frame("poster-a4").orElseThrow();
        Rect place = poster.logoPlace().orElseThrow().bounds();
        float scale = poster.canvas().width() / pdf.getPage(0).getMediaBox().getWidth();
        BufferedImage page = new PDFRenderer(pdf).renderImage(0, scale);
        int rgb = page.getRGB((int) place.centerX(), (int) place.centerY());
        assertThat((rgb >> 16) & 0xFF).isGreaterThan(200);
        assertThat((rgb >> 8) & 0xFF).isLessThan(70);
        // Above the 4:1 logo, still inside the square place: the poster's own band, not red.
        int above = page.getRGB((int) place.centerX(), (int) (place.y() + 10));
        assertThat(above).isNotEqualTo(rgb);
    }

    private static PhotoSource photos() {
        return (photo, minWidth, minHeight) -> Pictures.halves(Math.min(photo.width(), Math.max(minWidth, 16)),
                Math.min(photo.height(), Math.max(minHeight, 16)));
    }
}
