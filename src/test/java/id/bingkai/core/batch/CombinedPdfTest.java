// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import id.bingkai.core.batch.RowResult.Status;
import id.bingkai.core.error.BadInputException;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.testing.FaultyDisk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --single-pdf}: the row PDFs joined in sheet order, one source open at a time, atomically. */
class CombinedPdfTest {
    private static final Path FD = Path.of("/proc/self/fd");

    @TempDir
    Path dir;

    /** Row PDFs as the batch leaves them: one page each, with the row's name as text. */
    private CombinedPdf rows(int count) throws IOException {
        CombinedPdf combined = new CombinedPdf(dir, BatchListener.NONE);
        for (int row = count; row >= 1; row--) { // finishing out of order, as parallel rows do
            String name = "kartu-" + row + ".pdf";
            try (PDDocument pdf = new PDDocument()) {
                PDPage page = new PDPage(PDRectangle.A6);
                pdf.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
                    s.beginText();
                    s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    s.newLineAtOffset(20, 200);
                    s.showText("Pegawai nomor " + row);
                    s.endText();
                }
                pdf.save(dir.resolve(name).toFile());
            }
            combined.finished(new RowResult(row, Status.DONE, name, Optional.empty()));
        }
        return combined;
    }

    /**
     * This process's open files that are row PDFs in {@link #dir}. Counted by what each descriptor points at, not how
     * many there are, so files other threads of the test JVM open meanwhile (class loading, fonts, other tests'
     * leftovers) do not count.
     */
    private int openRowFiles() {
        try (Stream<Path> fds = Files.list(FD)) {
            Path rows = dir.toRealPath();
            return (int) fds.map(CombinedPdfTest::target)
                    .flatMap(Optional::stream)
                    .filter(file -> file.startsWith(rows) && file.getFileName().toString().startsWith("kartu-"))
                    .count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Path> target(Path fd) {
        try {
            return Optional.of(Files.readSymbolicLink(fd));
        } catch (IOException e) { // closed between listing and reading: not open any more
            return Optional.empty();
        }
    }

    @Test
    void joiningThreeHundredRowsNeverHoldsTheRowFilesOpenTogether() throws Exception {
        assumeThat(Files.isDirectory(FD)).as("/proc/self/fd lists this process's open files (Linux)").isTrue();
        CombinedPdf combined = rows(300);
        assertThat(openRowFiles()).as("row files open before joining").isZero();
        AtomicInteger most = new AtomicInteger();
        AtomicBoolean joining = new AtomicBoolean(true);
        // sampled all along (while the rows are copied in) and at every write of the joined file
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (joining.get()) {
                most.accumulateAndGet(openRowFiles(), Math::max);
                LockSupport.parkNanos(200_000); // a held source stays open far longer than this
            }
        });
        FaultyDisk disk = new FaultyDisk().onWrite(() -> most.accumulateAndGet(openRowFiles(), Math::max));
        Path target = dir.resolve("semua.pdf");

        int pages;
        try {
            pages = combined.write(new AtomicFiles(disk), target, false);
        } finally {
            joining.set(false);
            sampler.join();
        }

        assertThat(pages).isEqualTo(300);
        // one source or two at a time (2 seen here); holding all 300 together is what this guards against
        assertThat(most.get()).as("row files open together while the joined PDF is written").isBetween(1, 3);
        assertThat(openRowFiles()).as("row files left open").isZero();
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(300);
            PDFTextStripper text = new PDFTextStripper();
            for (int page : new int[] {1, 2, 150, 300}) {
                text.setStartPage(page);
                text.setEndPage(page);
                assertThat(text.getText(pdf).strip()).isEqualTo("Pegawai nomor " + page);
            }
        }
    }

    @Test
    void aDiskThatFillsWhileJoiningLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        CombinedPdf combined = rows(20);
        Path target = dir.resolve("semua.pdf");
        byte[] previous = "the user's previous joined PDF".getBytes();
        Files.write(target, previous);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.count()).isEqualTo(21);
        }

        AtomicFiles full = new AtomicFiles(new FaultyDisk().fullAfter(4_000));
        assertThatThrownBy(() -> combined.write(full, target, true))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.file()).isEqualTo(target);
                    assertThat(e.reason()).isEqualTo(Msg.of("export.error.diskFull", dir.toAbsolutePath()));
                });

        assertThat(Files.readAllBytes(target)).isEqualTo(previous);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no temporary file left")
                    .hasSize(21).noneMatch(name -> name.startsWith("."));
        }
    }
}
