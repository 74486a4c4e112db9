// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --agency-logo FILE} and {@code batch --agency-logo FILE}: the logo's pixels land in its place. */
class AgencyLogoCliTest {
    private static final int BLUE = 0x1040C0;

    @TempDir
    Path dir;

    private Path logo;
    private Path photo;

    @BeforeEach
    void files() throws IOException {
        // A 4:1 blue word-mark on a transparent background.
        BufferedImage mark = new BufferedImage(400, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = mark.createGraphics();
        g.setColor(new Color(BLUE));
        g.fillRect(0, 0, 400, 100);
        g.dispose();
        logo = dir.resolve("logo-instansi.png");
        ImageIO.write(mark, "png", logo.toFile());
        photo = dir.resolve("foto.jpg");
        ImageIO.write(new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB), "jpeg", photo.toFile());
    }

    @Test
    void renderDrawsTheLogoInItsPlaceKeepingItsProportions() throws IOException {
        Path out = dir.resolve("poster.png");
        CliRun run = CliRun.of("--lang", "en", "render", "--frame", "instagram-4-5", "--photo", photo.toString(),
                "--agency-logo", logo.toString(), "--width", "540", "--force", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        BufferedImage image = ImageIO.read(out.toFile());
        // The place is (878.3, 75) 140 x 140 on the 1080 px canvas; the 4:1 logo is 140 x 35 in its middle.
        assertThat(image.getRGB(474, 72) & 0xFFFFFF).isEqualTo(BLUE);
        assertThat(image.getRGB(444, 72) & 0xFFFFFF).isEqualTo(BLUE);
        assertThat(image.getRGB(474, 45) & 0xFFFFFF).isNotEqualTo(BLUE);
        assertThat(image.getRGB(474, 100) & 0xFFFFFF).isNotEqualTo(BLUE);
    }

    @Test
    void withoutTheOptionThePlaceStaysEmpty() throws IOException {
        Path out = dir.resolve("poster.png");
        CliRun run = CliRun.of("--lang", "en", "render", "--frame", "instagram-4-5", "--photo", photo.toString(),
                "--width", "540", "--force", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ImageIO.read(out.toFile()).getRGB(474, 72) & 0xFFFFFF).isNotEqualTo(BLUE);
    }

    @Test
    void aBrokenLogoExitsWithBadInputNamingTheFile() throws IOException {
        Path broken = Files.writeString(dir.resolve("logo.png"), "not a picture");
        Path out = dir.resolve("poster.png");
        CliRun run = CliRun.of("--lang", "en", "render", "--frame", "instagram-4-5", "--photo", photo.toString(),
                "--agency-logo", broken.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("logo.png").contains("PNG or an SVG");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFrameWithoutAPlaceWarnsAndRendersWithoutTheLogo() {
        Path out = dir.resolve("profil.png");
        CliRun run = CliRun.of("--lang", "en", "render", "--frame", "lencana-lingkaran", "--photo", photo.toString(),
                "--agency-logo", logo.toString(), "--width", "300", "--force", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("no place for the agency logo");
        assertThat(out).exists();
    }

    @Test
    void batchDrawsTheSameLogoOnEveryRow() throws IOException {
        Path sheet = Files.writeString(dir.resolve("pegawai.csv"), """
                nama,nip,unit,jabatan,instansi,tempat,tanggal,foto
                Siti Rahmawati,198701012010012001,Bagian Umum,Analis,Pemkot Bandung,Bandung,1 Juli 2026,foto.jpg
                Budi Santoso,198701012010012002,Bagian Umum,Analis,Pemkot Bandung,Bandung,1 Juli 2026,foto.jpg
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("hasil");
        CliRun run = CliRun.of("--lang", "en", "batch", sheet.toString(), "--frame", "ikrar-a4", "--format", "png",
                "--width", "540", "--out", out.toString(), "--column", "ikrar=", "--threads", "1",
                "--agency-logo", logo.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String name : new String[] {"Siti Rahmawati", "Budi Santoso"}) {
            BufferedImage image = ImageIO.read(out.resolve(name + ".png").toFile());
            // The place is (1790, 120) 220 x 220 on the 2160 px card: at a quarter, the logo is 55 x 14 at y 51..64.
            assertThat(image.getRGB(475, 57) & 0xFFFFFF).as(name).isEqualTo(BLUE);
            assertThat(image.getRGB(475, 35) & 0xFFFFFF).as(name).isNotEqualTo(BLUE);
        }
    }

    @Test
    void batchWithABrokenLogoStopsBeforeAnyRow() throws IOException {
        Path sheet = Files.writeString(dir.resolve("pegawai.csv"), "nama,foto\nSiti,foto.jpg\n");
        Path out = dir.resolve("hasil");
        CliRun run = CliRun.of("--lang", "en", "batch", sheet.toString(), "--frame", "ikrar-a4", "--format", "png",
                "--out", out.toString(), "--agency-logo", dir.resolve("hilang.svg").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("hilang.svg");
    }
}
