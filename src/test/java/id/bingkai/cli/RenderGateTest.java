// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render} checks the guideline on a thread of its own while it renders; the outcome is as if it checked
 * first: a blocked design and a photo that cannot be read write nothing, a good one is written.
 */
class RenderGateTest {
    @TempDir
    Path dir;
    Path photo;

    @BeforeEach
    void writePhoto() throws IOException {
        BufferedImage img = new BufferedImage(3000, 3000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x203040), 3000, 3000, new Color(0x405060)));
        g.fillRect(0, 0, 3000, 3000);
        g.dispose();
        photo = dir.resolve("foto.jpg");
        ImageIO.write(img, "jpeg", photo.toFile());
    }

    @Test
    void aGoodDesignIsWritten() throws IOException {
        Path out = dir.resolve("hasil.png");
        CliRun run = CliRun.of("render", "--photo", photo.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        BufferedImage written = ImageIO.read(out.toFile());
        assertThat(written.getWidth()).isEqualTo(1080);
    }

    @Test
    void aBlockedDesignWritesNothingAndSaysWhy() {
        Path out = dir.resolve("hasil.png");
        CliRun run = CliRun.of("render", "--photo", photo.toString(), "--zoom", "0.6", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(CheckCommand.BLOCKED);
        assertThat(run.err()).contains("hasil.png").contains("photo-coverage");
        assertThat(out).doesNotExist();
    }

    @Test
    void aPhotoDamagedAfterItsHeaderWritesNothingAndIsNamed() throws IOException {
        byte[] bytes = Files.readAllBytes(photo);
        Path damaged = dir.resolve("rusak.jpg");
        Files.write(damaged, Arrays.copyOf(bytes, bytes.length / 3));
        Path out = dir.resolve("hasil.png");
        CliRun run = CliRun.of("render", "--photo", damaged.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("rusak.jpg");
        assertThat(out).doesNotExist();
    }
}
