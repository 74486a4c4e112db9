// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.export;

import id.bingkai.core.error.BingkaiException;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.export.pdf.PdfExporter;
import id.bingkai.core.io.export.pdf.PdfOptions;
import id.bingkai.core.model.Document;
import id.bingkai.core.print.PdfPrinting;
import id.bingkai.core.print.PrintablePdf;
import id.bingkai.core.render.PhotoSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.print.PrintService;

/**
 * The core's print output as the editor uses it: the print PDF written atomically to a file, the same PDF opened as
 * a print job, and the system's printers to choose from. Both outputs read the full-resolution photos.
 */
public record PrintOutput(PdfWriter pdf, Printer printer, Supplier<List<PrintService>> printers) {
    /** For callers without print output (tests of image export): both say so when used. */
    public static final PrintOutput NONE = new PrintOutput((doc, options, target) -> {
        throw new BingkaiException(Msg.of("print.error.no-printer"));
    }, (doc, options) -> {
        throw new BingkaiException(Msg.of("print.error.no-printer"));
    }, List::of);

    public PrintOutput {
        Objects.requireNonNull(pdf);
        Objects.requireNonNull(printer);
        Objects.requireNonNull(printers);
    }

    public static PrintOutput of(PdfExporter exporter, PdfPrinting printing, PhotoSource photos) {
        return new PrintOutput((doc, options, target) -> exporter.write(doc, photos, options, target),
                (doc, options) -> printing.prepare(doc, photos, options), printing::printers);
    }

    /** Writes the print PDF of a document atomically (an existing file only with overwrite in the options). */
    @FunctionalInterface
    public interface PdfWriter {
        void write(Document doc, PdfOptions options, Path target);
    }

    /** Makes the print PDF and opens it as a print job; throws when the system has no printer. */
    @FunctionalInterface
    public interface Printer {
        PrintablePdf prepare(Document doc, PdfOptions options);
    }
}
