// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import static id.bingkai.core.batch.BatchFixtures.MESSAGES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bingkai.core.batch.RowResult.Status;
import id.bingkai.core.error.BadInputException;
import id.bingkai.core.error.RefusedException;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.export.ExportOptions;
import id.bingkai.core.io.export.ImageFormat;
import id.bingkai.core.io.export.pdf.PdfOptions;
import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.LocalizedText;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.PrintSize;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.SlotShape;
import id.bingkai.core.model.TextField;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's own steps with row work that renders nothing: statuses, reasons, options, listener, counts. */
class BatchRunnerStepsTest {
    private static final Placement PLACEMENT = new Placement(0.1, -0.2, 1.5, 0, false);

    @TempDir
    Path dir;
    Path out;
    final FakeRowWork work = new FakeRowWork();
    final Recorder listener = new Recorder();

    @BeforeEach
    void photos() throws IOException {
        Files.createDirectories(dir.resolve("foto/map.jpg"));
        for (String name : List.of("s.jpg", "bad.jpg", "refused.jpg", "oom.jpg", "boom.jpg", "error.jpg",
                "blocked.jpg")) {
            Files.write(dir.resolve("foto").resolve(name), new byte[] {1});
        }
        out = dir.resolve("hasil");
    }

    @AfterEach
    void noInterruptLeft() {
        assertThat(Thread.interrupted()).as("the runner leaves the caller's thread as it found it").isFalse();
    }

    /** Every call the runner makes on its listener. */
    static final class Recorder implements BatchListener {
        final List<Msg> notices = new CopyOnWriteArrayList<>();
        final List<Integer> started = new CopyOnWriteArrayList<>();
        final Map<Integer, RowResult> rows = new ConcurrentHashMap<>();

        @Override
        public void notice(Msg message) {
            notices.add(message);
        }

        @Override
        public void started(int total) {
            started.add(total);
        }

        @Override
        public void finished(RowResult result) {
            rows.put(result.row(), result);
        }
    }

    /** The fixture's frame, but the unit has a text of its own to keep when the sheet has no unit column. */
    static Frame frame() {
        Frame base = BatchFixtures.frame();
        return new Frame(base.id(), base.name(), base.kind(), base.canvas(), base.background(), base.slots(),
                base.layers(), List.of(new TextField("nama", LocalizedText.of("Nama"), "", 40),
                        new TextField("unit", LocalizedText.of("Unit"), "Bawaan", 60)), false);
    }

    private BatchJob job(Path sheet, boolean resume, boolean overwrite, boolean failFast, int threads) {
        Frame frame = frame();
        return new BatchJob(sheet, out, BatchFixtures.pack(frame), frame, 200, ImageFormat.JPEG, 0.8f,
                Optional.of(NamePattern.parse("{nama}")), PLACEMENT, threads, resume, overwrite, failFast,
                List.of(FramePack.CAMPAIGN_TAG), new ColumnMap(Map.of("unit", "")));
    }

    private Path sheet(String... lines) throws IOException {
        return Files.writeString(dir.resolve("pegawai.csv"), String.join("\n", lines) + "\n");
    }

    private BatchSummary run(BatchJob job) {
        return new BatchRunner(work, MESSAGES).run(job, listener);
    }

    @Test
    void everyWayARowCanEndIsCountedReportedAndToldToTheListener() throws IOException {
        Path sheet = sheet("nama;unit;nip;foto",
                "Siti;Biro;;foto/s.jpg",
                "Hilang;Biro;;foto/none.jpg",
                "Folder;Biro;;foto/map.jpg",
                "Rusak;Biro;;foto/bad.jpg",
                "Tolak;Biro;;foto/refused.jpg",
                "Besar;Biro;;foto/oom.jpg",
                "Bug;Biro;;foto/boom.jpg",
                "Blok;Biro;;foto/blocked.jpg",
                "Galat;Biro;;foto/error.jpg",
                "Lebih;Biro;;foto/s.jpg;x",
                "Catat;Biro;123;foto/s.jpg",
                "Lama;Biro;;foto/s.jpg");
        Files.createDirectories(out);
        Files.write(out.resolve("Lama.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, (byte) 0xFF, (byte) 0xD9});

        long before = System.nanoTime();
        BatchSummary summary = run(job(sheet, true, false, false, 2));
        long outer = System.nanoTime() - before;

        assertThat(listener.started).containsExactly(12);
        assertThat(listener.rows).hasSize(12);
        Map<Integer, RowResult> rows = listener.rows;
        assertThat(rows.get(2).status()).isEqualTo(Status.DONE);
        assertThat(rows.get(2).reason()).isEmpty();
        assertThat(rows.get(2).output()).isEqualTo("Siti.jpg");
        assertThat(rows.get(2).photo()).isEqualTo("foto/s.jpg");
        assertThat(rows.get(3).reason()).contains(Msg.of("batch.row.error.photo-missing",
                dir.resolve("foto/none.jpg")));
        assertThat(rows.get(4).reason()).contains(Msg.of("batch.row.error.photo-missing",
                dir.resolve("foto/map.jpg")));
        assertThat(rows.get(5).reason()).contains(FakeRowWork.BAD);
        assertThat(rows.get(6).reason()).contains(FakeRowWork.REFUSED);
        assertThat(rows.get(7).reason()).contains(Msg.of("batch.row.error.memory"));
        assertThat(rows.get(8).reason()).contains(Msg.of("batch.row.error.unexpected", "IllegalStateException",
                "boom"));
        assertThat(rows.get(9).reason()).contains(Msg.of("batch.row.error.blocked", FakeRowWork.BLOCKED));
        assertThat(rows.get(10).reason()).contains(Msg.of("batch.row.error.unexpected", "AssertionError", "aduh"));
        assertThat(rows.get(11).reason()).contains(Msg.of("batch.row.error.extra-cells", 1));
        assertThat(rows.get(12).status()).isEqualTo(Status.DONE);
        assertThat(rows.get(12).note()).contains(Msg.of("batch.row.note.nip", "123"));
        assertThat(rows.get(13).status()).isEqualTo(Status.SKIPPED);
        assertThat(rows.values()).filteredOn(r -> r.status() == Status.FAILED).extracting(RowResult::row)
                .containsExactlyInAnyOrder(3, 4, 5, 9, 11);
        assertThat(rows.values()).filteredOn(r -> r.status() == Status.ERROR).extracting(RowResult::row)
                .containsExactlyInAnyOrder(6, 7, 8, 10);
        assertThat(rows.values()).allSatisfy(r -> assertThat(r.photo()).startsWith("foto/"));

        assertThat(summary).extracting(BatchSummary::rows, BatchSummary::done, BatchSummary::skipped,
                BatchSummary::failed, BatchSummary::errors, BatchSummary::notRun, BatchSummary::noted)
                .containsExactly(12, 2, 1, 5, 4, 0, 1);
        assertThat(summary.report()).isEqualTo(out.resolve("report.csv"));
        assertThat(summary.elapsed().toNanos()).isBetween(0L, outer);
        assertThat(listener.notices).as("UTF-8 and no earlier report: nothing to tell").isEmpty();
        List<String> report = Files.readAllLines(out.resolve("report.csv"));
        assertThat(report).hasSize(13);
        assertThat(report.get(1)).startsWith("2;ok;Siti.jpg;foto/s.jpg;;");
        assertThat(report.get(11)).startsWith("12;ok;Catat.jpg;foto/s.jpg;;\"NIP 123 ");
        assertThat(report.get(12)).startsWith("13;skipped;Lama.jpg;");
    }

    @Test
    void theDocumentHasTheRowsTextsTheFramesOwnWhereTheSheetHasNoneAndThePhotoAsPlaced() throws IOException {
        Path sheet = sheet("nama,foto", "Siti Aminah,foto\\s.jpg");
        run(job(sheet, false, false, false, 1));
        Document doc = work.documents.get("Siti Aminah");
        assertThat(doc.texts()).containsEntry("nama", "Siti Aminah").containsEntry("unit", "Bawaan");
        assertThat(doc.primaryPhoto()).hasValueSatisfying(p -> {
            assertThat(p.photo().path()).isEqualTo(dir.resolve("foto/s.jpg"));
            assertThat(p.placement()).isEqualTo(PLACEMENT);
        });
        assertThat(work.images).containsOnlyKeys("Siti Aminah.jpg");
        assertThat(work.images.get("Siti Aminah.jpg")).isEqualTo(new ExportOptions(ImageFormat.JPEG, 0.8f, false,
                List.of(FramePack.CAMPAIGN_TAG)));
        assertThat(work.pdfs).isEmpty();
        assertThat(work.threads.get("s.jpg")).as("a worker that never keeps the program alive")
                .isEqualTo("bingkai-batch-1 daemon");
    }

    @Test
    void anOutputIsReplacedOnlyWhenTheJobSaysSoOrResumeRedoesABrokenOne() throws IOException {
        Path sheet = sheet("nama,foto", "Baru,foto/s.jpg", "Patah,foto/s.jpg");
        Files.createDirectories(out);
        Files.write(out.resolve("Patah.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 0});
        assertThat(run(job(sheet, true, false, false, 1)).done()).isEqualTo(2);
        assertThat(work.images.get("Baru.jpg").overwrite()).isFalse();
        assertThat(work.images.get("Patah.jpg").overwrite()).isTrue();

        Files.delete(out.resolve("Baru.jpg"));
        assertThat(run(job(sheet, false, true, false, 1)).done()).isEqualTo(2);
        assertThat(work.images.get("Baru.jpg").overwrite()).as("forced").isTrue();
    }

    @Test
    void aPdfJobWritesPdfsWithTheOverwriteTheRowNeeds() throws IOException {
        Path sheet = sheet("nama,foto", "Baru,foto/s.jpg", "Patah,foto/s.jpg");
        Files.createDirectories(out);
        Files.writeString(out.resolve("Patah.pdf"), "%PDF-1.7 cut");
        PdfOptions options = PdfOptions.defaults("Kartu");
        BatchSummary summary = run(job(sheet, true, false, false, 1).withPdf(options));
        assertThat(summary.done()).isEqualTo(2);
        assertThat(work.images).isEmpty();
        assertThat(work.pdfs).containsEntry("Baru.pdf", options.withOverwrite(false))
                .containsEntry("Patah.pdf", options.withOverwrite(true));
        assertThat(listener.rows.get(2).output()).isEqualTo("Baru.pdf");
    }

    @Test
    void aSheetReadTheWindowsWayAndAnEarlierReportAreToldToTheListener() throws IOException {
        Path sheet = Files.write(dir.resolve("pegawai.csv"), "nama,foto\nDésirée,foto/s.jpg\n"
                .getBytes(Charset.forName("windows-1252")));
        run(job(sheet, false, false, false, 1));
        assertThat(listener.notices).containsExactly(Msg.of("batch.csv.notice.encoding", Path.of("pegawai.csv"),
                "Windows-1252"));
        assertThat(work.documents).containsKey("Désirée");

        listener.notices.clear();
        Files.writeString(sheet, "nama,foto\nAni,foto/s.jpg\n", StandardCharsets.UTF_8);
        run(job(sheet, false, false, false, 1));
        assertThat(listener.notices).containsExactly(Msg.of("batch.report.kept", Path.of("report-1.csv")));
        assertThat(out.resolve("report-1.csv")).content().contains("Désirée");
    }

    @Test
    void failFastStopsReadingAtARowThatFailsBeforeRendering() throws IOException {
        Path sheet = sheet("nama,foto", "Satu,foto/s.jpg,lebih", "Dua,foto/s.jpg", "Tiga,foto/s.jpg");
        BatchSummary summary = run(job(sheet, false, false, true, 1));
        assertThat(summary.rows()).isEqualTo(1);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.allGood()).isFalse();
        assertThat(Files.readAllLines(out.resolve("report.csv"))).hasSize(2);
        assertThat(work.images).isEmpty();

        BatchSummary onward = run(job(sheet, false, false, false, 1));
        assertThat(onward.rows()).as("without fail-fast every row is read").isEqualTo(3);
        assertThat(onward.done()).isEqualTo(2);
    }

    @Test
    void rowsAfterAFailureWhileRenderingAreNotRunUnderFailFast() throws IOException {
        Path sheet = sheet("nama,foto", "Satu,foto/none.jpg", "Dua,foto/s.jpg", "Tiga,foto/s.jpg", "Empat,foto/s.jpg");
        BatchSummary summary = run(job(sheet, false, false, true, 1));
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.done()).isZero();
        assertThat(summary.notRun()).isEqualTo(summary.rows() - 1);
        assertThat(listener.rows.values()).filteredOn(r -> r.status() == Status.NOT_RUN)
                .allSatisfy(r -> assertThat(r.reason()).contains(Msg.of("batch.row.not-run")));
        assertThat(work.images).isEmpty();
    }

    @Test
    void aStopSeenByTheWorkerLeavesTheRowNotRunStoppedByTheUser() throws IOException {
        Path sheet = sheet("nama,foto", "Satu,foto/s.jpg", "Dua,foto/s.jpg");
        AtomicInteger asked = new AtomicInteger();
        BatchSummary summary = new BatchRunner(work, MESSAGES).run(job(sheet, false, false, false, 1), listener,
                () -> asked.incrementAndGet() > 0 && Thread.currentThread().getName().startsWith("bingkai-batch-"));
        assertThat(summary.notRun()).isEqualTo(2);
        assertThat(summary.rows()).isEqualTo(2);
        assertThat(listener.rows.values()).extracting(RowResult::output, RowResult::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Satu.jpg", Optional.of(Msg.of("batch.row.stopped"))),
                org.assertj.core.groups.Tuple.tuple("Dua.jpg", Optional.of(Msg.of("batch.row.stopped"))));
        assertThat(work.images).isEmpty();
        assertThat(asked.get()).as("asked before each row is read and again by the worker").isEqualTo(4);
    }

    @Test
    void aStopBeforeTheFirstRowLeavesEveryRowNotRunWithItsName() throws IOException {
        Path sheet = sheet("nama,foto", "Satu,foto/s.jpg", "Satu,foto/s.jpg", ",foto/s.jpg");
        BatchSummary summary = new BatchRunner(work, MESSAGES).run(job(sheet, false, false, false, 2), listener,
                () -> true);
        assertThat(summary.rows()).isEqualTo(3);
        assertThat(summary.notRun()).isEqualTo(3);
        assertThat(summary.allGood()).isFalse();
        assertThat(listener.rows.values()).extracting(RowResult::output)
                .containsExactlyInAnyOrder("Satu.jpg", "Satu_2.jpg", "");
        assertThat(work.threads).isEmpty();
    }

    @Test
    void aFrameWithSeveralPhotoPlacesIsRefusedBeforeTheSheetIsRead() throws IOException {
        Frame base = frame();
        Frame two = new Frame("dua", base.name(), base.kind(), base.canvas(), base.background(),
                List.of(base.slots().getFirst(), PhotoSlot.of("foto2", SlotShape.RECTANGLE, new Rect(0, 0, 10, 10))),
                base.layers(), base.fields(), false);
        BatchJob job = new BatchJob(dir.resolve("tidak-ada.csv"), out, BatchFixtures.pack(two), two, 200,
                ImageFormat.JPEG, 0.8f, Optional.empty(), PLACEMENT, 1, false, false, false, List.of());
        assertThatThrownBy(() -> run(job)).isInstanceOfSatisfying(RefusedException.class, e -> {
            assertThat(e.userMessage().key()).isEqualTo("batch.error.several-places");
            assertThat(e.userMessage().args().subList(0, 2)).containsExactly("dua", 2);
        });
        assertThat(out).doesNotExist();
    }

    @Test
    void aNamePatternNamingAMissingColumnListsOnlyTheNamedColumns() throws IOException {
        Path sheet = sheet("nama,,foto", "Siti,,foto/s.jpg");
        BatchJob job = new BatchJob(sheet, out, BatchFixtures.pack(frame()), frame(), 200, ImageFormat.JPEG, 0.8f,
                Optional.of(NamePattern.parse("{nip}_{nama}")), PLACEMENT, 1, false, false, false, List.of(),
                new ColumnMap(Map.of("unit", "")));
        assertThatThrownBy(() -> run(job)).isInstanceOfSatisfying(BadInputException.class, e -> {
            assertThat(e.file()).isEqualTo(sheet);
            assertThat(e.reason().key()).isEqualTo("batch.csv.error.name-column");
            assertThat(e.reason().args()).extracting(Object::toString)
                    .containsExactly("nip", "{nip}_{nama}", "nama, foto");
        });
    }

    @Test
    void aFrameWithoutPhotoPlaceMakesEachRowFromItsTextsAlone() throws IOException {
        Frame base = frame();
        Frame card = new Frame("kartu", base.name(), base.kind(), new CanvasSize(432, 606), base.background(),
                List.of(), base.layers(), base.fields(), false, GuidelineSettings.DEFAULT,
                Optional.of(new PrintSize(210, 297, 3)));
        Path sheet = sheet("nama", "Siti");
        BatchJob job = new BatchJob(sheet, out, BatchFixtures.pack(card), card, 432, ImageFormat.PNG, 0.8f,
                Optional.empty(), PLACEMENT, 1, false, false, false, List.of(), new ColumnMap(Map.of("unit", "")));
        BatchSummary summary = run(job);
        assertThat(summary.done()).isEqualTo(1);
        Document doc = work.documents.get("Siti");
        assertThat(doc.texts()).containsEntry("nama", "Siti").containsEntry("unit", "Bawaan");
        assertThat(doc.primaryPhoto()).isEmpty();
        assertThat(work.threads).as("no photo read").isEmpty();
        assertThat(work.images).containsOnlyKeys("Siti.png");
    }
}
