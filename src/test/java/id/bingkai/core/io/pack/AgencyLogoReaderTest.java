// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.model.AgencyLogo;
import id.bingkai.core.model.Asset;
import id.bingkai.testing.Pictures;
import id.bingkai.testing.TestPacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agency logo file: PNG or SVG by content, bounded, and every refusal names the file and the reason. */
class AgencyLogoReaderTest {
    @TempDir
    Path dir;

    private final AgencyLogoReader reader = new AgencyLogoReader(PackLoaders.IMAGEIO, PackLimits.DEFAULT);

    @Test
    void aPngIsReadAsPixelsWhateverItsName() {
        Path file = TestPacks.write(dir.resolve("logo.jpg"), TestPacks.png(Pictures.disc(300, 150)));
        AgencyLogo logo = reader.read(file);
        assertThat(logo.picture()).isInstanceOf(Asset.Raster.class);
        assertThat(logo.aspect()).isEqualTo(2.0);
        assertThat(logo.name()).isEqualTo("logo.jpg");
    }

    @Test
    void anSvgIsReadAsVectors() throws IOException {
        Path file = Files.writeString(dir.resolve("logo.svg"), TestPacks.EMBLEM_SVG);
        assertThat(reader.read(file).picture()).isInstanceOf(Asset.Vector.class);
        assertThat(reader.read(file).aspect()).isEqualTo(2.0);
    }

    @Test
    void aJpegIsRefusedAsNotPngOrSvg() {
        Path file = TestPacks.write(dir.resolve("logo.png"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
        assertRefused(file, "image.error.logo-format");
    }

    @Test
    void aMissingFileIsNamed() {
        assertRefused(dir.resolve("hilang.png"), "image.error.not-found");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused(TestPacks.write(dir.resolve("kosong.png"), new byte[0]), "image.error.empty");
    }

    @Test
    void aBrokenPngIsRefused() {
        byte[] png = TestPacks.png(Pictures.disc(300, 150));
        byte[] cut = java.util.Arrays.copyOf(png, 40);
        BadInputException e = refused(TestPacks.write(dir.resolve("rusak.png"), cut));
        assertThat(e.file()).isEqualTo(dir.resolve("rusak.png"));
    }

    @Test
    void anSvgReachingOutsideItselfIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("luar.svg"), """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">
                  <image href="file:///etc/passwd" width="10" height="10"/>
                </svg>
                """);
        assertRefused(file, "pack.problem.svg.external");
    }

    @Test
    void anSvgLogoMayBeExactlyTheSvgLimit() throws IOException {
        byte[] svg = TestPacks.EMBLEM_SVG.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        PackLimits exact = new PackLimits(2_000, 256L << 20, 64L << 20, 100, 1 << 20, 32, 200, 200, svg.length);
        PackLimits smaller = new PackLimits(2_000, 256L << 20, 64L << 20, 100, 1 << 20, 32, 200, 200,
                svg.length - 1);
        Path file = TestPacks.write(dir.resolve("logo.svg"), svg);

        assertThat(new AgencyLogoReader(PackLoaders.IMAGEIO, exact).read(file).aspect()).isEqualTo(2.0);
        assertThatThrownBy(() -> new AgencyLogoReader(PackLoaders.IMAGEIO, smaller).read(file))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.reason().key()).isEqualTo("pack.problem.svg.tooBig");
                    assertThat(e.reason().args()).containsExactly(BoundedRead.describe(svg.length - 1));
                });
    }

    @Test
    void anSvgWithEntitiesIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("entitas.svg"), """
                <!DOCTYPE svg [<!ENTITY a "aaaa">]>
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&a;</text></svg>
                """);
        assertRefused(file, "pack.problem.svg.entity");
    }

    @Test
    void aFolderIsRefused() {
        assertRefused(dir, "image.error.directory");
    }

    @Test
    void aPngDeclaringHugeDimensionsIsRefusedByThePixelBudget() {
        AgencyLogoReader real = new AgencyLogoReader(
                new id.bingkai.core.io.image.ImageLoader(id.bingkai.core.io.image.PixelBudget.DEFAULT,
                        java.util.Optional.empty()), PackLimits.DEFAULT);
        byte[] png = TestPacks.png(Pictures.disc(16, 16));
        // IHDR width and height (bytes 16..23) rewritten to 100000 x 100000; the CRC no longer matches either.
        java.nio.ByteBuffer.wrap(png).putInt(16, 100_000).putInt(20, 100_000);
        Path file = TestPacks.write(dir.resolve("raksasa.png"), png);
        assertThatThrownBy(() -> real.read(file)).isInstanceOfSatisfying(BadInputException.class,
                e -> assertThat(e.file()).isEqualTo(file));
    }

    private void assertRefused(Path file, String key) {
        assertThat(refused(file).reason().key()).isEqualTo(key);
    }

    private BadInputException refused(Path file) {
        try {
            reader.read(file);
        } catch (BadInputException e) {
            assertThat(e.file()).isEqualTo(file);
            assertThat(e.userMessage().key()).isEqualTo("error.file");
            return e;
        }
        throw new AssertionError("accepted " + file);
    }
}
