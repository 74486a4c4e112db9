// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.print;

import id.bingkai.core.error.BingkaiException;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.export.pdf.PdfExporter;
import id.bingkai.core.io.export.pdf.PdfOptions;
import id.bingkai.core.model.Document;
import id.bingkai.core.render.PhotoSource;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.print.PrintService;

/**
 * Makes the print PDF of a document in a temporary file and opens it as a print job (see {@link PrintablePdf}).
 * Asks the system for its printers first, so "no printer" is said before anything is rendered. Thread-safe.
 */
public final class PdfPrinting {
    private final PdfExporter pdf;
    private final Supplier<List<PrintService>> printers;
    private final Supplier<PrinterJob> jobs;

    public PdfPrinting(PdfExporter pdf) {
        this(pdf, () -> List.of(PrinterJob.lookupPrintServices()), PrinterJob::getPrinterJob);
    }

    /** @param printers the printers the system offers; @param jobs a new print job each time */
    public PdfPrinting(PdfExporter pdf, Supplier<List<PrintService>> printers, Supplier<PrinterJob> jobs) {
        this.pdf = Objects.requireNonNull(pdf);
        this.printers = Objects.requireNonNull(printers);
        this.jobs = Objects.requireNonNull(jobs);
    }

    /** The printers the system offers now (CUPS queues on Linux); empty when there is none. */
    public List<PrintService> printers() {
        return printers.get();
    }

    /**
     * Renders {@code doc} as the print PDF (the same page as "Simpan PDF") and opens it for printing.
     *
     * @throws BingkaiException {@code print.error.no-printer} when the system has no printer
     */
    public PrintablePdf prepare(Document doc, PhotoSource photos, PdfOptions options) {
        if (printers().isEmpty()) {
            throw new BingkaiException(Msg.of("print.error.no-printer"));
        }
        Path temp;
        try {
            temp = Files.createTempFile("bingkai-cetak-", ".pdf");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            pdf.write(doc, photos, options.withOverwrite(true), temp);
            return PrintablePdf.open(temp, options.title(), jobs.get(), true);
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a temporary file left in the system's temp folder; the failure is what the user needs to hear
            }
            throw e;
        }
    }
}
