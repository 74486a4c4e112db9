// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static id.bingkai.core.io.image.PixelAssert.assertColour;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twelvemonkeys.imageio.color.ColorSpaces;
import id.bingkai.core.error.BadInputException;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.render.PhotoSource;
import id.bingkai.testing.Bytes;
import id.bingkai.testing.ImageFiles;
import id.bingkai.testing.Needs;
import id.bingkai.testing.Pictures;
import java.awt.color.ICC_ColorSpace;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JPEGs decode the same through both paths: libjpeg-turbo (when installed) and ImageIO (always, and injected here
 * as "libjpeg-turbo not available" so the fallback stays tested on machines that have the library).
 */
class ImageLoaderJpegPathsTest {
    @TempDir
    Path dir;

    static Stream<Arguments> paths() {
        Optional<TurboJpegDecoder> turbo = TurboJpegDecoder.system();
        // The libjpeg-turbo cases are always listed, so that without the library they show as skipped (failed in CI).
        return Stream.of(Arguments.of("ImageIO", Optional.of(new ImageLoader(PixelBudget.DEFAULT, Optional.empty()))),
                Arguments.of("libjpeg-turbo", turbo.map(t -> new ImageLoader(PixelBudget.DEFAULT, Optional.of(t)))));
    }

    @ParameterizedTest(name = "{0} orientation {2}")
    @MethodSource("pathsAndOrientations")
    void everyOrientationIsUpright(String path, Optional<ImageLoader> on, int orientation) throws IOException {
        ImageLoader loader = Needs.present(on, path);
        byte[] jpeg = ImageFiles.jpeg(ImageLoaderOrientationTest.stored(Pictures.blocks(), orientation), 0.95f);
        Path file = Files.write(dir.resolve("o.jpg"), ImageFiles.withExifOrientation(jpeg, orientation, true));
        BufferedImage image = loader.load(file, 0, 0);
        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(image.getWidth()).isEqualTo(64);
        for (int i = 0; i < Pictures.BLOCK_COLOURS.length; i++) {
            assertColour(image, (i % 4) * 16 + 8, (i / 4) * 16 + 8, Pictures.BLOCK_COLOURS[i], 24);
        }
    }

    static Stream<Arguments> pathsAndOrientations() {
        return paths().flatMap(a -> Stream.of(1, 2, 3, 4, 5, 6, 7, 8)
                .map(o -> Arguments.of(a.get()[0], a.get()[1], o)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void reducedDecodeCoversTheMinimumMeasuredUpright(String path, Optional<ImageLoader> on) throws IOException {
        ImageLoader loader = Needs.present(on, path);
        byte[] landscape = ImageFiles.jpeg(Pictures.gradient(1600, 1200), 0.95f);
        Path file = Files.write(dir.resolve("p.jpg"), ImageFiles.withExifOrientation(landscape, 6, false));
        BufferedImage image = loader.load(file, 300, 410);
        assertThat(image.getWidth()).isBetween(300, 599);
        assertThat(image.getHeight()).isBetween(410, 819);
        assertThat((double) image.getHeight() / image.getWidth()).as("upright: the stored 4:3 landscape is shown 3:4")
                .isCloseTo(4.0 / 3, org.assertj.core.api.Assertions.within(0.01));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void embeddedProfileIsConvertedToSrgb(String path, Optional<ImageLoader> on) {
        ImageLoader loader = Needs.present(on, path);
        ICC_ColorSpace adobe = (ICC_ColorSpace) ColorSpaces.getColorSpace(ColorSpaces.CS_ADOBE_RGB_1998);
        int stored = 0x3CA03C;
        BufferedImage patch = new BufferedImage(32, 32, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                patch.setRGB(x, y, stored);
            }
        }
        byte[] icc = Bytes.concat("ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1), new byte[] {1, 1},
                adobe.getProfile().getData());
        byte[] jpeg = Bytes.withSegment(ImageFiles.jpeg(patch, 0.95f), 0xE2, icc);
        int expected = ImageLoaderColourTest.ADOBE_AS_SRGB[0]; // 0x3CA03C in Adobe RGB, by the specifications
        assertThat(PixelAssert.distance(expected, stored)).as("the profile must matter").isGreaterThan(12);
        assertColour(loader.read(jpeg, Path.of("adobe.jpg"), 0, 0), 16, 16, expected, 6);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void cmykJpegStillDecodes(String path, Optional<ImageLoader> on) {
        ImageLoader loader = Needs.present(on, path);
        java.awt.image.WritableRaster cmyk = java.awt.image.Raster.createInterleavedRaster(
                java.awt.image.DataBuffer.TYPE_BYTE, 32, 32, 4, null);
        Arrays.fill(((java.awt.image.DataBufferByte) cmyk.getDataBuffer()).getData(), (byte) 0);
        BufferedImage image = loader.read(ImageFiles.jpegFourChannels(cmyk, 0.95f), Path.of("cmyk.jpg"), 0, 0);
        assertThat(image.getWidth()).isEqualTo(32);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void truncatedJpegIsDamagedOnBothPaths(String path, Optional<ImageLoader> on) throws IOException {
        ImageLoader loader = Needs.present(on, path);
        byte[] jpeg = ImageFiles.jpeg(Pictures.noise(400, 300, 7), 0.95f);
        Path file = Files.write(dir.resolve("cut.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));
        assertThatThrownBy(() -> loader.load(file, 0, 0)).isInstanceOf(BadInputException.class)
                .extracting(e -> ((BadInputException) e).reason().key()).isEqualTo("image.error.damaged");
    }

    @Test
    void libjpegTurboAsksTheRendererForLessOversamplingThanImageIo() throws IOException {
        Optional<TurboJpegDecoder> turbo = Optional.of(Needs.present(TurboJpegDecoder.system(), "libjpeg-turbo"));
        Path jpeg = Files.write(dir.resolve("a.jpg"), ImageFiles.jpeg(Pictures.gradient(64, 48), 0.95f));
        Path png = Files.write(dir.resolve("a.png"), ImageFiles.encode(Pictures.gradient(64, 48), "png"));
        ImageLoader fast = new ImageLoader(PixelBudget.DEFAULT, turbo);
        ImageLoader plain = new ImageLoader(PixelBudget.DEFAULT, Optional.empty());
        assertThat(fast.usesLibjpegTurbo()).isTrue();
        assertThat(plain.usesLibjpegTurbo()).isFalse();
        assertThat(fast.oversampling(new PhotoRef(jpeg, 64, 48))).isEqualTo(ImageLoader.DCT_OVERSAMPLING);
        assertThat(fast.oversampling(new PhotoRef(png, 64, 48))).isEqualTo(PhotoSource.DEFAULT_OVERSAMPLING);
        assertThat(plain.oversampling(new PhotoRef(jpeg, 64, 48))).isEqualTo(PhotoSource.DEFAULT_OVERSAMPLING);
    }

    @Test
    void bothPathsGiveNearlyTheSamePicture() throws IOException {
        Optional<TurboJpegDecoder> turbo = Optional.of(Needs.present(TurboJpegDecoder.system(), "libjpeg-turbo"));
        Path file = Files.write(dir.resolve("g.jpg"), ImageFiles.jpeg(Pictures.gradient(320, 240), 0.95f));
        BufferedImage a = new ImageLoader(PixelBudget.DEFAULT, turbo).load(file, 0, 0);
        BufferedImage b = new ImageLoader(PixelBudget.DEFAULT, Optional.empty()).load(file, 0, 0);
        for (int y = 0; y < 240; y += 7) {
            for (int x = 0; x < 320; x += 7) {
                assertColour(a, x, y, b.getRGB(x, y) & 0xFFFFFF, 3);
            }
        }
    }
}
