// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.testing.TestPhotos;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch} with the sheets offices really save (issue 15): headers that are not the frame's field names,
 * Excel's Windows-1252 CSV with CRLF and {@code ;}, Excel's UTF-16 "Unicode text", photo paths written on Windows,
 * a second run into the same folder, designs the guideline blocks, a folder that cannot be written. Each test looks
 * at the files on disk and at report.csv.
 */
class BatchSpreadsheetTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;
    Path out;

    @BeforeEach
    void photos() throws IOException {
        Path foto = Files.createDirectories(dir.resolve("foto"));
        TestPhotos.jpeg(foto, "desiree.jpg", 600, 450);
        TestPhotos.jpeg(foto, "budi.jpg", 450, 600);
        out = dir.resolve("hasil");
    }

    private Path sheet(String text, Charset charset) throws IOException {
        return Files.write(dir.resolve("pegawai.csv"), text.getBytes(charset));
    }

    private static final String OFFICE_SHEET = "Nama Lengkap;Unit Kerja;NIP;foto\r\n"
            + "Désirée Nuñez;Humas;198001012005012001;foto\\desiree.jpg\r\n"
            + "Budi Santoso;Biro Umum;198101012005011002;foto/budi.jpg\r\n";

    private CliRun batch(Path csv, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("batch", csv.toString(), "--out", out.toString(),
                "--width", "240", "--threads", "2"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private List<String> report() throws IOException {
        return Files.readAllLines(out.resolve("report.csv"), StandardCharsets.UTF_8).stream()
                .map(l -> l.replace("\uFEFF", "")).toList();
    }

    private List<String> files() throws IOException {
        try (Stream<Path> list = Files.list(out)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void headersThatAreNotTheFieldsStopTheRunBeforeAnyImageAndSayHowToMapThem() throws IOException {
        Path csv = sheet(OFFICE_SHEET, StandardCharsets.UTF_8);
        CliRun run = batch(csv);
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(out).as("nothing written, not even the folder").doesNotExist();
        assertThat(run.err()).contains("pegawai.csv").contains("nama, unit")
                .contains("\"Nama Lengkap\", \"Unit Kerja\", \"NIP\", \"foto\"")
                .contains("--column nama=\"Nama Lengkap\" --column unit=\"Unit Kerja\"");
        assertThat(run.out()).doesNotContain("berhasil");

        CliRun unknown = batch(csv, "--column", "nama=Nama", "--column", "unit=Unit Kerja");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).contains("nama=nama");
        assertThat(out).doesNotExist();
    }

    @Test
    void mappedColumnsFillTheFieldsAndNameTheFiles() throws IOException {
        CliRun run = batch(sheet(OFFICE_SHEET, StandardCharsets.UTF_8), "--column", "nama=Nama Lengkap",
                "--column", "UNIT=unit kerja");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(files()).containsExactly("Budi Santoso.jpg", "Désirée Nuñez.jpg", "report.csv");
        assertThat(report()).containsExactly("row;status;file;photo;reason;note",
                "2;ok;Désirée Nuñez.jpg;foto\\desiree.jpg;;", "3;ok;Budi Santoso.jpg;foto/budi.jpg;;");

        CliRun keepUnit = CliRun.of("batch", dir.resolve("pegawai.csv").toString(), "--out",
                dir.resolve("tanpa-unit").toString(), "--width", "240", "--column", "nama=Nama Lengkap",
                "--column", "unit=", "--name", "{nip}");
        assertThat(keepUnit.exitCode()).as(keepUnit.err()).isZero();
        assertThat(dir.resolve("tanpa-unit/198001012005012001.jpg")).isRegularFile();
    }

    /** A NIP of the wrong shape (17 digits) makes the card anyway: exit 0, a note in report.csv, a count on stdout. */
    @Test
    void aMalformedNipIsNotedInTheReportAndCountedInTheSummaryWithoutFailing() throws IOException {
        Path csv = sheet("nama;unit;nip;foto\r\n"
                + "Désirée Nuñez;Humas;19800101200501200;foto\\desiree.jpg\r\n"
                + "Budi Santoso;Biro Umum;198101012005011002;foto/budi.jpg\r\n", StandardCharsets.UTF_8);

        CliRun run = batch(csv, "--name", "{nip}");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("19800101200501200.jpg")).isRegularFile();
        assertThat(report()).hasSize(3);
        assertThat(report().get(1)).startsWith("2;ok;19800101200501200.jpg;foto\\desiree.jpg;;\"NIP 19800101200501200 tidak berbentuk NIP");
        assertThat(report().get(2)).isEqualTo("3;ok;198101012005011002.jpg;foto/budi.jpg;;");
        assertThat(run.out()).contains("2 berhasil").contains("1 baris tetap dibuat tetapi NIP-nya tidak berbentuk NIP")
                .contains("report.csv");
    }

    @Test
    void excelsPlainCsvInWindows1252IsReadAndTheTerminalSaysSo() throws IOException {
        Path csv = sheet(OFFICE_SHEET.replace("Nama Lengkap;Unit Kerja", "nama;unit"), CP1252);
        CliRun run = batch(csv);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("pegawai.csv").contains("Windows-1252");
        assertThat(out.resolve("Désirée Nuñez.jpg")).isRegularFile();
        assertThat(report().get(1)).startsWith("2;ok;Désirée Nuñez.jpg;");
    }

    @Test
    void excelsUnicodeTextInUtf16WithTabsIsRead() throws IOException {
        String text = "\uFEFF" + OFFICE_SHEET.replace("Nama Lengkap;Unit Kerja", "nama;unit").replace(';', '\t');
        CliRun run = batch(sheet(text, StandardCharsets.UTF_16LE));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("Windows-1252");
        assertThat(files()).containsExactly("Budi Santoso.jpg", "Désirée Nuñez.jpg", "report.csv");
    }

    @Test
    void aWindowsAbsolutePathFailsItsRowSayingThePhotosMustSitBesideTheSheet() throws IOException {
        Path csv = sheet("nama;unit;foto\r\nDésirée;Humas;C:\\Users\\humas\\Pictures\\desiree.jpg\r\n"
                + "Budi;TU;foto\\budi.jpg\r\n", CP1252);
        CliRun run = batch(csv, "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(files()).containsExactly("Budi.jpg", "report.csv");
        assertThat(report().get(1)).startsWith("2;failed;Désirée.jpg;C:\\Users\\humas\\Pictures\\desiree.jpg;")
                .contains("full Windows path").contains("CSV's folder");
    }

    @Test
    void aSecondRunKeepsTheFirstReportAndSaysInOneLineHowToContinueOrReplace() throws IOException {
        Path csv = sheet(OFFICE_SHEET.replace("Nama Lengkap;Unit Kerja", "nama;unit"), StandardCharsets.UTF_8);
        assertThat(batch(csv).exitCode()).isZero();
        List<String> first = report();

        CliRun again = batch(csv);
        assertThat(again.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(Files.readAllLines(out.resolve("report-1.csv")).stream().map(l -> l.replace("\uFEFF", "")))
                .as("the first report, kept").containsExactlyElementsOf(first);
        assertThat(again.err()).contains("report-1.csv");
        assertThat(again.out().lines().filter(l -> l.contains("--resume") && l.contains("--force")).toList())
                .singleElement().asString().contains("2 gambar sudah ada");
        assertThat(report()).hasSize(3).allMatch(l -> l.startsWith("row") || l.contains(";failed;"));

        CliRun resumed = batch(csv, "--resume");
        assertThat(resumed.exitCode()).isZero();
        assertThat(out.resolve("report-2.csv")).isRegularFile();
        assertThat(resumed.out()).contains("2 dilewati").doesNotContain("--force");
    }

    @Test
    void rowsWhoseDesignTheGuidelineBlocksFailWithTheFindingAndAreNotWritten() throws IOException {
        Path csv = sheet(OFFICE_SHEET.replace("Nama Lengkap;Unit Kerja", "nama;unit"), StandardCharsets.UTF_8);
        CliRun run = batch(csv, "--frame", "lencana-lingkaran", "--zoom", "0.6", "--offset", "0.4,0");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(files()).containsExactly("report.csv");
        assertThat(report().subList(1, 3)).allSatisfy(l -> assertThat(l).contains(";failed;")
                .contains("pedoman kampanye menolak desain ini").contains("tepi kosong"));
    }

    @Test
    void renderOfADesignTheGuidelineBlocksPrintsTheFindingsExitsOneAndWritesNothing() {
        Path target = dir.resolve("profil.png");
        CliRun run = CliRun.of("render", "--photo", dir.resolve("foto/desiree.jpg").toString(), "--frame",
                "lencana-lingkaran", "--zoom", "0.6", "--offset", "0.4,0", "--width", "320", "--out",
                target.toString());
        CliRun check = CliRun.of("check", "--photo", dir.resolve("foto/desiree.jpg").toString(), "--frame",
                "lencana-lingkaran", "--zoom", "0.6", "--offset", "0.4,0", "--width", "320");
        assertThat(run.exitCode()).isEqualTo(CheckCommand.BLOCKED).isEqualTo(check.exitCode());
        assertThat(run.err()).contains("profil.png").contains("photo-coverage");
        assertThat(target).doesNotExist();
    }

    @Test
    void aFolderThatCannotBeWrittenIsBadInputNamedOnceInIndonesian() throws IOException {
        Path readOnly = Files.createDirectories(dir.resolve("hanya-baca"));
        readOnly.toFile().setWritable(false);
        if (Files.isWritable(readOnly)) { // root ignores permissions; /sys refuses new folders even to root
            readOnly = Path.of("/sys/bingkai-hasil");
            Assumptions.assumeFalse(canCreate(readOnly), "needs a folder this user cannot write");
        }
        Path csv = sheet(OFFICE_SHEET.replace("Nama Lengkap;Unit Kerja", "nama;unit"), StandardCharsets.UTF_8);
        CliRun run = CliRun.of("batch", csv.toString(), "--out", readOnly.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("tidak bisa ditulisi").doesNotContain("Read-only").doesNotContain("denied");
        assertThat(run.err().split(java.util.regex.Pattern.quote(readOnly.toString()), -1)).as("the path once")
                .hasSize(2);
        readOnly.toFile().setWritable(true);
    }

    @Test
    void theTemplateIsTheHeaderTheFrameNeedsAndNeverReplacesAFile() throws IOException {
        Path template = dir.resolve("templat.csv");
        CliRun run = CliRun.of("batch", "--template", template.toString(), "--frame", "pita-sudut");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).as("pita-sudut has one field").isEqualTo("\uFEFFnama;foto");
        assertThat(lines).hasSize(2);
        assertThat(CliRun.of("batch", "--template", template.toString()).exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(CliRun.of("batch", "--template", template.toString(), "--force").exitCode()).isZero();
    }

    @Test
    void framesListEachFramesFieldsWithLabelAndMaximumLength() {
        CliRun text = CliRun.of("frames");
        assertThat(text.out()).contains("nama \"Nama\" maks. 40").contains("unit \"Unit kerja\" maks. 60");
        CliRun json = CliRun.of("frames", "--json", "--lang", "en");
        com.google.gson.JsonArray frames = com.google.gson.JsonParser.parseString(json.out()).getAsJsonArray();
        com.google.gson.JsonObject nama = frames.get(0).getAsJsonObject().getAsJsonArray("fields").get(0)
                .getAsJsonObject();
        assertThat(nama.get("key").getAsString()).isEqualTo("nama");
        assertThat(nama.get("label").getAsString()).isEqualTo("Name");
        assertThat(nama.get("maxLength").getAsInt()).isEqualTo(40);
    }

    private static boolean canCreate(Path folder) {
        try {
            Files.createDirectory(folder);
            Files.delete(folder);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
