// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.export;

import id.bingkai.app.common.TaskRunner;
import id.bingkai.app.common.UserErrors;
import id.bingkai.core.guideline.GuidelineReport;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.export.pdf.PdfOptions;
import id.bingkai.core.model.Document;
import id.bingkai.core.print.PrintablePdf;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * "Cetak…": the print PDF (the same page as the saved PDF) through the operating system's print dialog, where the
 * user picks the printer, the paper and the copies. The dialog blocks the thread that shows it, so the whole job
 * runs on its own thread, never the FX thread; the outcome comes back on the FX thread as one message.
 */
public final class PrintAction {
    private final PrintOutput.Printer printer;
    private final ExportCheck check;
    private final TaskRunner tasks;
    private final Executor jobThread;
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    /** Each print gets a new daemon thread (the print dialog may stay open for minutes). */
    public PrintAction(PrintOutput.Printer printer, ExportCheck check, TaskRunner tasks) {
        this(printer, check, tasks, work -> Thread.ofPlatform().daemon().name("bingkai-cetak").start(work));
    }

    public PrintAction(PrintOutput.Printer printer, ExportCheck check, TaskRunner tasks, Executor jobThread) {
        this.printer = Objects.requireNonNull(printer);
        this.check = Objects.requireNonNull(check);
        this.tasks = Objects.requireNonNull(tasks);
        this.jobThread = Objects.requireNonNull(jobThread);
    }

    /** A print is being prepared, or its dialog is open. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Prints in the background; {@code outcome} gets what to tell the user (on the FX thread). */
    public void print(Document doc, PdfOptions options, Consumer<Msg> outcome) {
        if (busy.get()) {
            return;
        }
        Optional<Msg> missing = ExportViewModel.missingPhoto(doc);
        if (missing.isPresent()) {
            outcome.accept(missing.get());
            return;
        }
        busy.set(true);
        jobThread.execute(() -> {
            Msg said = printNow(doc, options);
            tasks.runOnUi(() -> {
                busy.set(false);
                outcome.accept(said);
            });
        });
    }

    /**
     * The job on the calling thread (not the FX thread): the guideline's blocking findings first, then the PDF,
     * the system dialog, and the pages to the printer chosen there.
     */
    Msg printNow(Document doc, PdfOptions options) {
        try {
            GuidelineReport r = check.check(doc, doc.frame().canvas().width());
            if (r.blocksExport()) {
                return ExportProblems.refusal(r);
            }
            try (PrintablePdf pdf = printer.prepare(doc, options)) {
                if (!pdf.ask()) {
                    return Msg.of("print.cancelled");
                }
                pdf.print();
                return Msg.of("print.sent", pdf.pages(), pdf.printerName());
            }
        } catch (RuntimeException e) {
            return UserErrors.describe(e);
        }
    }
}
