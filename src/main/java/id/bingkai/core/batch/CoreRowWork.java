// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import id.bingkai.core.guideline.CheckOptions;
import id.bingkai.core.guideline.GuidelineChecker;
import id.bingkai.core.guideline.GuidelineReport;
import id.bingkai.core.io.export.ExportOptions;
import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.core.io.export.ImageExporter;
import id.bingkai.core.io.export.pdf.PdfExporter;
import id.bingkai.core.io.export.pdf.PdfOptions;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.render.Renderer;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Objects;

/** A row done exactly as {@code render} does one image: the same loader, renderer, guideline check and exporter. */
public record CoreRowWork(ImageLoader images, Renderer renderer, ImageExporter exporter, GuidelineChecker checker,
        PdfExporter pdf) implements RowWork {
    public CoreRowWork(ImageLoader images, Renderer renderer, ImageExporter exporter, GuidelineChecker checker) {
        this(images, renderer, exporter, checker, new PdfExporter(renderer, new AtomicFiles()));
    }

    public CoreRowWork {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(checker, "checker");
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(renderer, "renderer");
        Objects.requireNonNull(exporter, "exporter");
    }

    @Override
    public PhotoRef photo(Path file) {
        return images.ref(file);
    }

    @Override
    public BufferedImage render(Document document, int width) {
        return renderer.render(document, width, images);
    }

    @Override
    public GuidelineReport check(Document document, int width) {
        return checker.check(document, CheckOptions.screen(document.frame().guideline()).withExportWidth(width),
                images);
    }

    @Override
    public void write(BufferedImage image, Path file, ExportOptions options) {
        exporter.write(image, file, options);
    }

    @Override
    public void writePdf(Document document, Path file, PdfOptions options) {
        pdf.write(document, images, options, file);
    }
}
