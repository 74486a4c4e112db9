// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.batch;

import id.bingkai.core.batch.BatchJob;
import id.bingkai.core.batch.BatchListener;
import id.bingkai.core.batch.BatchRunner;
import id.bingkai.core.batch.BatchSummary;
import id.bingkai.core.batch.CombinedPdf;
import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.core.io.export.pdf.PdfOptions;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The batch dialog's print PDF, as {@code batch --format pdf [--single-pdf]} does it: one print PDF per row and,
 * when asked, "satu PDF untuk semua baris" beside the output folder ({@code hasil-pegawai.pdf} next to
 * {@code hasil-pegawai/}), a page per row in sheet order, joined after the rows and written atomically. Offered to
 * frames with a physical size only.
 */
public final class PdfBatch {
    private final boolean offered;
    private final PdfOptions options;
    private final BooleanProperty pdf = new SimpleBooleanProperty(this, "pdf");
    private final BooleanProperty single = new SimpleBooleanProperty(this, "single", true);
    private final ObjectProperty<Path> joined = new SimpleObjectProperty<>(this, "joined");

    PdfBatch(FramePack pack, Frame frame) {
        this.offered = frame.print().isPresent();
        this.options = PdfOptions.forDocument(Document.of(pack, frame));
    }

    /** The frame has a physical size: PDF is among the formats. */
    public boolean offered() {
        return offered;
    }

    /** One print PDF per row instead of images. */
    public BooleanProperty pdfProperty() {
        return pdf;
    }

    /** Also one PDF with a page per row ("satu PDF untuk semua baris"). */
    public BooleanProperty singleProperty() {
        return single;
    }

    /** The joined PDF of the last run, once written; null before, or when no row had a page. */
    public ReadOnlyObjectProperty<Path> joinedProperty() {
        return joined;
    }

    boolean active() {
        return offered && pdf.get();
    }

    boolean wantsSingle() {
        return active() && single.get();
    }

    /** Beside the folder, named after it: what to hand to the print shop. */
    public static Path singleFile(Path outDir) {
        Path abs = outDir.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".pdf");
    }

    BatchJob apply(BatchJob job) {
        return active() ? job.withPdf(options.withOverwrite(job.overwrite())) : job;
    }

    /** The extension of the outputs that a run would replace. */
    String extension(String imageExtension) {
        return active() ? "pdf" : imageExtension;
    }

    void reset() {
        joined.set(null);
    }

    /** Runs the batch, then joins the row PDFs when asked (an existing joined file is replaced: the user agreed). */
    Result run(BatchRunner runner, BatchJob job, BatchListener listener, BooleanSupplier cancel, AtomicFiles files) {
        if (!wantsSingle()) {
            return new Result(runner.run(job, listener, cancel), null);
        }
        CombinedPdf combined = new CombinedPdf(job.outDir(), listener);
        BatchSummary summary = runner.run(job, combined, cancel);
        Path target = singleFile(job.outDir());
        return new Result(summary, combined.write(files, target, true) > 0 ? target : null);
    }

    void finished(Result r) {
        joined.set(r.joined());
    }

    record Result(BatchSummary summary, Path joined) {
    }
}
