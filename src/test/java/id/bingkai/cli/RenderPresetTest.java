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
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --preset}: every size in one run, named so they sort together, never overwriting silently. */
class RenderPresetTest {
    private static final String TAG_IN_XMP = "<rdf:li>#ASNpilihNETRAL</rdf:li>";

    @TempDir
    Path dir;
    Path photo;
    Path out;

    @BeforeEach
    void writePhoto() throws IOException {
        BufferedImage img = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.BLUE, 1200, 800, Color.GREEN));
        g.fillRect(0, 0, 1200, 800);
        g.dispose();
        photo = dir.resolve("foto.jpg");
        ImageIO.write(img, "jpeg", photo.toFile());
        out = dir.resolve("hasil");
    }

    @Test
    void presetAllWritesEveryProfileSizeIntoTheFolderEachWithTheTagAndListsThem() throws IOException {
        CliRun run = CliRun.of("render", "--photo", photo.toString(), "--frame", "lencana-lingkaran",
                "--text", "nama=Siti Aminah", "--preset", "all", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String base = "bingkai-lencana-lingkaran-siti-aminah-";
        List<String> expected = List.of(base + "1-whatsapp-640.jpg", base + "2-instagram-1080.jpg",
                base + "3-x-400.jpg", base + "4-facebook-720.jpg");
        assertThat(names(out)).containsExactlyElementsOf(expected);
        int[] widths = {640, 1080, 400, 720};
        for (int i = 0; i < widths.length; i++) {
            Path file = out.resolve(expected.get(i));
            BufferedImage img = ImageIO.read(file.toFile());
            assertThat(img.getWidth()).as(file.toString()).isEqualTo(widths[i]);
            assertThat(img.getHeight()).isEqualTo(widths[i]);
            assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).contains(TAG_IN_XMP);
            assertThat(run.out()).contains(file.toString());
        }
        assertThat(run.out().lines()).hasSize(4);
    }

    @Test
    void aStatusFrameGetsTheStorySizeAsPngWhenAsked() throws IOException {
        CliRun run = CliRun.of("render", "--photo", photo.toString(), "--frame", "status-cerita",
                "--preset", "all", "--format", "png", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(names(out)).containsExactly("bingkai-status-cerita-1-status-1080.png");
        BufferedImage img = ImageIO.read(out.resolve("bingkai-status-cerita-1-status-1080.png").toFile());
        assertThat(img.getWidth()).isEqualTo(1080);
        assertThat(img.getHeight()).isEqualTo(1920);
    }

    @Test
    void twoPresetsByNameWriteOnlyThose() throws IOException {
        CliRun run = CliRun.of("render", "--photo", photo.toString(), "--preset", "x,whatsapp", "--out",
                out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(names(out)).containsExactly("bingkai-bingkai-penuh-1-whatsapp-640.jpg",
                "bingkai-bingkai-penuh-2-x-400.jpg");
    }

    @Test
    void onePresetWritesOneFileAtItsSize() throws IOException {
        Path file = dir.resolve("profil.png");
        CliRun run = CliRun.of("render", "--photo", photo.toString(), "--preset", "facebook", "--out",
                file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(720);
        assertThat(run.out()).contains(file.toString());
    }

    @Test
    void aPresetThatDoesNotSuitTheFrameIsRefusedNamingTheOnesThatDo() {
        CliRun run = CliRun.of("render", "--photo", photo.toString(), "--preset", "status", "--out",
                out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("status").contains("bingkai-penuh").contains("whatsapp, instagram, x, facebook");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFrameNoPresetSuitsIsRefusedPointingToWidth() throws IOException {
        BufferedImage poster = new BufferedImage(800, 1000, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = poster.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 800, 1000);
        g.setComposite(java.awt.AlphaComposite.Clear);
        g.fillRect(200, 250, 400, 500);
        g.dispose();
        Path pack = dir.resolve("poster.png");
        ImageIO.write(poster, "png", pack.toFile());

        CliRun run = CliRun.of("render", "--photo", photo.toString(), "--pack", pack.toString(), "--preset", "all",
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("800 × 1000").contains("--width");
        assertThat(out).doesNotExist();
    }

    @Test
    void badCombinationsAreUsageErrors() {
        assertThat(CliRun.of("render", "--photo", photo.toString(), "--preset", "tiktok", "--out", out.toString())
                .exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("render", "--photo", photo.toString(), "--preset", "all", "--width", "500",
                "--out", out.toString()).exitCode()).isEqualTo(ExitCode.USAGE);
        CliRun fileForSet = CliRun.of("render", "--photo", photo.toString(), "--preset", "all", "--out",
                dir.resolve("profil.jpg").toString());
        assertThat(fileForSet.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(fileForSet.err()).contains("profil.jpg");
        assertThat(dir.resolve("profil.jpg")).doesNotExist();
    }

    @Test
    void oneExistingFileRefusesTheSetWritingNothingUntilForced() throws IOException {
        Files.createDirectories(out);
        Path mine = out.resolve("bingkai-bingkai-penuh-2-instagram-1080.jpg");
        Files.writeString(mine, "karya lama");

        CliRun refused = CliRun.of("render", "--photo", photo.toString(), "--preset", "all", "--out",
                out.toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).contains(mine.getFileName().toString()).contains("--force");
        assertThat(names(out)).containsExactly(mine.getFileName().toString());
        assertThat(Files.readString(mine)).isEqualTo("karya lama");

        CliRun forced = CliRun.of("render", "--photo", photo.toString(), "--preset", "all", "--force", "--out",
                out.toString());
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(names(out)).hasSize(4);
        assertThat(ImageIO.read(mine.toFile()).getWidth()).isEqualTo(1080);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
