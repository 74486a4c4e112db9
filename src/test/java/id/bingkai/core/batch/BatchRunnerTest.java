// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import static id.bingkai.core.batch.BatchFixtures.MESSAGES;
import static id.bingkai.core.batch.BatchFixtures.job;
import static id.bingkai.testing.TestPhotos.gradientJpeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.io.export.ExportOptions;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.PhotoRef;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {
    @TempDir
    Path dir;
    Path out;

    @BeforeEach
    void photos() throws IOException {
        Files.createDirectories(dir.resolve("foto"));
        gradientJpeg(dir.resolve("foto/siti.jpg"), 400, 300);
        gradientJpeg(dir.resolve("foto/budi.jpg"), 300, 400);
        Files.write(dir.resolve("foto/rusak.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, 4, 5});
        out = dir.resolve("hasil");
    }

    private Path csv(String... lines) throws IOException {
        return Files.writeString(dir.resolve("pegawai.csv"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /** report.csv as rows of cells, header first; it uses the sheet's separator. */
    private List<List<String>> report() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        Path file = out.resolve(BatchJob.REPORT_NAME);
        char separator = Files.readString(file).startsWith("\uFEFFrow;") ? ';' : ',';
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assertThat(reader.read()).as("byte-order mark for spreadsheets").isEqualTo('\uFEFF');
            CsvReader csv = new CsvReader(reader, separator);
            List<String> record;
            while ((record = csv.next()) != null) {
                rows.add(record);
            }
        }
        return rows;
    }

    private BatchSummary run(BatchJob job) {
        return new BatchRunner(BatchFixtures.realWork(), MESSAGES).run(job, BatchListener.NONE);
    }

    /**
     * A NIP of the wrong shape is a note, not a failure: the card is made, report.csv says why in its note column and
     * the summary counts it. A NIP typed with spaces or dots, and a row without a NIP, have no note.
     */
    @Test
    void aMalformedNipStillMakesTheRowAndIsNotedInTheReport() throws IOException {
        Path sheet = csv("nama;unit;nip;foto",
                "Siti Aminah;Biro Umum;198001012005012001;foto/siti.jpg",
                "Budi Santoso;Biro Umum;19800101200501200;foto/budi.jpg",
                "Dewi Lestari;Keuangan;198013012005012001;foto/siti.jpg",
                "Eko Prasetyo;Keuangan;19800101 200501 1 002;foto/budi.jpg",
                "Tanpa NIP;Keuangan;;foto/siti.jpg");

        BatchSummary summary = run(job(sheet, out, "{nama}", false, false, false, 2));

        assertThat(summary.done()).isEqualTo(5);
        assertThat(summary.failed()).isZero();
        assertThat(summary.noted()).isEqualTo(2);
        assertThat(summary.allGood()).isTrue();
        List<List<String>> report = report();
        assertThat(report.getFirst().get(5)).isEqualTo("note");
        assertThat(report.subList(1, report.size())).extracting(r -> r.get(1)).containsOnly("ok");
        assertThat(report.get(1).get(5)).isEmpty();
        assertThat(report.get(2).get(5)).contains("NIP 19800101200501200 tidak berbentuk NIP").contains("18 angka")
                .contains("gambar tetap dibuat");
        assertThat(report.get(3).get(5)).contains("198013012005012001");
        assertThat(report.get(4).get(5)).isEmpty();
        assertThat(report.get(5).get(5)).isEmpty();
        assertThat(out.resolve("Budi Santoso.jpg")).isRegularFile();
        assertThat(out.resolve("Dewi Lestari.jpg")).isRegularFile();
    }

    @Test
    void badRowsAreReportedAndEveryGoodRowIsDone() throws IOException {
        Path sheet = csv("nama;unit;nip;foto",
                "Siti Aminah;Biro Umum;101;foto/siti.jpg",
                "Tanpa Foto;Biro Umum;102;foto/tidak-ada.jpg",
                "Foto Rusak;Biro Umum;103;foto/rusak.jpg",
                ";Biro Umum;104;foto/budi.jpg",
                "Budi;S.Kom.;Keuangan;105;foto/budi.jpg",
                "Kolom Foto Kosong;Keuangan;106;",
                "Budi Santoso;Keuangan;107;foto/budi.jpg");

        BatchSummary summary = run(job(sheet, out, "{nip}_{nama}", false, false, false, 2));

        assertThat(summary.rows()).isEqualTo(7);
        assertThat(summary.done()).isEqualTo(2);
        assertThat(summary.failed()).isEqualTo(5);
        assertThat(summary.errors()).isZero();
        List<List<String>> report = report();
        assertThat(report.getFirst()).containsExactly("row", "status", "file", "photo", "reason", "note");
        assertThat(report.subList(1, report.size())).extracting(r -> r.get(0) + " " + r.get(1)).containsExactly(
                "2 ok", "3 failed", "4 failed", "5 failed", "6 failed", "7 failed", "8 ok");
        assertThat(report.get(2).get(4)).contains("tidak ditemukan").contains("tidak-ada.jpg");
        assertThat(report.get(3).get(4)).contains("rusak");
        assertThat(report.get(4).get(4)).contains("nama").contains("kosong");
        assertThat(report.get(5).get(4)).contains("tanda kutip");
        assertThat(report.get(6).get(4)).contains("foto").contains("kosong");
        assertThat(out.resolve("101_Siti Aminah.jpg")).isRegularFile();
        assertThat(out.resolve("107_Budi Santoso.jpg")).isRegularFile();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no output for bad rows, no temporary files left")
                    .containsExactlyInAnyOrder("101_Siti Aminah.jpg", "107_Budi Santoso.jpg", "report.csv");
        }
        BufferedImage made = ImageIO.read(out.resolve("101_Siti Aminah.jpg").toFile());
        assertThat(made.getWidth()).isEqualTo(200);
    }

    @Test
    void sameNamesGetSuffixesAndNoRowOverwritesAnother() throws IOException {
        Path sheet = csv("nama,foto", "Budi,foto/budi.jpg", "budi,foto/siti.jpg", "Budi,foto/budi.jpg");
        BatchSummary summary = run(job(sheet, out, null, false, false, false, 2));
        assertThat(summary.done()).isEqualTo(3);
        assertThat(report().subList(1, 4)).extracting(r -> r.get(2))
                .containsExactly("Budi.jpg", "budi_2.jpg", "Budi_3.jpg");
        assertThat(out.resolve("budi_2.jpg")).isRegularFile();
    }

    @Test
    void resumeSkipsCompleteOutputsAndRedoesMissingOrBrokenOnes() throws IOException {
        Path sheet = csv("nama,foto", "Satu,foto/siti.jpg", "Dua,foto/budi.jpg", "Tiga,foto/siti.jpg");
        assertThat(run(job(sheet, out, null, false, false, false, 2)).done()).isEqualTo(3);
        FileTime old = FileTime.fromMillis(1_000_000_000L);
        Files.setLastModifiedTime(out.resolve("Satu.jpg"), old);
        byte[] whole = Files.readAllBytes(out.resolve("Dua.jpg"));
        Files.write(out.resolve("Dua.jpg"), java.util.Arrays.copyOf(whole, whole.length / 2)); // killed mid-write
        Files.delete(out.resolve("Tiga.jpg"));

        BatchSummary again = run(job(sheet, out, null, true, false, false, 2));

        assertThat(again.skipped()).isEqualTo(1);
        assertThat(again.done()).isEqualTo(2);
        assertThat(Files.getLastModifiedTime(out.resolve("Satu.jpg"))).as("untouched").isEqualTo(old);
        assertThat(Files.readAllBytes(out.resolve("Dua.jpg"))).isEqualTo(whole);
        assertThat(out.resolve("Tiga.jpg")).isRegularFile();
        assertThat(report().subList(1, 4)).extracting(r -> r.get(1)).containsExactly("skipped", "ok", "ok");
    }

    @Test
    void existingOutputsFailTheirRowsUnlessResumedOrForced() throws IOException {
        Path sheet = csv("nama,foto", "Satu,foto/siti.jpg");
        run(job(sheet, out, null, false, false, false, 1));
        BatchSummary refused = run(job(sheet, out, null, false, false, false, 1));
        assertThat(refused.failed()).isEqualTo(1);
        assertThat(report().get(1).get(4)).contains("--resume").contains("--force");
        assertThat(run(job(sheet, out, null, false, true, false, 1)).done()).isEqualTo(1);
    }

    @Test
    void failFastStopsAtTheFirstFailedRow() throws IOException {
        Path sheet = csv("nama,foto", "Satu,foto/tidak-ada.jpg", "Dua,foto/siti.jpg", "Tiga,foto/siti.jpg");
        BatchSummary summary = run(job(sheet, out, null, false, false, true, 1));
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.done()).isZero();
        assertThat(summary.allGood()).isFalse();
        assertThat(out.resolve("Dua.jpg")).doesNotExist();
    }

    @Test
    void anOutputNeverReplacesItsOwnPhoto() throws IOException {
        Path sheet = csv("nama,foto", "siti,siti.jpg");
        out = dir.resolve("foto");
        Files.move(dir.resolve("foto/siti.jpg"), dir.resolve("siti.jpg"));
        Files.move(sheet, dir.resolve("foto/pegawai.csv"));
        Files.copy(dir.resolve("siti.jpg"), dir.resolve("foto/siti.jpg"));
        byte[] original = Files.readAllBytes(dir.resolve("foto/siti.jpg"));
        BatchSummary summary = run(job(dir.resolve("foto/pegawai.csv"), out, null, false, true, false, 1));
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(Files.readAllBytes(dir.resolve("foto/siti.jpg"))).isEqualTo(original);
    }

    @Test
    void aPhotoPathTheSystemCannotHoldFailsOnlyItsRow() throws IOException {
        Path sheet = csv("nama,foto", "Satu,foto/si\u0000ti.jpg", "Dua,foto/siti.jpg");
        BatchSummary summary = run(job(sheet, out, null, false, false, false, 1));
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.done()).isEqualTo(1);
        assertThat(report().get(1).get(4)).contains("tidak valid");
    }

    @Test
    void namePatternNamingAMissingColumnIsRefusedBeforeAnyWork() throws IOException {
        Path sheet = csv("nama,foto", "Satu,foto/siti.jpg");
        assertThatThrownBy(() -> run(job(sheet, out, "{nip}_{nama}", false, false, false, 1)))
                .isInstanceOf(BadInputException.class)
                .extracting(e -> ((BadInputException) e).reason().key()).isEqualTo("batch.csv.error.name-column");
        assertThat(out).doesNotExist();
    }

    @Test
    void rowsInFlightNeverExceedTheThreadsWhateverTheSheetLength() throws IOException {
        StringBuilder sheet = new StringBuilder("nama,foto\n");
        for (int i = 0; i < 60; i++) {
            sheet.append("Orang ").append(i).append(",foto/siti.jpg\n");
        }
        Path file = Files.writeString(dir.resolve("banyak.csv"), sheet);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        RowWork counting = new RowWork() {
            @Override
            public PhotoRef photo(Path f) {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                return new PhotoRef(f, 10, 10);
            }

            @Override
            public BufferedImage render(Document document, int width) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new BufferedImage(width, width, BufferedImage.TYPE_INT_RGB);
            }

            @Override
            public id.bingkai.core.guideline.GuidelineReport check(Document document, int width) {
                return new id.bingkai.core.guideline.GuidelineReport(List.of());
            }

            @Override
            public void write(BufferedImage image, Path f, ExportOptions options) {
                inFlight.decrementAndGet();
            }
        };
        BatchSummary summary = new BatchRunner(counting, MESSAGES).run(job(file, out, null, false, false, false, 3),
                BatchListener.NONE);
        assertThat(summary.done()).isEqualTo(60);
        assertThat(most.get()).isBetween(1, 3);
    }

    private Path people(int rows) throws IOException {
        StringBuilder sheet = new StringBuilder("nama,foto\n");
        for (int i = 1; i <= rows; i++) {
            sheet.append("Orang ").append(i).append(i % 2 == 0 ? ",foto/siti.jpg\n" : ",foto/budi.jpg\n");
        }
        return Files.writeString(dir.resolve("orang.csv"), sheet);
    }

    /** Stops once {@code after} rows have finished, as a user pressing Stop would. */
    private static final class StopAfter implements BatchListener {
        private final int after;
        private final AtomicInteger finished = new AtomicInteger();

        StopAfter(int after) {
            this.after = after;
        }

        @Override
        public void finished(RowResult result) {
            finished.incrementAndGet();
        }

        boolean cancelled() {
            return finished.get() >= after;
        }
    }

    private List<String> outputs() throws IOException {
        try (var files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(BatchJob.REPORT_NAME)).toList();
        }
    }

    @Test
    void cancellingAfterThreeRowsLeavesThreeImagesAndReportsEveryOtherRowAsStoppedByTheUser() throws IOException {
        Path sheet = people(8);
        StopAfter stop = new StopAfter(3);

        BatchSummary summary = new BatchRunner(BatchFixtures.realWork(), MESSAGES)
                .run(job(sheet, out, null, true, false, false, 1), stop, stop::cancelled);

        assertThat(summary.rows()).isEqualTo(8);
        assertThat(summary.done()).isEqualTo(3);
        assertThat(summary.notRun()).isEqualTo(5);
        assertThat(outputs()).containsExactlyInAnyOrder("Orang 1.jpg", "Orang 2.jpg", "Orang 3.jpg");
        List<List<String>> report = report();
        assertThat(report.subList(1, report.size())).extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(2))
                .containsExactly("2 ok Orang 1.jpg", "3 ok Orang 2.jpg", "4 ok Orang 3.jpg",
                        "5 not-run Orang 4.jpg", "6 not-run Orang 5.jpg", "7 not-run Orang 6.jpg",
                        "8 not-run Orang 7.jpg", "9 not-run Orang 8.jpg");
        assertThat(report.get(4).get(4)).contains("dihentikan");
        assertThat(report.get(4).get(4)).doesNotContain("--fail-fast");

        BatchSummary again = run(job(sheet, out, null, true, false, false, 2));
        assertThat(again.skipped()).as("a second run with resume continues where the first stopped").isEqualTo(3);
        assertThat(again.done()).isEqualTo(5);
    }

    @Test
    void withSeveralWorkersTheRowsInFlightFinishAndOnlyTheirImagesExist() throws IOException {
        Path sheet = people(24);
        StopAfter stop = new StopAfter(2);

        BatchSummary summary = new BatchRunner(BatchFixtures.realWork(), MESSAGES)
                .run(job(sheet, out, null, false, false, false, 3), stop, stop::cancelled);

        assertThat(summary.done()).as("two finished, at most two more were rendering").isBetween(2, 4);
        assertThat(summary.done() + summary.notRun()).isEqualTo(24);
        List<List<String>> report = report();
        assertThat(report).hasSize(25);
        assertThat(outputs()).as("an image on disk for every row reported done, and for no other")
                .containsExactlyInAnyOrderElementsOf(report.stream().filter(r -> r.get(1).equals("ok"))
                        .map(r -> r.get(2)).toList());
        try (var files = Files.list(out)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(n -> n.contains(".tmp-"));
        }
    }
}
