// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.testing.ImageBytes;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --frame poster-a4 --dpi N} writes the page with bleed at N dpi and records N in the file. */
class RenderDensityTest {
    @TempDir
    Path dir;

    private Path photo() throws IOException {
        Path file = dir.resolve("foto.jpg");
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "jpeg", file.toFile());
        return file;
    }

    @Test
    void aPosterPngAt300DpiIs2551PixelsWideWithPhys11811() throws IOException {
        Path out = dir.resolve("poster.png");
        CliRun run = CliRun.of("render", "--frame", "poster-a4", "--photo", photo().toString(), "--dpi", "300",
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        byte[] bytes = Files.readAllBytes(out);
        assertThat(ImageBytes.pngStructure(bytes)).containsExactly("IHDR", "pHYs", "iTXt", "IDAT", "IEND");
        ByteBuffer phys = ByteBuffer.wrap(ImageBytes.pngChunks(bytes).get(1).data());
        assertThat(phys.getInt(0)).isEqualTo(11811);
        assertThat(phys.getInt(4)).isEqualTo(11811);
        assertThat(phys.get(8)).isEqualTo((byte) 1);
        assertThat(ByteBuffer.wrap(ImageBytes.pngChunks(bytes).getFirst().data()).getInt(0)).isEqualTo(2551);
    }

    @Test
    void aPosterJpegRecordsItsDpiInTheJfifHeader() throws IOException {
        Path out = dir.resolve("poster.jpg");
        CliRun run = CliRun.of("render", "--frame", "poster-a4", "--photo", photo().toString(), "--dpi", "100",
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        ByteBuffer jfif = ByteBuffer.wrap(ImageBytes.jpegSegments(Files.readAllBytes(out)).getFirst().payload());
        assertThat(jfif.get(7)).isEqualTo((byte) 1);
        assertThat(jfif.getShort(8)).isEqualTo((short) 100);
        assertThat(jfif.getShort(10)).isEqualTo((short) 100);
    }

    @Test
    void aProfilePictureWithoutDpiRecordsNoDensity() throws IOException {
        Path out = dir.resolve("profil.png");
        CliRun run = CliRun.of("render", "--photo", photo().toString(), "--width", "200", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ImageBytes.pngStructure(Files.readAllBytes(out))).containsExactly("IHDR", "iTXt", "IDAT", "IEND");
    }
}
