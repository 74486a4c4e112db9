// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output larger than the renderer's limit is the user's choice to change (exit 3), not a failure (exit 1). */
class TooLargeCliTest {
    @TempDir
    Path dir;
    Path photo;
    Path hugePack;

    @BeforeEach
    void writePhotoAndPack() throws IOException {
        photo = dir.resolve("foto.png");
        ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        hugePack = Files.createDirectory(dir.resolve("raksasa"));
        Files.writeString(hugePack.resolve("manifest.json"), """
                {"schema": 1, "id": "raksasa", "name": "Raksasa", "frames": [
                  {"id": "baliho", "name": "Baliho", "kind": "banner", "width": 20000, "height": 20000,
                   "background": "#FFFFFF",
                   "slots": [{"id": "foto", "shape": "rect", "x": 0, "y": 0, "width": 20000, "height": 20000}],
                   "layers": []}
                ]}""");
    }

    @Test
    void aValidPackWhoseFrameIsTooLargeAtItsDesignSizeIsARefusedInputNamingTheLimit() {
        Path out = dir.resolve("baliho.png");
        CliRun run = CliRun.of("render", "--pack", hugePack.toString(), "--photo", photo.toString(), "--out",
                out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("20000 x 20000").contains("terlalu besar").contains("200 juta piksel")
                .doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void aWidthThatMakesTheBuiltInStatusFrameTooTallIsARefusedInput() {
        Path out = dir.resolve("status.jpg");
        CliRun run = CliRun.of("--lang", "en", "render", "--frame", "status-cerita", "--width", "20000", "--photo",
                photo.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("20000 x 35556").contains("too large").contains("200 million pixels")
                .contains("smaller width");
        assertThat(out).doesNotExist();
    }

    @Test
    void lintTellsThePackAuthorThatTheFrameCannotBeRenderedAtItsDesignSize() {
        CliRun run = CliRun.of("lint", hugePack.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("baliho").contains("ukuran rancangannya").contains("200 juta piksel");
    }
}
