// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.bingkai.core.error.BingkaiException;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.io.export.pdf.PdfOptions;
import id.bingkai.core.model.FramePack;
import java.awt.print.PageFormat;
import java.awt.print.PrinterJob;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.print.DocFlavor;
import javax.print.StreamPrintService;
import javax.print.StreamPrintServiceFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The print job is the PDF: its pages, at the PDF page's size in points, go to the printer through PDFBox's
 * {@code PDFPageable}. The JDK's PostScript stream service stands in for a printer, so the job really runs.
 */
class PdfPrintingTest {
    private static final double PT_PER_MM = 72 / 25.4;
    private static FramePack pack;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        pack = PrintFixtures.pack();
    }

    private static StreamPrintService postScript(ByteArrayOutputStream out) {
        StreamPrintServiceFactory[] factories = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                DocFlavor.SERVICE_FORMATTED.PAGEABLE, "application/postscript");
        assertThat(factories).as("the JDK's PostScript stream printer").isNotEmpty();
        return factories[0].getPrintService(out);
    }

    @Test
    void theJobHasThePdfPagesAtTheirSizeWithBleedAndCropMarks() {
        Path plain = dir.resolve("ikrar.pdf");
        Path marked = dir.resolve("ikrar-tanda.pdf");
        PrintFixtures.exporter().write(PrintFixtures.card(pack, "Siti Aminah"), PrintFixtures.photos(),
                PdfOptions.defaults("Ikrar").withDpi(72), plain);
        PrintFixtures.exporter().write(PrintFixtures.card(pack, "Siti Aminah"), PrintFixtures.photos(),
                PdfOptions.defaults("Ikrar").withDpi(72).withCropMarks(true), marked);

        try (PrintablePdf job = PrintablePdf.open(plain, "Ikrar", PrinterJob.getPrinterJob())) {
            assertThat(job.pages()).isEqualTo(1);
            PageFormat page = job.pageFormat(0);
            assertThat(page.getWidth()).as("A4 + 2 x 3 mm bleed").isCloseTo(216 * PT_PER_MM, within(0.5));
            assertThat(page.getHeight()).isCloseTo(303 * PT_PER_MM, within(0.5));
            assertThat(page.getImageableWidth()).as("nothing shrunk to a margin").isCloseTo(page.getWidth(),
                    within(0.5));
        }
        try (PrintablePdf job = PrintablePdf.open(marked, "Ikrar", PrinterJob.getPrinterJob())) {
            assertThat(job.pageFormat(0).getWidth()).as("with the 10 mm mark margins")
                    .isCloseTo(236 * PT_PER_MM, within(0.5));
        }
        assertThat(plain).as("a saved PDF handed to print is kept").exists();
    }

    @Test
    void preparedPrintRendersTheCardPrintsItAndDeletesItsTemporaryPdf() throws Exception {
        ByteArrayOutputStream ps = new ByteArrayOutputStream();
        StreamPrintService printer = postScript(ps);
        PdfPrinting printing = new PdfPrinting(PrintFixtures.exporter(), () -> List.of(printer),
                PrinterJob::getPrinterJob);

        Path temp;
        try (PrintablePdf job = printing.prepare(PrintFixtures.card(pack, "Siti Aminah"), PrintFixtures.photos(),
                PdfOptions.defaults("Ikrar").withDpi(72))) {
            temp = job.file();
            assertThat(temp).exists();
            assertThat(Files.readAllBytes(temp)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
            job.use(printer, 1);
            job.print();
        }

        assertThat(temp).as("the temporary PDF is gone after printing").doesNotExist();
        String text = ps.toString(StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%!PS");
        assertThat(text).as("one page went to the printer").contains("%%Page: 1 1").doesNotContain("%%Page: 2");
    }

    @Test
    void withoutAPrinterItSaysSoInIndonesianBeforeRenderingAnything() {
        AtomicBoolean rendered = new AtomicBoolean();
        PdfPrinting printing = new PdfPrinting(PrintFixtures.exporter(), List::of, PrinterJob::getPrinterJob);

        assertThatThrownBy(() -> printing.prepare(PrintFixtures.card(pack, "Siti"), (photo, w, h) -> {
            rendered.set(true);
            return PrintFixtures.photos().pixels(photo, w, h);
        }, PdfOptions.defaults("Ikrar"))).isInstanceOfSatisfying(BingkaiException.class, e -> {
            assertThat(e.userMessage().key()).isEqualTo("print.error.no-printer");
            assertThat(new Messages(Messages.INDONESIAN).format(e.userMessage())).startsWith(
                    "Tidak ada printer yang terpasang");
        });
        assertThat(rendered).as("no time spent rendering for nothing").isFalse();
    }
}
