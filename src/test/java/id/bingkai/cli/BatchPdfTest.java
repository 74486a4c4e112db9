// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch --format pdf [--single-pdf]} against the built-in pledge card (ikrar-a4, A4 with 3 mm bleed). */
class BatchPdfTest {
    private static final float MM = 72f / 25.4f;
    private static final List<String> NAMES = List.of("Siti Rahmawati", "Budi Santoso", "Ahmad Fauzi");

    @TempDir
    Path dir;

    @BeforeEach
    void photos() throws IOException {
        BufferedImage img = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(img, "jpeg", dir.resolve("a.jpg").toFile());
    }

    private Path sheet(String... photos) throws IOException {
        StringBuilder text = new StringBuilder("nama,nip,unit,jabatan,instansi,tempat,tanggal,foto\n");
        for (int i = 0; i < NAMES.size(); i++) {
            text.append(NAMES.get(i)).append(",19870101201001200").append(i)
                    .append(",Bagian Umum,Analis,Pemkot Bandung,Bandung,1 Juli 2026,").append(photos[i]).append('\n');
        }
        return Files.writeString(dir.resolve("people.csv"), text, StandardCharsets.UTF_8);
    }

    private static CliRun batch(Path sheet, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--lang", "en", "batch", sheet.toString(), "--frame",
                "ikrar-a4", "--format", "pdf", "--out", out.toString(), "--column", "ikrar=", "--threads", "2",
                "--dpi", "72"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void writesOnePrintPdfPerRowWithTheRowsName() throws IOException {
        Path out = dir.resolve("out");
        CliRun run = batch(sheet("a.jpg", "a.jpg", "a.jpg"), out);
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String name : NAMES) {
            try (PDDocument pdf = Loader.loadPDF(out.resolve(name + ".pdf").toFile())) {
                assertThat(pdf.getNumberOfPages()).isEqualTo(1);
                PDRectangle trim = pdf.getPage(0).getTrimBox();
                assertThat(trim.getWidth()).isCloseTo(210 * MM, org.assertj.core.data.Offset.offset(0.5f));
                assertThat(trim.getHeight()).isCloseTo(297 * MM, org.assertj.core.data.Offset.offset(0.5f));
                assertThat(new PDFTextStripper().getText(pdf)).contains(name);
            }
        }
        assertThat(Files.readAllLines(out.resolve("report.csv"))).hasSize(4);
        // resume: the whole PDFs are kept, not rendered again
        CliRun again = batch(sheet("a.jpg", "a.jpg", "a.jpg"), out, "--resume");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("report.csv")).get(1)).contains(",skipped,");
    }

    @Test
    void singlePdfHasAPagePerRowInSheetOrderAndSkipsAFailedRow() throws IOException {
        Path out = dir.resolve("out");
        Path all = dir.resolve("all.pdf");
        CliRun run = batch(sheet("a.jpg", "missing.jpg", "a.jpg"), out, "--single-pdf", all.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(out.resolve("Budi Santoso.pdf")).doesNotExist();
        assertThat(Files.readAllLines(out.resolve("report.csv")).get(2)).startsWith("3,failed,Budi Santoso.pdf");
        try (PDDocument pdf = Loader.loadPDF(all.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(pageText(pdf, 1)).contains("Siti Rahmawati").doesNotContain("Ahmad Fauzi");
            assertThat(pageText(pdf, 2)).contains("Ahmad Fauzi").doesNotContain("Siti Rahmawati");
        }
        assertThat(run.out()).contains(all.toString());
    }

    @Test
    void singlePdfOfThreeRowsHasThreePagesAndIsNotOverwrittenWithoutForce() throws IOException {
        Path all = dir.resolve("all.pdf");
        CliRun run = batch(sheet("a.jpg", "a.jpg", "a.jpg"), dir.resolve("out"), "--single-pdf", all.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(all.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            for (int i = 0; i < NAMES.size(); i++) {
                assertThat(pageText(pdf, i + 1)).contains(NAMES.get(i));
            }
        }
        byte[] before = Files.readAllBytes(all);
        CliRun again = batch(sheet("a.jpg", "a.jpg", "a.jpg"), dir.resolve("out2"), "--single-pdf", all.toString());
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.err()).contains("all.pdf");
        assertThat(dir.resolve("out2")).doesNotExist();
        assertThat(Files.readAllBytes(all)).isEqualTo(before);
    }

    @Test
    void pdfOptionsNeedPdfFormat() throws IOException {
        CliRun run = CliRun.of("--lang", "en", "batch", sheet("a.jpg", "a.jpg", "a.jpg").toString(), "--frame",
                "ikrar-a4", "--out", dir.resolve("out").toString(), "--crop-marks");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--format pdf");
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }
}
