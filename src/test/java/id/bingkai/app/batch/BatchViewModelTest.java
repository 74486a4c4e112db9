// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.batch;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.app.batch.BatchViewModel.Phase;
import id.bingkai.app.common.ExecutorTaskRunner;
import id.bingkai.app.common.TaskRunner;
import id.bingkai.core.batch.BatchJob;
import id.bingkai.core.batch.CoreRowWork;
import id.bingkai.core.batch.CsvTemplate;
import id.bingkai.core.batch.SheetEncoding;
import id.bingkai.core.batch.RowResult;
import id.bingkai.core.batch.RowWork;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.core.io.export.ExportOptions;
import id.bingkai.core.io.export.ImageFormat;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.testing.TestFrames;
import id.bingkai.testing.TestPhotos;
import id.bingkai.wiring.Services;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchViewModelTest {
    private static final Messages ID = new Messages(Locale.of("id"));
    private static final Services SERVICES = Services.create(ID);
    /** A row done by the same core services as the editor's and the batch command's. */
    private static final RowWork REAL = new CoreRowWork(SERVICES.images(), SERVICES.renderer(), SERVICES.exporter(),
            SERVICES.checker());

    @TempDir
    Path dir;
    private final FramePack pack = TestFrames.pack("satu");
    /** Background work waits here until the test runs it, so every state in between can be looked at. */
    private final Queue<Runnable> background = new ArrayDeque<>();

    @BeforeEach
    void photos() throws IOException {
        Files.createDirectories(dir.resolve("foto"));
        TestPhotos.jpeg(dir.resolve("foto"), "siti.jpg", 240, 180);
        TestPhotos.jpeg(dir.resolve("foto"), "budi.jpg", 180, 240);
    }

    private BatchViewModel vm(RowWork work, TaskRunner tasks) {
        return new BatchViewModel(pack, pack.frame("persegi").orElseThrow(),
                new BatchServices(work, tasks, new AtomicFiles(), new AtomicInteger()::getAndIncrement, 1), ID, dir);
    }

    private BatchViewModel vm() {
        return vm(REAL, TaskRunner.sameThread());
    }

    private TaskRunner queued() {
        return new ExecutorTaskRunner(background::add, Runnable::run);
    }

    private void runQueued() {
        for (Runnable r = background.poll(); r != null; r = background.poll()) {
            r.run();
        }
    }

    private Path csv(String... lines) throws IOException {
        return Files.writeString(dir.resolve("pegawai.csv"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /** A sheet of three, the second one's photo missing. */
    private Path three() throws IOException {
        return csv("nama;unit;nip;foto", "Siti Aminah;Biro Umum;101;foto/siti.jpg",
                "Budi;Biro Umum;102;foto/tidak-ada.jpg", "Ani;Keuangan;103;foto/budi.jpg");
    }

    private static Msg reason(Msg fileMessage) {
        assertThat(fileMessage.key()).isEqualTo("error.file");
        return (Msg) fileMessage.args().get(1);
    }

    private List<String> images() throws IOException {
        Path out = dir.resolve("hasil-pegawai");
        try (var files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(BatchJob.REPORT_NAME)).sorted()
                    .toList();
        }
    }

    @Test
    void aSheetThatIsNotUtf8IsReadAsWindows1252AndSaysSo() throws IOException {
        Path cp1252 = Files.write(dir.resolve("pegawai.csv"),
                "nama;unit;foto\r\nDésirée Nuñez;Humas;foto/siti.jpg\r\n".getBytes(Charset.forName("windows-1252")));
        BatchViewModel vm = vm();
        vm.openSheet(cp1252);
        assertThat(vm.sheetProblemProperty().get()).isNull();
        SheetInfo sheet = vm.sheetProperty().get();
        assertThat(sheet.encoding()).isEqualTo(SheetEncoding.WINDOWS_1252);
        assertThat(sheet.first().orElseThrow().get("nama")).isEqualTo("Désirée Nuñez");
        assertThat(vm.exampleProperty().get()).isEqualTo("Désirée Nuñez.jpg");
        assertThat(vm.canStartProperty().get()).isTrue();
    }

    @Test
    void aSheetWithoutAPhotoColumnOrNoFileAtAllIsRefusedWithTheReason() throws IOException {
        BatchViewModel vm = vm();
        vm.openSheet(csv("nama;unit", "Siti;Biro Umum"));
        assertThat(reason(vm.sheetProblemProperty().get()).key()).isEqualTo("batch.csv.error.no-photo-column");
        vm.openSheet(dir.resolve("hilang.csv"));
        assertThat(reason(vm.sheetProblemProperty().get()).key()).isEqualTo("batch.csv.error.missing");
        assertThat(ID.format(vm.sheetProblemProperty().get())).contains("hilang.csv");
        vm.openSheet(three());
        assertThat(vm.sheetProblemProperty().get()).as("a good sheet clears the old problem").isNull();
    }

    @Test
    void theSheetSaysWhichFieldsItFillsWhichAreMissingAndWhichPhotosCannotBeFound() throws IOException {
        BatchViewModel vm = vm();
        vm.openSheet(csv("Nama,NIP,foto", "Siti,101,foto/siti.jpg", "Budi,102,foto/tidak-ada.jpg", "Ani,103,",
                "Dewi,104,foto/budi.jpg"));
        SheetInfo sheet = vm.sheetProperty().get();
        assertThat(sheet.rows()).isEqualTo(4);
        assertThat(sheet.found()).containsExactly("nama");
        assertThat(sheet.missing()).containsExactly("unit");
        assertThat(sheet.extra()).containsExactly("nip");
        assertThat(sheet.photoProblems()).containsExactly(3, 4);
        assertThat(sheet.photoProblemCount()).isEqualTo(2);
        assertThat(vm.canStartProperty().get()).as("unit has no column and no choice yet").isFalse();
        vm.columnChoices().choice("unit").set(ColumnChoices.KEEP);
        assertThat(vm.canStartProperty().get()).isTrue();
    }

    @Test
    void theExampleNameComesFromTheFirstRowAndFollowsPatternAndFormat() throws IOException {
        BatchViewModel vm = vm();
        assertThat(vm.patternProperty().get()).isEqualTo("{nama}");
        vm.openSheet(three());
        assertThat(vm.exampleProperty().get()).isEqualTo("Siti Aminah.jpg");
        vm.formatProperty().set(ImageFormat.PNG);
        assertThat(vm.exampleProperty().get()).isEqualTo("Siti Aminah.png");
        vm.patternProperty().set("{nip}_{nama}");
        assertThat(vm.exampleProperty().get()).isEqualTo("101_Siti Aminah.png");

        vm.patternProperty().set("{jabatan}_{nama}");
        assertThat(vm.patternProblemProperty().get().key()).isEqualTo("batch.csv.error.name-column");
        assertThat(ID.format(vm.patternProblemProperty().get())).contains("jabatan");
        assertThat(vm.canStartProperty().get()).isFalse();
        vm.patternProperty().set("{nama");
        assertThat(vm.patternProblemProperty().get().key()).isEqualTo("batch.ui.pattern.invalid");
        assertThat(vm.exampleProperty().get()).isEmpty();
        vm.patternProperty().set("{baris}-{nama}");
        assertThat(vm.patternProblemProperty().get()).isNull();
        assertThat(vm.exampleProperty().get()).isEqualTo("2-Siti Aminah.png");
    }

    @Test
    void aNewSheetBringsItsDefaultsButKeepsWhatTheUserChose() throws IOException {
        BatchViewModel vm = vm();
        vm.openSheet(csv("unit;foto", "Biro Umum;foto/siti.jpg"));
        assertThat(vm.patternProperty().get()).as("no nama column: the row number").isEqualTo("bingkai-{baris}");
        assertThat(vm.outDirProperty().get()).isEqualTo(dir.resolve("hasil-pegawai"));

        vm.openSheet(three());
        assertThat(vm.patternProperty().get()).isEqualTo("{nama}");
        vm.patternProperty().set("{nip}");
        Path chosen = dir.resolve("di-sini");
        vm.outDirProperty().set(chosen);
        Path other = Files.copy(dir.resolve("pegawai.csv"), dir.resolve("lain.csv"));
        vm.openSheet(other);
        assertThat(vm.patternProperty().get()).isEqualTo("{nip}");
        assertThat(vm.outDirProperty().get()).isEqualTo(chosen);
        assertThat(vm.startFolder()).isEqualTo(dir);
    }

    @Test
    void aRunMakesEveryGoodRowAndListsTheFailedOneWithItsReason() throws IOException {
        BatchViewModel vm = vm();
        vm.openSheet(three());
        vm.sizeProperty().set(vm.sizes().stream().filter(p -> p.width() == 400).findFirst().orElseThrow());
        vm.start(false);

        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.FINISHED);
        assertThat(vm.summaryProperty().get().done()).isEqualTo(2);
        assertThat(vm.summaryProperty().get().failed()).isEqualTo(1);
        assertThat(images()).containsExactly("Ani.jpg", "Siti Aminah.jpg");
        assertThat(vm.report()).isRegularFile();
        assertThat(vm.failures()).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(3);
            assertThat(r.output()).isEqualTo("Budi.jpg");
            assertThat(r.reason().orElseThrow().key()).isEqualTo("batch.row.error.photo-missing");
        });
        assertThat(vm.progressProperty().get().finished()).isEqualTo(3);
        assertThat(vm.progressProperty().get().fraction()).isEqualTo(1.0);
        BufferedImage made = javax.imageio.ImageIO.read(dir.resolve("hasil-pegawai/Ani.jpg").toFile());
        assertThat(made.getWidth()).isEqualTo(400);
    }

    @Test
    void runningAgainSkipsFinishedImagesAndWithSkipOffAsksBeforeReplacingThem() throws IOException {
        BatchViewModel vm = vm();
        vm.openSheet(three());
        vm.start(false);
        FileTime old = FileTime.fromMillis(1_000_000_000L);
        Path siti = dir.resolve("hasil-pegawai/Siti Aminah.jpg");
        Files.setLastModifiedTime(siti, old);

        vm.again();
        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.SETUP);
        assertThat(vm.failures()).isEmpty();
        vm.start(false);
        assertThat(vm.summaryProperty().get().skipped()).isEqualTo(2);
        assertThat(Files.getLastModifiedTime(siti)).isEqualTo(old);

        vm.again();
        vm.resumeProperty().set(false);
        vm.start(false);
        assertThat(vm.existingImagesProperty().get()).as("asks first").isEqualTo(2);
        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.SETUP);
        assertThat(Files.getLastModifiedTime(siti)).isEqualTo(old);
        vm.start(true);
        assertThat(vm.summaryProperty().get().done()).isEqualTo(2);
        assertThat(Files.getLastModifiedTime(siti)).isNotEqualTo(old);
    }

    @Test
    void stopFinishesTheRowInFlightAndReportsTheRestAsNotMade() throws IOException {
        AtomicReference<BatchViewModel> self = new AtomicReference<>();
        AtomicInteger renders = new AtomicInteger();
        RowWork stopDuringSecond = new RowWork() {
            @Override
            public PhotoRef photo(Path file) {
                return REAL.photo(file);
            }

            @Override
            public BufferedImage render(Document document, int width) {
                if (renders.incrementAndGet() == 2) {
                    self.get().cancel();
                }
                return REAL.render(document, width);
            }

            @Override
            public id.bingkai.core.guideline.GuidelineReport check(Document document, int width) {
                return REAL.check(document, width);
            }

            @Override
            public void write(BufferedImage image, Path file, ExportOptions options) {
                REAL.write(image, file, options);
            }
        };
        BatchViewModel vm = vm(stopDuringSecond, TaskRunner.sameThread());
        self.set(vm);
        StringBuilder sheet = new StringBuilder("nama;foto\n");
        for (int i = 1; i <= 6; i++) {
            sheet.append("Orang ").append(i).append(";foto/siti.jpg\n");
        }
        vm.openSheet(Files.writeString(dir.resolve("pegawai.csv"), sheet));
        vm.columnChoices().choice("unit").set(ColumnChoices.KEEP);
        vm.start(false);

        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.FINISHED);
        assertThat(vm.stoppingProperty().get()).isFalse();
        assertThat(vm.summaryProperty().get().done()).isEqualTo(2);
        assertThat(vm.summaryProperty().get().notRun()).isEqualTo(4);
        assertThat(vm.failures()).as("rows not made are not failures").isEmpty();
        assertThat(images()).containsExactly("Orang 1.jpg", "Orang 2.jpg");
    }

    @Test
    void statesGoFromSetupToRunningToFinishedAndStopIsOnlyAskedOnce() throws IOException {
        BatchViewModel vm = vm(REAL, queued());
        assertThat(vm.canStartProperty().get()).as("no CSV yet").isFalse();
        vm.openSheet(three());
        assertThat(vm.readingProperty().get()).isTrue();
        assertThat(vm.canStartProperty().get()).isFalse();
        runQueued();
        assertThat(vm.readingProperty().get()).isFalse();
        assertThat(vm.canStartProperty().get()).isTrue();

        vm.start(false);
        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.RUNNING);
        assertThat(vm.canStartProperty().get()).isFalse();
        vm.start(false);
        assertThat(background).as("a second start while running does nothing").hasSize(1);
        vm.cancel();
        assertThat(vm.stoppingProperty().get()).isTrue();
        runQueued();

        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.FINISHED);
        assertThat(vm.summaryProperty().get().notRun()).as("stopped before any row started").isEqualTo(3);
        assertThat(vm.summaryProperty().get().done()).isZero();
        vm.cancel();
        assertThat(vm.stoppingProperty().get()).isFalse();
        vm.again();
        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.SETUP);
        assertThat(vm.readingProperty().get()).as("the CSV is read again").isTrue();
    }

    @Test
    void anOutputFolderThatCannotBeMadeGoesBackToTheSettingsWithTheReason() throws IOException {
        BatchViewModel vm = vm();
        vm.openSheet(three());
        Path blocker = Files.writeString(dir.resolve("berkas"), "bukan folder");
        vm.outDirProperty().set(blocker.resolve("hasil"));
        vm.start(false);
        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.SETUP);
        assertThat(vm.problemProperty().get()).isNotNull();
    }

    @Test
    void theTemplateHasTheFrameColumnsAndAnExampleRowAndReadsBackAsASheet() throws IOException {
        BatchViewModel vm = vm();
        assertThat(vm.templateName()).isEqualTo("templat-persegi.csv");
        vm.saveTemplate(dir.resolve("templat"));
        Path file = dir.resolve("templat.csv");
        assertThat(vm.templateSavedProperty().get()).isEqualTo(file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFnama;unit;foto\r\nSiti Aminah;Biro Umum;foto/siti-aminah.jpg\r\n");
        SheetInfo back = SheetInfo.read(file, pack.frame("persegi").orElseThrow());
        assertThat(back.found()).containsExactly("nama", "unit");
        assertThat(back.missing()).isEmpty();
        assertThat(back.rows()).isEqualTo(1);

        vm.saveTemplate(dir.resolve("templat"));
        assertThat(reason(vm.problemProperty().get()).key())
                .as("a name typed without .csv never replaces an existing file").isEqualTo("export.error.exists");
        vm.saveTemplate(file);
        assertThat(vm.templateSavedProperty().get()).as("the save dialog asked already").isEqualTo(file);
    }

    @Test
    void anEnglishTemplateUsesCommas() {
        CsvTemplate t = CsvTemplate.forFrame(pack.frame("status").orElseThrow(), new Messages(Locale.ENGLISH));
        assertThat(t.text()).isEqualTo("\uFEFFnama,foto\r\nSiti Aminah,foto/siti-aminah.jpg\r\n");
    }

    @Test
    void progressReachesTheUiCoalescedNotOnceARow() {
        Queue<Runnable> ui = new ArrayDeque<>();
        AtomicInteger delivered = new AtomicInteger();
        List<List<RowResult>> failures = new java.util.ArrayList<>();
        AtomicReference<BatchProgress> last = new AtomicReference<>();
        long[] now = {0};
        ProgressRelay relay = new ProgressRelay(new ExecutorTaskRunner(Runnable::run, ui::add), () -> now[0],
                (p, f) -> {
                    delivered.incrementAndGet();
                    last.set(p);
                    failures.add(f);
                });
        relay.started(300);
        for (int i = 0; i < 298; i++) {
            now[0] += 100_000_000L;
            relay.finished(new RowResult(i + 2, RowResult.Status.DONE, "x" + i + ".jpg", java.util.Optional.empty()));
        }
        relay.finished(new RowResult(300, RowResult.Status.FAILED, "y.jpg",
                java.util.Optional.of(Msg.of("batch.row.error.photo-missing", "y"))));
        assertThat(ui).as("one update waits, whatever the number of rows").hasSize(1);
        ui.poll().run();
        assertThat(delivered.get()).isEqualTo(1);
        assertThat(last.get().finished()).isEqualTo(299);
        assertThat(last.get().perSecond()).isCloseTo(299 / 29.8, org.assertj.core.data.Offset.offset(0.01));
        assertThat(last.get().secondsLeft()).isZero();
        assertThat(failures.getFirst()).extracting(RowResult::row).containsExactly(300);

        relay.finished(new RowResult(301, RowResult.Status.SKIPPED, "z.jpg", java.util.Optional.empty()));
        assertThat(ui).as("the next row posts again").hasSize(1);
        ui.poll().run();
        assertThat(last.get().finished()).isEqualTo(300);
        assertThat(failures.getLast()).isEmpty();
    }
}
