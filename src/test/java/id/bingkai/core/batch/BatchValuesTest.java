// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bingkai.core.batch.RowResult.Status;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.core.io.export.ImageFormat;
import id.bingkai.core.io.export.pdf.PdfOptions;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.LocalizedText;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.TextField;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small values of a batch: the job's checks, the summary, statuses, photo cells, the CSV template, the map. */
class BatchValuesTest {
    @TempDir
    Path dir;

    private BatchJob job(int width, int threads, float quality) {
        Frame frame = BatchFixtures.frame();
        return new BatchJob(dir.resolve("a.csv"), dir.resolve("hasil"), BatchFixtures.pack(frame), frame, width,
                ImageFormat.PNG, quality, Optional.empty(), Placement.COVER, threads, false, false, false,
                new ArrayList<>(List.of("k")));
    }

    @Test
    void aJobNeedsAPositiveWidthAndThreadsAndAQualityWithinZeroToOne() {
        assertThat(job(1, 1, 0f).width()).isEqualTo(1);
        assertThat(job(1, 1, 1f).quality()).isEqualTo(1f);
        assertThatThrownBy(() -> job(0, 1, 0.5f)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> job(1, 0, 0.5f)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> job(1, 1, -0.001f)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> job(1, 1, 1.001f)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> job(1, 1, Float.NaN)).hasMessageContaining("NaN");
    }

    @Test
    void aJobKnowsItsReportAndExtensionAndIsCopiedWhole() {
        BatchJob job = job(200, 2, 0.5f);
        assertThat(job.report()).isEqualTo(dir.resolve("hasil/report.csv"));
        assertThat(job.extension()).isEqualTo("png");
        assertThat(job.columns()).isEqualTo(ColumnMap.NONE);
        BatchJob pdf = job.withPdf(PdfOptions.defaults("x"));
        assertThat(pdf.extension()).isEqualTo("pdf");
        ColumnMap map = new ColumnMap(Map.of("unit", ""));
        BatchJob mapped = pdf.withColumns(map).withAgencyLogo(Optional.empty());
        assertThat(mapped.columns()).isEqualTo(map);
        assertThat(mapped.pdf()).isEqualTo(pdf.pdf());
        assertThat(mapped.withColumns(ColumnMap.NONE)).isEqualTo(pdf);
    }

    @Test
    void aBatchIsAllGoodOnlyWithNothingFailedBrokenOrLeftUndone() {
        Path report = dir.resolve("report.csv");
        assertThat(new BatchSummary(3, 2, 1, 0, 0, 0, 1, report, Duration.ZERO).allGood()).isTrue();
        assertThat(new BatchSummary(3, 2, 0, 1, 0, 0, 0, report, Duration.ZERO).allGood()).isFalse();
        assertThat(new BatchSummary(3, 2, 0, 0, 1, 0, 0, report, Duration.ZERO).allGood()).isFalse();
        assertThat(new BatchSummary(3, 2, 0, 0, 0, 1, 0, report, Duration.ZERO).allGood()).isFalse();
    }

    @Test
    void statusesHaveTheirReportCodeAndOnlyFailuresAndErrorsFail() {
        assertThat(List.of(Status.values())).extracting(Status::code)
                .containsExactly("ok", "skipped", "failed", "error", "not-run");
        assertThat(List.of(Status.values())).filteredOn(Status::failed)
                .containsExactly(Status.FAILED, Status.ERROR);
        RowResult r = new RowResult(2, Status.DONE, "a.jpg", Optional.empty(), "f.jpg");
        assertThat(r.note()).isEmpty();
        assertThat(r.withNote(Optional.of(Msg.of("n"))).withPhoto("g.jpg"))
                .isEqualTo(new RowResult(2, Status.DONE, "a.jpg", Optional.empty(), "g.jpg", Optional.of(Msg.of("n"))));
    }

    @Test
    void aPhotoCellIsAFileBesideTheSheetUnlessItNamesAnotherComputersDisk() {
        Path base = dir.toAbsolutePath();
        assertThat(PhotoCell.resolve(base, "foto\\a.jpg")).isEqualTo(new PhotoCell(base.resolve("foto/a.jpg"), null));
        assertThat(PhotoCell.resolve(base, "/srv/a.jpg").file()).isEqualTo(Path.of("/srv/a.jpg"));
        for (String windows : List.of("C:\\foto\\a.jpg", "d:/a.jpg", "\\\\server\\foto\\a.jpg")) {
            PhotoCell cell = PhotoCell.resolve(base, windows);
            assertThat(cell.usable()).as(windows).isFalse();
            assertThat(cell.problem()).isEqualTo(Msg.of("batch.row.error.photo-windows-path", windows));
        }
        assertThat(PhotoCell.resolve(base, "C:a.jpg").usable()).as("no root: a file name").isTrue();
        PhotoCell nul = PhotoCell.resolve(base, "a\u0000.jpg");
        assertThat(nul.usable()).isFalse();
        assertThat(nul.problem()).isEqualTo(Msg.of("batch.row.error.photo-path", "a\u0000.jpg"));
        assertThat(PhotoCell.resolve(base, "a.jpg").usable()).isTrue();
    }

    @Test
    void theTemplateHasTheFramesFieldsAndThePhotoWithAnExampleInTheUsersLanguage() {
        Frame base = BatchFixtures.frame();
        Frame frame = new Frame(base.id(), base.name(), base.kind(), base.canvas(), base.background(), base.slots(),
                base.layers(), List.of(base.fields().getFirst(), new TextField("moto", LocalizedText.of("Moto"), "", 40),
                        base.fields().get(1)), false);
        CsvTemplate id = CsvTemplate.forFrame(frame, new Messages(Messages.INDONESIAN));
        assertThat(id.separator()).isEqualTo(';');
        assertThat(id.columns()).containsExactly("nama", "moto", "unit", "foto");
        assertThat(id.text()).isEqualTo("\uFEFFnama;moto;unit;foto\r\nSiti Aminah;Moto;Biro Umum;foto/siti-aminah.jpg\r\n");
        CsvTemplate en = CsvTemplate.forFrame(frame, new Messages(Locale.ENGLISH));
        assertThat(en.separator()).isEqualTo(',');
        assertThat(en.example()).containsExactly("Siti Aminah", "Moto", "General Affairs Bureau",
                "foto/siti-aminah.jpg");
    }

    @Test
    void templateCellsAreQuotedOnlyWhenTheyHoldTheSeparatorAQuoteOrALineBreak() {
        CsvTemplate t = new CsvTemplate(List.of("a;b", "c,d", "e\"f"), List.of("g\nh", " i ", "j"), ';');
        assertThat(t.text()).isEqualTo("\uFEFF\"a;b\";c,d;\"e\"\"f\"\r\n\"g\nh\"; i ;j\r\n");
        CsvTemplate first = new CsvTemplate(List.of(";a", "\"b", "\nc"), List.of("d"), ';');
        assertThat(first.text()).as("from the first character").isEqualTo(
                "\uFEFF\";a\";\"\"\"b\";\"\nc\"\r\nd\r\n");
    }

    @Test
    void chosenColumnsAreComparedTheWayTheSheetComparesThem() {
        ColumnMap map = new ColumnMap(Map.of(" Nama ", " Nama Lengkap ")).with("unit", "Unit Kerja");
        assertThat(map.chosen()).containsExactlyInAnyOrderEntriesOf(Map.of("nama", "nama lengkap", "unit",
                "unit kerja"));
        assertThat(map.chosenFor("nama")).isEqualTo("nama lengkap");
        assertThat(map.chosenFor("jabatan")).isNull();
        assertThat(ColumnMap.normalise(" Jose\u0301 ")).isEqualTo("jos\u00e9");
    }

    @Test
    void encodingsSayTheirNameAndHowTheyDecode() throws CharacterCodingException {
        assertThat(SheetEncoding.UTF_16LE.label()).isEqualTo("UTF-16");
        assertThat(SheetEncoding.UTF_8_BOM.bomLength()).isEqualTo(3);
        assertThat(SheetEncoding.UTF_8.guessed()).isFalse();
        assertThat(SheetEncoding.WINDOWS_1252.decoder().decode(ByteBuffer.wrap(new byte[] {'a', (byte) 0x81}))
                .toString()).as("an unused byte shows as a replacement").isEqualTo("a\uFFFD");
        assertThatThrownBy(() -> SheetEncoding.UTF_8.decoder().decode(ByteBuffer.wrap(new byte[] {(byte) 0xC3})))
                .isInstanceOf(CharacterCodingException.class);
        assertThatThrownBy(() -> SheetEncoding.UTF_16LE.decoder()
                .decode(ByteBuffer.wrap(new byte[] {0x00, (byte) 0xDC, 'a', 0})))
                .isInstanceOf(CharacterCodingException.class);
    }

    private SheetEncoding detect(int... bytes) throws IOException {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return SheetEncoding.detect(Files.write(dir.resolve("s.csv"), b));
    }

    @Test
    void theByteOrderMarkAloneDecidesEvenInTheShortestFiles() throws IOException {
        assertThat(detect(0xFF, 0xFE)).isEqualTo(SheetEncoding.UTF_16LE);
        assertThat(detect(0xFE, 0xFF)).isEqualTo(SheetEncoding.UTF_16BE);
        assertThat(detect(0xEF, 0xBB, 0xBF)).isEqualTo(SheetEncoding.UTF_8_BOM);
        assertThat(detect(0xEF, 0xBB)).as("a cut mark is no mark").isEqualTo(SheetEncoding.WINDOWS_1252);
        assertThat(detect(0xFF)).isEqualTo(SheetEncoding.WINDOWS_1252);
        assertThat(detect(0xFE)).isEqualTo(SheetEncoding.WINDOWS_1252);
        assertThat(detect()).isEqualTo(SheetEncoding.UTF_8);
        assertThat(detect('a', 0xC3)).as("cut in the last letter").isEqualTo(SheetEncoding.WINDOWS_1252);
        assertThat(detect(0xEF, 0xBB, 0xBF, 0xC3, 0xA9)).isEqualTo(SheetEncoding.UTF_8_BOM);
    }

    @Test
    void aLetterAcrossTheEdgeOfAReadIsStillUtf8() throws IOException {
        for (int ascii : new int[] {65_533, 65_534, 65_535, 65_536}) {
            byte[] text = (("a".repeat(ascii)) + "\u00e9\u20ac\ud83d\ude00z").getBytes(StandardCharsets.UTF_8);
            assertThat(SheetEncoding.detect(Files.write(dir.resolve("s.csv"), text))).as("after %d", ascii)
                    .isEqualTo(SheetEncoding.UTF_8);
        }
    }

    @Test
    void theCombinedPdfTakesDoneAndSkippedRowsWithAFileAndPassesEverythingOn() {
        List<String> seen = new ArrayList<>();
        BatchListener next = new BatchListener() {
            @Override
            public void notice(Msg message) {
                seen.add("notice " + message.key());
            }

            @Override
            public void started(int rows) {
                seen.add("started " + rows);
            }

            @Override
            public void finished(RowResult result) {
                seen.add("finished " + result.row());
            }
        };
        CombinedPdf combined = new CombinedPdf(dir, next);
        combined.notice(Msg.of("x"));
        combined.started(5);
        combined.finished(RowResult.done(6, "f.pdf"));
        combined.finished(new RowResult(5, Status.SKIPPED, "e.pdf", Optional.empty()));
        combined.finished(RowResult.of(4, Status.FAILED, "d.pdf", Msg.of("r")));
        combined.finished(RowResult.of(3, Status.ERROR, "c.pdf", Msg.of("r")));
        combined.finished(RowResult.of(2, Status.NOT_RUN, "b.pdf", Msg.of("r")));
        combined.finished(RowResult.done(7, ""));
        assertThat(combined.parts()).containsExactly(dir.resolve("e.pdf"), dir.resolve("f.pdf"));
        assertThat(seen).containsExactly("notice x", "started 5", "finished 6", "finished 5", "finished 4",
                "finished 3", "finished 2", "finished 7");
        CombinedPdf none = new CombinedPdf(dir, BatchListener.NONE);
        none.finished(RowResult.of(2, Status.FAILED, "b.pdf", Msg.of("r")));
        assertThat(none.write(new AtomicFiles(), dir.resolve("semua.pdf"), false)).isZero();
        assertThat(dir.resolve("semua.pdf")).doesNotExist();
    }
}
