// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void photo() throws IOException {
        BufferedImage img = new BufferedImage(600, 450, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, 600, 450, Color.BLUE));
        g.fillRect(0, 0, 600, 450);
        g.dispose();
        ImageIO.write(img, "jpeg", dir.resolve("siti.jpg").toFile());
    }

    private Path csv(String... lines) throws IOException {
        return Files.writeString(dir.resolve("pegawai.csv"), String.join("\r\n", lines) + "\r\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void allRowsDoneExitsZeroAndSaysWhereTheReportIs() throws IOException {
        Path sheet = csv("nama;unit;nip;foto", "Siti Aminah;Biro Umum;1980;siti.jpg", "Budi;TU;1981;siti.jpg");
        Path out = dir.resolve("hasil");
        CliRun run = CliRun.of("batch", sheet.toString(), "--out", out.toString(), "--width", "320",
                "--name", "{nip}_{nama}", "--threads", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 berhasil").contains("report.csv");
        assertThat(out.resolve("1980_Siti Aminah.jpg")).isRegularFile();
        assertThat(ImageIO.read(out.resolve("1981_Budi.jpg").toFile()).getWidth()).isEqualTo(320);
    }

    @Test
    void someBadRowsExitThreeButTheGoodOnesAreDone() throws IOException {
        Path sheet = csv("nama,foto", "Siti,siti.jpg", "Hilang,hilang.jpg");
        Path out = dir.resolve("hasil");
        CliRun run = CliRun.of("--lang", "en", "batch", sheet.toString(), "--out", out.toString(), "--width", "200",
                "--column", "unit=");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).contains("1 made").contains("1 failed");
        assertThat(out.resolve("Siti.jpg")).isRegularFile();
        List<String> report = Files.readAllLines(out.resolve("report.csv"));
        assertThat(report).hasSize(3);
        assertThat(report.get(2)).startsWith("3,failed,Hilang.jpg,hilang.jpg,photo not found");
    }

    @Test
    void resumeSkipsWhatIsDone() throws IOException {
        Path sheet = csv("nama,foto", "Siti,siti.jpg");
        Path out = dir.resolve("hasil");
        assertThat(CliRun.of("batch", sheet.toString(), "--out", out.toString(), "--width", "200", "--column",
                "unit=").exitCode()).isZero();
        CliRun again = CliRun.of("batch", sheet.toString(), "--out", out.toString(), "--width", "200", "--resume",
                "--column", "unit=");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("1 dilewati");
    }

    @Test
    void unusableSheetIsBadInputAndBadOptionsAreUsageErrors() throws IOException {
        Path noPhotoColumn = Files.writeString(dir.resolve("tanpa-foto.csv"), "nama,unit\nSiti,Biro\n");
        CliRun bad = CliRun.of("batch", noPhotoColumn.toString(), "--out", dir.resolve("o").toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(bad.err()).contains("tanpa-foto.csv").contains("foto");

        Path sheet = csv("nama,foto", "Siti,siti.jpg");
        String out = dir.resolve("o").toString();
        assertThat(CliRun.of("batch", sheet.toString(), "--out", out, "--format", "gif").exitCode())
                .isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("batch", sheet.toString(), "--out", out, "--threads", "0").exitCode())
                .isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("batch", sheet.toString(), "--out", out, "--name", "tetap").exitCode())
                .isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("batch", sheet.toString(), "--out", out, "--resume", "--force").exitCode())
                .isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("batch", sheet.toString()).exitCode()).as("--out is required").isEqualTo(ExitCode.USAGE);
    }

    @Test
    void notATerminalMeansNoProgressLine() throws IOException {
        Path sheet = csv("nama,foto", "Siti,siti.jpg");
        CliRun run = CliRun.of("batch", sheet.toString(), "--out", dir.resolve("o").toString(), "--width", "200",
                "--column", "unit=");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("\r").doesNotContain("gambar/detik");
    }
}
