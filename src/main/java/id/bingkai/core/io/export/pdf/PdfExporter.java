// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export.pdf;

import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.core.model.Document;
import id.bingkai.core.render.PhotoSource;
import id.bingkai.core.render.Renderer;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Print-ready PDF through Apache PDFBox, drawn by the one renderer (see {@link PdfDocument}). Thread-safe: every
 * document is its own {@link PdfDocument}.
 */
public final class PdfExporter {
    private final Renderer renderer;
    private final AtomicFiles files;

    public PdfExporter(Renderer renderer, AtomicFiles files) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.files = Objects.requireNonNull(files, "files");
    }

    /** A PDF being assembled page by page; pages are streamed to a temporary cache, not held in memory. */
    public PdfDocument open(PdfOptions options) {
        return new PdfDocument(renderer, files, options);
    }

    /** One page, written atomically to {@code target}. */
    public void write(Document doc, PhotoSource photos, PdfOptions options, Path target) {
        files.checkWritable(target, options.overwrite()); // refuse before spending time on rendering
        try (PdfDocument pdf = open(options)) {
            pdf.add(doc, photos);
            pdf.save(target);
        }
    }

    /** Fails fast, before any rendering, when the target cannot be written. */
    public void checkTarget(Path target, boolean overwrite) {
        files.checkWritable(target, overwrite);
    }
}
