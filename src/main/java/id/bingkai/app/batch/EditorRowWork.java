// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.batch;

import id.bingkai.app.EditorContext;
import id.bingkai.core.batch.RowWork;
import id.bingkai.core.guideline.CheckOptions;
import id.bingkai.core.guideline.GuidelineReport;
import id.bingkai.core.io.export.ExportOptions;
import id.bingkai.core.io.export.pdf.PdfOptions;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.PhotoRef;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A batch row done by the editor's own core services: the loader that opens photos, the full-resolution photo
 * source and the atomic exporter of the export dialog, and the batch renderer (one photo per worker thread).
 */
public record EditorRowWork(EditorContext context) implements RowWork {
    public EditorRowWork {
        Objects.requireNonNull(context);
    }

    @Override
    public PhotoRef photo(Path file) {
        return context.photos().ref(file);
    }

    @Override
    public BufferedImage render(Document document, int width) {
        return context.batchRenderer().render(document, width, context.fullPhotos());
    }

    @Override
    public GuidelineReport check(Document document, int width) {
        return context.checker().check(document,
                CheckOptions.screen(document.frame().guideline()).withExportWidth(width), context.fullPhotos());
    }

    @Override
    public void write(BufferedImage image, Path file, ExportOptions options) {
        context.writer().write(image, file, options);
    }

    /** The export dialog's print PDF writer: full-resolution photos, atomic, streamed pages. */
    @Override
    public void writePdf(Document document, Path file, PdfOptions options) {
        context.print().pdf().write(document, options, file);
    }
}
