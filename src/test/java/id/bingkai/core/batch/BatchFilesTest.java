// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bingkai.core.batch.RowResult.Status;
import id.bingkai.core.error.BadInputException;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.export.ImageFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The files around the rows: outputs judged whole for resume, the output folder, report.csv. */
class BatchFilesTest {
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] png(int middle) {
        byte[] b = new byte[PNG_START.length + middle + PNG_END.length];
        System.arraycopy(PNG_START, 0, b, 0, PNG_START.length);
        System.arraycopy(PNG_END, 0, b, b.length - PNG_END.length, PNG_END.length);
        return b;
    }

    @Test
    void aJpegIsWholeFromItsStartMarkerToItsEndMarkerAndLongerThanBoth() throws IOException {
        assertThat(CompleteOutputs.isComplete(file("a.jpg", bytes(0xFF, 0xD8, 0, 0xFF, 0xD9)), ImageFormat.JPEG))
                .isTrue();
        assertThat(CompleteOutputs.isComplete(file("b.jpg", bytes(0xFF, 0xD8, 0xFF, 0xD9)), ImageFormat.JPEG))
                .as("markers alone").isFalse();
        assertThat(CompleteOutputs.isComplete(file("c.jpg", bytes(0xFF, 0xD8, 0, 0xFF, 0xD8)), ImageFormat.JPEG))
                .as("cut before the end marker").isFalse();
        assertThat(CompleteOutputs.isComplete(file("d.jpg", bytes(0xFF, 0xD9, 0, 0xFF, 0xD9)), ImageFormat.JPEG))
                .as("no start marker").isFalse();
        assertThat(CompleteOutputs.isComplete(dir.resolve("none.jpg"), ImageFormat.JPEG)).isFalse();
        assertThat(CompleteOutputs.isComplete(Files.createDirectory(dir.resolve("e.jpg")), ImageFormat.JPEG))
                .isFalse();
    }

    @Test
    void aPngIsWholeFromItsSignatureToItsEndChunk() throws IOException {
        assertThat(CompleteOutputs.isComplete(file("a.png", png(1)), ImageFormat.PNG)).isTrue();
        assertThat(CompleteOutputs.isComplete(file("b.png", png(0)), ImageFormat.PNG)).as("nothing between")
                .isFalse();
        byte[] cut = Arrays.copyOf(png(40), 30);
        assertThat(CompleteOutputs.isComplete(file("c.png", cut), ImageFormat.PNG)).isFalse();
        byte[] notPng = png(5);
        notPng[1] = 'J';
        assertThat(CompleteOutputs.isComplete(file("d.png", notPng), ImageFormat.PNG)).isFalse();
        assertThat(CompleteOutputs.isComplete(file("e.jpg", bytes(0xFF, 0xD8, 0, 0xFF, 0xD9)), ImageFormat.PNG))
                .isFalse();
    }

    @Test
    void aLinkIsNeverAWholeOutputEvenToAWholeFile() throws IOException {
        Path whole = file("a.png", png(3));
        Path link = Files.createSymbolicLink(dir.resolve("link.png"), whole);
        assertThat(CompleteOutputs.isComplete(link, ImageFormat.PNG)).isFalse();
        Path pdf = Files.writeString(dir.resolve("a.pdf"), "%PDF-1.7 body %%EOF\n");
        assertThat(CompleteOutputs.isCompletePdf(Files.createSymbolicLink(dir.resolve("link.pdf"), pdf))).isFalse();
    }

    @Test
    void aPdfIsWholeWhenItStartsAsAPdfAndEndsWithItsEndOfFileMarker() throws IOException {
        assertThat(CompleteOutputs.isCompletePdf(Files.writeString(dir.resolve("a.pdf"), "%PDF-1.7\n%%EOF\r\n")))
                .as("16 bytes").isTrue();
        assertThat(CompleteOutputs.isCompletePdf(Files.writeString(dir.resolve("b.pdf"), "%PDF-1.7\n%%EOF\n")))
                .as("15 bytes").isFalse();
        assertThat(CompleteOutputs.isCompletePdf(Files.writeString(dir.resolve("c.pdf"),
                "%PDF-1.7\n" + "x".repeat(100) + "\n%%EOF\r\n"))).isTrue();
        assertThat(CompleteOutputs.isCompletePdf(Files.writeString(dir.resolve("d.pdf"),
                "%PDF-1.7\n%%EOF\n" + "x".repeat(40)))).as("the marker is not at the end").isFalse();
        assertThat(CompleteOutputs.isCompletePdf(Files.writeString(dir.resolve("e.pdf"),
                "%PDF-1.7\n" + "x".repeat(100)))).isFalse();
        assertThat(CompleteOutputs.isCompletePdf(Files.writeString(dir.resolve("f.pdf"),
                "%PDX-1.7\n" + "x".repeat(10) + "%%EOF"))).isFalse();
        assertThat(CompleteOutputs.isCompletePdf(dir.resolve("none.pdf"))).isFalse();
    }

    @Test
    void earlierReportsAreKeptUnderTheFirstFreeNumber() throws IOException {
        Path report = dir.resolve("report.csv");
        assertThat(OutputFolder.keepPrevious(report)).isEmpty();
        Files.writeString(report, "pertama");
        assertThat(OutputFolder.keepPrevious(report)).contains(dir.resolve("report-1.csv"));
        assertThat(report).doesNotExist();
        Files.writeString(report, "kedua");
        Files.writeString(dir.resolve("report-2.csv"), "milik orang lain");
        assertThat(OutputFolder.keepPrevious(report)).contains(dir.resolve("report-3.csv"));
        assertThat(dir.resolve("report-1.csv")).hasContent("pertama");
        assertThat(dir.resolve("report-2.csv")).hasContent("milik orang lain");
        assertThat(dir.resolve("report-3.csv")).hasContent("kedua");
    }

    @Test
    void anOutputFolderThatIsAFileIsNamedWithTheReason() throws IOException {
        Path file = Files.writeString(dir.resolve("hasil"), "x");
        assertThatThrownBy(() -> OutputFolder.create(file)).isInstanceOfSatisfying(BadInputException.class, e -> {
            assertThat(e.file()).isEqualTo(file);
            assertThat(e.reason()).isEqualTo(Msg.of("batch.out.error.not-folder"));
        });
        OutputFolder.create(dir.resolve("a/b"));
        assertThat(dir.resolve("a/b")).isDirectory();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "Read-only file system|batch.out.error.read-only",
        "Permission denied|batch.out.error.read-only",
        "Operation not permitted|batch.out.error.read-only",
        "No space left on device|batch.out.error.disk-full",
        "There is not enough space on the disk|batch.out.error.disk-full",
        "Disk quota exceeded|batch.out.error.disk-full",
    })
    void aFolderProblemIsToldInTheUsersWords(String reason, String key) {
        Path folder = dir.resolve("hasil");
        BadInputException e = OutputFolder.failure(folder, new FileSystemException("/x", null, reason));
        assertThat(e.reason()).isEqualTo(Msg.of(key));
        assertThat(e.file()).isEqualTo(folder);
        assertThat(OutputFolder.failure(folder, new IOException(reason.toUpperCase(Locale.ROOT))).reason())
                .as("from the message, any case").isEqualTo(Msg.of(key));
    }

    @Test
    void otherFolderProblemsKeepTheSystemsReason() {
        Path folder = dir.resolve("hasil");
        assertThat(OutputFolder.failure(folder, new AccessDeniedException("/x")).reason())
                .isEqualTo(Msg.of("batch.out.error.read-only"));
        assertThat(OutputFolder.failure(folder, new FileAlreadyExistsException("/x")).reason())
                .isEqualTo(Msg.of("batch.out.error.not-folder"));
        assertThat(OutputFolder.failure(folder, new FileSystemException("/x", null, "Input/output error")).reason())
                .isEqualTo(Msg.of("batch.out.error.io", "Input/output error"));
        assertThat(OutputFolder.failure(folder, new FileSystemException("/x")).reason())
                .as("no reason: the message").isEqualTo(Msg.of("batch.out.error.io", "/x"));
        assertThat(OutputFolder.failure(folder, new IOException()).reason())
                .isEqualTo(Msg.of("batch.out.error.io", "null"));
    }

    @Test
    void theReportListsRowsInSheetOrderQuotingOnlyWhatMustBe() throws IOException {
        Path file = dir.resolve("report.csv");
        Messages en = new Messages(Locale.ENGLISH);
        try (ReportWriter report = new ReportWriter(file, ';', en)) {
            assertThat(Files.readString(file)).as("the header is on disk at once").isEqualTo(
                    "\uFEFFrow;status;file;photo;reason;note\r\n");
            report.accept(2, RowResult.of(4, Status.FAILED, "c;d.jpg", Msg.of("batch.row.skipped")));
            report.accept(1, new RowResult(3, Status.SKIPPED, " b.jpg", Optional.empty(), "x\"y",
                    Optional.of(Msg.of("batch.row.note.nip", "123"))));
            assertThat(Files.readString(file)).as("waits for the first row").isEqualTo(
                    "\uFEFFrow;status;file;photo;reason;note\r\n");
            report.accept(0, RowResult.done(2, "a,b.jpg").withPhoto("line\nbreak"));
            assertThat(Files.readString(file)).as("each row on disk as soon as it can be").contains("\r\n4;failed;");
            report.accept(3, new RowResult(5, Status.NOT_RUN, "e.jpg", Optional.empty(), "cr\rhere"));
        }
        String skipped = en.format(Msg.of("batch.row.skipped"));
        String nip = en.format(Msg.of("batch.row.note.nip", "123"));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFFrow;status;file;photo;reason;note\r\n"
                + "2;ok;a,b.jpg;\"line\nbreak\";;\r\n"
                + "3;skipped;\" b.jpg\";\"x\"\"y\";;" + quoted(nip, ';') + "\r\n"
                + "4;failed;\"c;d.jpg\";;" + quoted(skipped, ';') + ";\r\n"
                + "5;not-run;e.jpg;\"cr\rhere\";;\r\n");
    }

    private static String quoted(String cell, char separator) {
        return cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0 ? '"' + cell.replace("\"", "\"\"") + '"'
                : cell;
    }

    @Test
    void aCommaReportQuotesCommasAndTrailingSpaces() throws IOException {
        Path file = dir.resolve("report.csv");
        try (ReportWriter report = new ReportWriter(file, ',', BatchFixtures.MESSAGES)) {
            report.accept(0, RowResult.done(2, "a,b.jpg").withPhoto("s.jpg "));
            report.accept(1, RowResult.done(3, "a;b.jpg").withPhoto("\tt.jpg"));
        }
        assertThat(Files.readString(file)).isEqualTo("\uFEFFrow,status,file,photo,reason,note\r\n"
                + "2,ok,\"a,b.jpg\",\"s.jpg \",,\r\n"
                + "3,ok,a;b.jpg,\"\tt.jpg\",,\r\n");
    }

    @Test
    void aCellStartingWithTheSeparatorAQuoteOrALineBreakIsQuotedAndTheFileIsClosed() throws IOException {
        Path file = dir.resolve("report.csv");
        ReportWriter report = new ReportWriter(file, ';', BatchFixtures.MESSAGES);
        report.accept(0, RowResult.done(2, ";a").withPhoto("\"b"));
        report.accept(1, RowResult.done(3, "\nc").withPhoto("\rd"));
        report.close();
        assertThat(Files.readString(file)).isEqualTo("\uFEFFrow;status;file;photo;reason;note\r\n"
                + "2;ok;\";a\";\"\"\"b\";;\r\n"
                + "3;ok;\"\nc\";\"\rd\";;\r\n");
        Path fd = Path.of("/proc/self/fd");
        if (Files.isDirectory(fd)) {
            Path real = file.toRealPath();
            try (var fds = Files.list(fd)) {
                assertThat(fds.filter(f -> {
                    try {
                        return Files.readSymbolicLink(f).equals(real);
                    } catch (IOException | UnsupportedOperationException e) {
                        return false;
                    }
                })).as("report.csv left open").isEmpty();
            }
        }
    }

    @Test
    void afterTenThousandKeptReportsTheUserIsAskedToTidyUp() throws IOException {
        Path report = Files.writeString(dir.resolve("report.csv"), "baru");
        for (int n = 1; n < 10_000; n++) {
            Files.createFile(dir.resolve("report-" + n + ".csv"));
        }
        assertThatThrownBy(() -> OutputFolder.keepPrevious(report)).isInstanceOfSatisfying(BadInputException.class,
                e -> assertThat(e.reason()).isEqualTo(Msg.of("batch.out.error.too-many-reports", 10_000)));
        assertThat(report).hasContent("baru");
        Files.delete(dir.resolve("report-9999.csv"));
        assertThat(OutputFolder.keepPrevious(report)).contains(dir.resolve("report-9999.csv"));
    }
}
