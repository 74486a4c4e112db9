// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.export;

import id.bingkai.app.common.TaskRunner;
import id.bingkai.app.common.UserErrors;
import id.bingkai.core.guideline.GuidelineReport;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.export.pdf.PdfOptions;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.PrintSize;
import id.bingkai.core.print.PrintablePdf;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;

/**
 * "Cetak…": the print PDF (the same page as the saved PDF) to a printer the user picks in Bingkai's own dialog. The
 * guideline's blocking findings and "no printer" are said before the dialog; the PDF is made only after the user
 * chose, so a cancel renders nothing. The slow steps run on a job thread, the dialog on the FX thread; the outcome
 * comes back on the FX thread as one message.
 */
public final class PrintAction {
    private final PrintOutput.Printer printer;
    private final Supplier<List<PrintService>> printers;
    private final Supplier<Optional<String>> systemDefault;
    private final ExportCheck check;
    private final TaskRunner tasks;
    private final Executor jobThread;
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    /** Asks the user how to print (on the FX thread); empty when cancelled. */
    @FunctionalInterface
    public interface Asker {
        Optional<PrintRequest> ask(PrintPrompt prompt);
    }

    /** The system's printers and default printer; each print gets a new daemon thread. */
    public PrintAction(PrintOutput output, ExportCheck check, TaskRunner tasks) {
        this(output.printer(), output.printers(), PrintAction::systemDefault, check, tasks,
                work -> Thread.ofPlatform().daemon().name("bingkai-cetak").start(work));
    }

    public PrintAction(PrintOutput.Printer printer, Supplier<List<PrintService>> printers,
            Supplier<Optional<String>> systemDefault, ExportCheck check, TaskRunner tasks, Executor jobThread) {
        this.printer = Objects.requireNonNull(printer);
        this.printers = Objects.requireNonNull(printers);
        this.systemDefault = Objects.requireNonNull(systemDefault);
        this.check = Objects.requireNonNull(check);
        this.tasks = Objects.requireNonNull(tasks);
        this.jobThread = Objects.requireNonNull(jobThread);
    }

    private static Optional<String> systemDefault() {
        return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService()).map(PrintService::getName);
    }

    /** A print is being prepared, asked about or sent. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /**
     * Prints {@code doc} (a frame with a print size) in the background; {@code asker} shows the dialog, {@code
     * outcome} gets what to tell the user. Both are called on the FX thread.
     */
    public void print(Document doc, PdfOptions options, Asker asker, Consumer<Msg> outcome) {
        if (busy.get()) {
            return;
        }
        Optional<Msg> missing = ExportViewModel.missingPhoto(doc);
        if (missing.isPresent()) {
            outcome.accept(missing.get());
            return;
        }
        PrintSize size = doc.frame().print().orElseThrow(() -> new IllegalArgumentException("not a print frame"));
        busy.set(true);
        jobThread.execute(() -> checkThenAsk(doc, options, size, asker, outcome));
    }

    /** On the job thread: the guideline's blocking findings, then the printers, then the dialog on the FX thread. */
    private void checkThenAsk(Document doc, PdfOptions options, PrintSize size, Asker asker, Consumer<Msg> outcome) {
        List<PrintService> offered;
        try {
            GuidelineReport r = check.check(doc, doc.frame().canvas().width());
            if (r.blocksExport()) {
                done(outcome, ExportProblems.refusal(r));
                return;
            }
            offered = List.copyOf(printers.get());
        } catch (RuntimeException e) {
            done(outcome, UserErrors.describe(e));
            return;
        }
        if (offered.isEmpty()) {
            done(outcome, Msg.of("print.error.no-printer"));
            return;
        }
        PrintPrompt prompt = PrintPrompt.of(offered, systemDefault.get(), options.cropMarks(), size);
        tasks.runOnUi(() -> {
            Optional<PrintRequest> chosen = asker.ask(prompt);
            if (chosen.isEmpty()) {
                busy.set(false);
                outcome.accept(Msg.of("print.cancelled"));
                return;
            }
            PrintRequest request = chosen.get();
            jobThread.execute(() -> done(outcome, send(doc, options.withCropMarks(request.cropMarks()),
                    offered.get(request.printer()), request)));
        });
    }

    /** Renders the print PDF and sends it to {@code to} as asked; on the job thread. */
    private Msg send(Document doc, PdfOptions options, PrintService to, PrintRequest request) {
        try (PrintablePdf pdf = printer.prepare(doc, options)) {
            if (request.paper() != PrintPaper.PAGE) {
                pdf.fitTo(request.paper().widthMm(), request.paper().heightMm());
            }
            pdf.use(to, request.copies());
            pdf.print();
            return Msg.of("print.sent", pdf.pages(), pdf.printerName(), pdf.copies());
        } catch (RuntimeException e) {
            return UserErrors.describe(e);
        }
    }

    private void done(Consumer<Msg> outcome, Msg said) {
        tasks.runOnUi(() -> {
            busy.set(false);
            outcome.accept(said);
        });
    }
}
