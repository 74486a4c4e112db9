// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.print;

import id.bingkai.core.error.BingkaiException;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.model.PrintSize;
import java.awt.print.Book;
import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.Paper;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.print.PrintService;
import javax.print.StreamPrintService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.printing.Orientation;
import org.apache.pdfbox.printing.PDFPageable;
import org.apache.pdfbox.printing.PDFPrintable;
import org.apache.pdfbox.printing.Scaling;

/**
 * A print PDF opened as a print job: every page is handed to the printer as PDFBox draws it, at the PDF page's
 * size in points (the page with bleed, and crop marks when asked), so what is printed is exactly the PDF. Not
 * thread-safe; one thread asks, prints and closes. Closing deletes the temporary PDF it was opened from.
 */
public final class PrintablePdf implements AutoCloseable {
    private static final Path LPR = Path.of("/usr/bin/lpr");
    private final Path file;
    private final boolean temporary;
    private final PDDocument document;
    private final PrinterJob job;
    private Pageable pageable;

    private PrintablePdf(Path file, boolean temporary, PDDocument document, PrinterJob job, String title) {
        this.file = file;
        this.temporary = temporary;
        this.document = document;
        this.job = job;
        this.pageable = new PDFPageable(document, Orientation.AUTO, false, 0, true);
        job.setJobName(title);
        job.setPageable(pageable);
    }

    /** Opens an existing PDF (kept on close) as a job on {@code job}. */
    public static PrintablePdf open(Path pdf, String title, PrinterJob job) {
        return open(pdf, title, job, false);
    }

    static PrintablePdf open(Path pdf, String title, PrinterJob job, boolean temporary) {
        Objects.requireNonNull(job);
        try {
            return new PrintablePdf(pdf, temporary, Loader.loadPDF(pdf.toFile()), job, Objects.requireNonNull(title));
        } catch (IOException e) {
            throw new BingkaiException(Msg.of("print.error.failed", pdf, reason(e)), e);
        }
    }

    /** The PDF being printed (deleted on close when it was made for this job). */
    public Path file() {
        return file;
    }

    public int pages() {
        return pageable.getNumberOfPages();
    }

    /** The paper the job will ask the printer for, page by page (the PDF page's size in points). */
    public PageFormat pageFormat(int page) {
        return pageable.getPageFormat(page);
    }

    public Pageable pageable() {
        return pageable;
    }

    /** Chooses the printer and the number of copies (from Bingkai's print dialog, or a kiosk's fixed queue). */
    public void use(PrintService printer, int copies) {
        try {
            job.setPrintService(printer);
        } catch (PrinterException e) {
            throw new BingkaiException(Msg.of("print.error.failed", printer.getName(), reason(e)), e);
        }
        job.setCopies(Math.max(1, copies));
    }

    /**
     * Puts every page on paper of this size instead of paper of the page's own size: shrunk to fit (never enlarged),
     * centred, the paper turned like the first page. For an office printer whose paper is smaller than the page.
     */
    public void fitTo(double paperWidthMm, double paperHeightMm) {
        double w = PrintSize.mmToPt(paperWidthMm);
        double h = PrintSize.mmToPt(paperHeightMm);
        Paper paper = new Paper();
        paper.setSize(w, h);
        paper.setImageableArea(0, 0, w, h);
        PageFormat format = new PageFormat();
        format.setPaper(paper);
        PDRectangle first = document.getPage(0).getMediaBox();
        format.setOrientation(first.getWidth() > first.getHeight() ? PageFormat.LANDSCAPE : PageFormat.PORTRAIT);
        Book book = new Book();
        book.append(new PDFPrintable(document, Scaling.SHRINK_TO_FIT, false, 0, true), format,
                document.getNumberOfPages());
        pageable = book;
        job.setPageable(book);
    }

    /** The copies the job asks the printer for. */
    public int copies() {
        return job.getCopies();
    }

    /** Sends the pages to the printer chosen (blocks until the system has taken the job). */
    public void print() {
        String printer = printerName().isEmpty() ? "-" : printerName();
        if (!(job.getPrintService() instanceof StreamPrintService) && !spoolerFound()) {
            throw new BingkaiException(Msg.of("print.error.no-lpr", printer, LPR));
        }
        try {
            job.print();
        } catch (PrinterException e) {
            throw new BingkaiException(Msg.of("print.error.failed", printer, reason(e)), e);
        }
    }

    /**
     * On Linux the JDK hands a job for a printer to CUPS through {@code lpr} (package cups-bsd), which a minimal
     * system lacks; a stream (a file) needs no spooler.
     */
    static boolean spoolerFound() {
        return !System.getProperty("os.name", "").startsWith("Linux") || Files.isExecutable(LPR);
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** The printer chosen in the dialog, or the default one. */
    public String printerName() {
        PrintService service = job.getPrintService();
        return service == null ? "" : service.getName();
    }

    @Override
    public void close() {
        try {
            document.close();
            if (temporary) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
