// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import id.bingkai.core.error.BingkaiException;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.PrintSize;
import id.bingkai.core.render.PhotoSource;
import id.bingkai.core.render.Renderer;
import id.bingkai.core.render.TextOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/**
 * One PDF under construction. Each page is the design's trim plus bleed with TrimBox and BleedBox; the renderer
 * draws straight into it through the Java2D-to-PDF bridge, so shapes and SVG layers stay vectors, text is real text
 * in embedded subset fonts, and photos are bitmaps resampled to at most the asked resolution at their placed size.
 * Page content and images go to a temporary file cache as they are made, so a 500-page batch stays small in
 * memory. Not thread-safe; close it (also after {@link #save}).
 */
public final class PdfDocument implements AutoCloseable {
    private final Renderer renderer;
    private final AtomicFiles files;
    private final PdfOptions options;
    private final PDDocument document;
    private final PdfFonts fonts;
    private final PdfText text;
    private final PdfImages images;
    private int pages;

    PdfDocument(Renderer renderer, AtomicFiles files, PdfOptions options) {
        this.renderer = renderer;
        this.files = files;
        this.options = options;
        this.document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        this.fonts = new PdfFonts(document);
        this.text = new PdfText(fonts);
        this.images = new PdfImages(options.quality());
    }

    public int pages() {
        return pages;
    }

    /** Renders {@code doc} as the next page. */
    public void add(Document doc, PhotoSource photos) {
        PrintSize size = PdfPages.size(doc.frame());
        PDPage page = PdfPages.page(size, options);
        int deviceWidth = PdfPages.deviceWidth(size, options.dpi());
        fonts.use(doc.pack());
        try {
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, (float) size.pageWidthPt(),
                    (float) size.pageHeightPt());
            try {
                g.setFontTextDrawer(text);
                g.setImageEncoder(images);
                g.setRenderingHint(TextOutput.KEY, text);
                g.scale(size.pageWidthPt() / deviceWidth, size.pageWidthPt() / deviceWidth);
                renderer.draw(g, doc, deviceWidth, photos);
            } finally {
                g.dispose();
            }
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                float m = (float) PdfPages.margin(options);
                stream.saveGraphicsState();
                stream.transform(Matrix.getTranslateInstance(m, m));
                stream.drawForm(g.getXFormObject());
                stream.restoreGraphicsState();
                PdfPages.cropMarks(stream, size, options);
            }
            pages++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OutOfMemoryError e) {
            throw new BingkaiException(Msg.of("render.error.memory", deviceWidth,
                    Math.round(deviceWidth * size.pageHeightMm() / size.pageWidthMm())), e);
        }
    }

    /** Writes the PDF atomically: complete under {@code target}, or nothing there. */
    public void save(Path target) {
        if (pages == 0) {
            throw new IllegalStateException("a PDF needs at least one page");
        }
        files.write(target, options.overwrite(), out -> {
            PdfMetadata.apply(document, options.title());
            document.save(out);
        });
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            // only the temporary cache is left to delete; nothing the user made is affected
        }
    }
}
