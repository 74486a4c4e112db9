// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.testing.Pictures;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, point 10 on the command line: a twibbon with a small hole is used, with a warning and exit 0. */
class TwibbonWarningCliTest {
    @TempDir
    Path dir;

    private Path twibbon(int hole) throws IOException {
        BufferedImage image = new BufferedImage(1080, 1080, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xEC5425));
        g.fillRect(0, 0, 1080, 1080);
        g.setComposite(AlphaComposite.Clear);
        g.fillOval(540 - hole / 2, 540 - hole / 2, hole, hole);
        g.dispose();
        Path file = dir.resolve("twibbon kecil.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void lintOfATwibbonWithAnEightyPixelHoleWarnsWithItsSizeAndSucceeds() throws IOException {
        Path pack = twibbon(80);

        CliRun run = CliRun.of("lint", pack.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Peringatan: twibbon kecil.png: lubang transparan untuk foto hanya 8")
                .contains("paling sedikit 270 piksel per sisi");
        assertThat(run.out()).contains("paket valid, 1 bingkai");
    }

    @Test
    void renderWithASmallHoleWritesTheImageAndSaysWhyInEnglishToo() throws IOException {
        Path pack = twibbon(120);
        Path photo = dir.resolve("foto.png");
        ImageIO.write(Pictures.gradient(600, 600), "png", photo.toFile());
        Path out = dir.resolve("hasil.png");

        CliRun run = CliRun.of("--lang", "en", "render", "--pack", pack.toString(), "--photo", photo.toString(),
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out).isRegularFile();
        assertThat(run.err()).contains("Warning: twibbon kecil.png: the transparent hole for the photo is only 1")
                .contains("at least 270 pixels per side");
    }

    @Test
    void framesOfATwibbonWithAFourHundredPixelHoleSaysNothing() throws IOException {
        Path pack = twibbon(400);

        CliRun run = CliRun.of("frames", "--pack", pack.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(Files.size(pack)).isPositive();
    }
}
