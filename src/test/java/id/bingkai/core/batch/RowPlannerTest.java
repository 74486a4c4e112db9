// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.batch.RowPlanner.RowPlan;
import id.bingkai.core.batch.RowResult.Status;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.export.ImageFormat;
import id.bingkai.core.io.export.pdf.PdfOptions;
import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.LocalizedText;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.PrintSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each row decided before any decoding: its name, its photo, and every reason it cannot run. */
class RowPlannerTest {
    private static final byte[] WHOLE_JPEG = {(byte) 0xFF, (byte) 0xD8, 0, (byte) 0xFF, (byte) 0xD9};

    @TempDir
    Path dir;
    Path out;
    Path sheet;

    @BeforeEach
    void folders() throws IOException {
        out = Files.createDirectories(dir.resolve("hasil"));
        sheet = Files.writeString(dir.resolve("pegawai.csv"), "nama,foto\n");
        Files.createDirectories(dir.resolve("foto"));
        Files.write(dir.resolve("foto/s.jpg"), WHOLE_JPEG);
    }

    private RowPlanner planner(boolean resume, boolean overwrite) {
        return new RowPlanner(BatchFixtures.job(sheet, out, "{nama}", resume, overwrite, false, 1),
                NamePattern.parse("{nama}"));
    }

    private static SheetRow row(int number, String nama, String foto) {
        return new SheetRow(number, Map.of("nama", nama, "foto", foto), 0);
    }

    private static void failedWith(RowPlan plan, String key, Object... args) {
        assertThat(plan.early()).isNotNull();
        assertThat(plan.early().status()).isEqualTo(Status.FAILED);
        assertThat(plan.early().reason()).contains(Msg.of(key, args));
    }

    @Test
    void aGoodRowIsPlannedWithItsNamePhotoAndOutput() {
        SheetRow row = row(2, "Siti Aminah", "foto\\s.jpg");
        RowPlan plan = planner(false, false).plan(row);
        assertThat(plan.early()).isNull();
        assertThat(plan.row()).isEqualTo(2);
        assertThat(plan.photoCell()).isEqualTo("foto\\s.jpg");
        assertThat(plan.photo()).isEqualTo(dir.toAbsolutePath().resolve("foto/s.jpg"));
        assertThat(plan.output()).isEqualTo(out.resolve("Siti Aminah.jpg"));
        assertThat(plan.cells()).isSameAs(row);
        assertThat(plan.outputExists()).isFalse();
        assertThat(plan.note()).isEmpty();
    }

    @Test
    void aNipOfTheWrongShapeIsANoteOnWhateverTheRowBecomes() {
        assertThat(RowPlanner.note(new SheetRow(2, Map.of("nip", "198001012005012001"), 0))).isEmpty();
        assertThat(RowPlanner.note(new SheetRow(2, Map.of("nip", "  "), 0))).isEmpty();
        assertThat(RowPlanner.note(new SheetRow(2, Map.of(), 0))).isEmpty();
        assertThat(RowPlanner.note(new SheetRow(2, Map.of("nip", "123"), 0)))
                .contains(Msg.of("batch.row.note.nip", "123"));

        RowPlanner planner = planner(false, false);
        Map<String, String> cells = Map.of("nama", "Siti", "foto", "foto/s.jpg", "nip", "123");
        Optional<Msg> note = Optional.of(Msg.of("batch.row.note.nip", "123"));
        assertThat(planner.plan(new SheetRow(2, cells, 0)).note()).isEqualTo(note);
        RowPlan failed = planner.plan(new SheetRow(3, cells, 2));
        assertThat(failed.note()).isEqualTo(note);
        assertThat(failed.early().note()).isEqualTo(note);
        assertThat(planner.stopped(new SheetRow(4, cells, 0)).note()).isEqualTo(note);
    }

    @Test
    void cellsBeyondTheHeaderFailTheRowButItsNameIsStillClaimed() {
        RowPlanner planner = planner(false, false);
        RowPlan plan = planner.plan(new SheetRow(2, Map.of("nama", "Budi", "foto", "foto/s.jpg"), 1));
        failedWith(plan, "batch.row.error.extra-cells", 1);
        assertThat(plan.early().output()).isEqualTo("Budi.jpg");
        assertThat(plan.early().photo()).isEqualTo("foto/s.jpg");
        assertThat(plan.row()).isEqualTo(2);
        assertThat(plan.photoCell()).isEqualTo("foto/s.jpg");
        assertThat(plan.output()).isNull();
        assertThat(planner.plan(row(3, "budi", "foto/s.jpg")).output()).isEqualTo(out.resolve("budi_2.jpg"));
    }

    @Test
    void aRowWithoutPhotoOrNameFails() {
        RowPlanner planner = planner(false, false);
        failedWith(planner.plan(row(2, "Siti", " ")), "batch.row.error.no-photo", "foto");
        RowPlan noName = planner.plan(row(3, " ", "foto/s.jpg"));
        assertThat(noName.early().reason().orElseThrow().key()).isEqualTo("batch.row.error.empty-name");
        assertThat(noName.early().reason().orElseThrow().args().getFirst()).isEqualTo("nama");
        assertThat(noName.early().output()).isEmpty();
        RowPlan unusable = planner.plan(row(4, "???", "foto/s.jpg"));
        assertThat(unusable.early().reason().orElseThrow().key()).isEqualTo("batch.row.error.unusable-name");
        assertThat(unusable.early().output()).isEmpty();
    }

    @Test
    void aTextMayBeExactlyAsLongAsItsFieldAllowsButNoLonger() {
        RowPlanner planner = planner(false, false);
        assertThat(planner.plan(row(2, "n".repeat(40), "foto/s.jpg")).early()).isNull();
        failedWith(planner.plan(row(3, "m".repeat(41), "foto/s.jpg")), "batch.row.error.too-long", "nama", 40);
        RowPlan unit = planner.plan(new SheetRow(4, Map.of("nama", "Ani", "unit", "u".repeat(61), "foto", "f.jpg"),
                0));
        failedWith(unit, "batch.row.error.too-long", "unit", 60);
    }

    @Test
    void aPhotoOnAnotherComputersDiskFailsTheRow() {
        failedWith(planner(false, false).plan(row(2, "Siti", "C:\\foto\\s.jpg")),
                "batch.row.error.photo-windows-path", "C:\\foto\\s.jpg");
    }

    @Test
    void anOutputThatIsThePhotoItselfFailsTheRowByPathOrByLink() throws IOException {
        RowPlanner planner = planner(true, true);
        Path photo = out.resolve("Siti.jpg");
        Files.write(photo, WHOLE_JPEG);
        failedWith(planner.plan(row(2, "Siti", "hasil/./Siti.jpg")), "batch.row.error.would-replace-photo",
                dir.toAbsolutePath().resolve("hasil/./Siti.jpg"));
        Files.createLink(out.resolve("Budi.jpg"), dir.resolve("foto/s.jpg"));
        failedWith(planner.plan(row(3, "Budi", "foto/s.jpg")), "batch.row.error.would-replace-photo",
                dir.toAbsolutePath().resolve("foto/s.jpg"));
        RowPlan other = planner.plan(row(4, "Ani", "foto/s.jpg"));
        assertThat(other.early()).as("a photo that is no output").isNull();
    }

    @Test
    void anExistingOutputIsSkippedRedoneReplacedOrRefusedAsTheJobSays() throws IOException {
        Files.write(out.resolve("Utuh.jpg"), WHOLE_JPEG);
        Files.write(out.resolve("Patah.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 0});

        RowPlan skipped = planner(true, false).plan(row(2, "Utuh", "foto/s.jpg"));
        assertThat(skipped.early().status()).isEqualTo(Status.SKIPPED);
        assertThat(skipped.early().reason()).contains(Msg.of("batch.row.skipped"));
        assertThat(skipped.early().output()).isEqualTo("Utuh.jpg");
        assertThat(skipped.early().photo()).isEqualTo("foto/s.jpg");

        RowPlan redone = planner(true, false).plan(row(2, "Patah", "foto/s.jpg"));
        assertThat(redone.early()).isNull();
        assertThat(redone.outputExists()).isTrue();

        RowPlan replaced = planner(false, true).plan(row(2, "Utuh", "foto/s.jpg"));
        assertThat(replaced.early()).as("overwrite without resume renders again").isNull();
        assertThat(replaced.outputExists()).isTrue();

        failedWith(planner(false, false).plan(row(2, "Patah", "foto/s.jpg")), RowResult.EXISTS);
        failedWith(planner(false, false).plan(row(2, "Utuh", "foto/s.jpg")), RowResult.EXISTS);

        RowPlan fresh = planner(true, true).plan(row(2, "Baru", "foto/s.jpg"));
        assertThat(fresh.early()).isNull();
        assertThat(fresh.outputExists()).isFalse();
    }

    @Test
    void aPdfJobJudgesAnExistingOutputAsAPdf() throws IOException {
        BatchJob pdf = BatchFixtures.job(sheet, out, "{nama}", true, false, false, 1)
                .withPdf(PdfOptions.defaults("Kartu"));
        Files.writeString(out.resolve("Utuh.pdf"), "%PDF-1.7\n1 0 obj\n%%EOF\n");
        Files.write(out.resolve("Jpeg.pdf"), WHOLE_JPEG);
        RowPlanner planner = new RowPlanner(pdf, NamePattern.parse("{nama}"));
        assertThat(planner.plan(row(2, "Utuh", "foto/s.jpg")).early().status()).isEqualTo(Status.SKIPPED);
        RowPlan jpeg = planner.plan(row(3, "Jpeg", "foto/s.jpg"));
        assertThat(jpeg.early()).isNull();
        assertThat(jpeg.output()).isEqualTo(out.resolve("Jpeg.pdf"));
    }

    @Test
    void aFrameWithoutPhotoPlaceNeedsNoPhotoCell() {
        Frame base = BatchFixtures.frame();
        Frame card = new Frame("kartu", LocalizedText.of("Kartu"), FrameKind.PROFILE, new CanvasSize(432, 606),
                Optional.empty(), List.of(), base.layers(), base.fields(), false, GuidelineSettings.DEFAULT,
                Optional.of(new PrintSize(210, 297, 3)));
        BatchJob job = new BatchJob(sheet, out, BatchFixtures.pack(card), card, 432, ImageFormat.PNG, 0.9f,
                Optional.empty(), Placement.COVER, 1, false, false, false, List.of());
        RowPlan plan = new RowPlanner(job, NamePattern.parse("{nama}"))
                .plan(new SheetRow(2, Map.of("nama", "Siti"), 0));
        assertThat(plan.early()).isNull();
        assertThat(plan.photo()).isNull();
        assertThat(plan.photoCell()).isEmpty();
        assertThat(plan.output()).isEqualTo(out.resolve("Siti.png"));
    }

    @Test
    void aStoppedRowClaimsItsNameSoLaterRowsKeepTheirs() {
        RowPlanner planner = planner(false, false);
        RowResult stopped = planner.stopped(row(5, "Budi", "foto/b.jpg"));
        assertThat(stopped.row()).isEqualTo(5);
        assertThat(stopped.status()).isEqualTo(Status.NOT_RUN);
        assertThat(stopped.output()).isEqualTo("Budi.jpg");
        assertThat(stopped.photo()).isEqualTo("foto/b.jpg");
        assertThat(stopped.reason()).contains(Msg.of("batch.row.stopped"));
        assertThat(planner.stopped(row(6, "???", "")).output()).as("no name, nothing claimed").isEmpty();
        assertThat(planner.plan(row(7, "Budi", "foto/s.jpg")).output()).isEqualTo(out.resolve("Budi_2.jpg"));
    }
}
