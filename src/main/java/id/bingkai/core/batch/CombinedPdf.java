// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import id.bingkai.core.batch.RowResult.Status;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.export.AtomicFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;

/**
 * {@code --single-pdf}: one PDF with a page per row, in sheet order (the pledge cards of a whole office, printed in
 * one go). Follows the batch as a listener, remembering the rows whose PDF is done (or kept by resume); a failed row
 * has no page. After the batch, {@link #write} joins the row PDFs with PDFBox's merger, its objects cached in a
 * temporary file rather than memory, and writes the result atomically. The merger of PDFBox 3 opens the row PDFs one
 * at a time and closes each once its page is copied (CombinedPdfTest counts the open files), so 300 rows never
 * hold 300 files open.
 */
public final class CombinedPdf implements BatchListener {
    private final BatchListener next;
    private final Path outDir;
    private final Map<Integer, String> pages = new TreeMap<>();

    public CombinedPdf(Path outDir, BatchListener next) {
        this.outDir = Objects.requireNonNull(outDir, "outDir");
        this.next = Objects.requireNonNull(next, "next");
    }

    @Override
    public void notice(Msg message) {
        next.notice(message);
    }

    @Override
    public void started(int rows) {
        next.started(rows);
    }

    @Override
    public void finished(RowResult result) {
        if ((result.status() == Status.DONE || result.status() == Status.SKIPPED) && !result.output().isEmpty()) {
            synchronized (pages) {
                pages.put(result.row(), result.output());
            }
        }
        next.finished(result);
    }

    /** The row PDFs to join, in sheet order. */
    public List<Path> parts() {
        synchronized (pages) {
            return pages.values().stream().map(outDir::resolve).toList();
        }
    }

    /**
     * Writes the joined PDF to {@code target} atomically; nothing is written when no row has a page.
     *
     * @return the number of pages written
     */
    public int write(AtomicFiles files, Path target, boolean overwrite) {
        List<Path> parts = parts();
        if (parts.isEmpty()) {
            return 0;
        }
        files.write(target, overwrite, out -> {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (Path part : parts) {
                merger.addSource(part.toFile());
            }
            merger.setDestinationStream(out);
            merger.mergeDocuments(IOUtils.createTempFileOnlyStreamCache());
        });
        return parts.size();
    }
}
