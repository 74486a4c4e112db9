// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.testing.ImageFiles;
import id.bingkai.testing.Pictures;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A big photo asked for a small size decodes only as many pixels as needed. */
class ImageLoaderSubsamplingTest {
    @TempDir
    static Path dir;

    private static byte[] landscape;

    private final ImageLoader loader = new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system());

    @BeforeAll
    static void encodeOnce() {
        landscape = ImageFiles.jpeg(Pictures.gradient(4000, 3000), 0.95f);
    }

    @Test
    void largePhotoIsSubsampledToAtLeastTheMinimumButLessThanTwiceIt() throws IOException {
        Path file = Files.write(dir.resolve("landscape.jpg"), landscape);

        BufferedImage image = loader.load(file, 1000, 700);

        assertThat(image.getWidth()).isBetween(1000, 1999);
        assertThat(image.getHeight()).isBetween(700, 1399);
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(750);
    }

    @Test
    void minimumIsMeasuredUpright() throws IOException {
        Path file = Files.write(dir.resolve("portrait.jpg"), ImageFiles.withExifOrientation(landscape, 6, false));

        BufferedImage image = loader.load(file, 700, 1000);

        assertThat(image.getWidth()).isEqualTo(750);
        assertThat(image.getHeight()).isEqualTo(1000);
    }

    @Test
    void zeroMinimumMeansFullResolution() {
        BufferedImage image = loader.read(landscape, Path.of("landscape.jpg"), 0, 0);

        assertThat(image.getWidth()).isEqualTo(4000);
        assertThat(image.getHeight()).isEqualTo(3000);
    }

    @Test
    void imageSmallerThanTheMinimumComesAtFullResolution() {
        BufferedImage image = loader.read(ImageFiles.encode(Pictures.blocks(), "png"), Path.of("b.png"), 500, 500);

        assertThat(image.getWidth()).isEqualTo(64);
    }

    @Test
    void subsampledPixelsStillShowThePicture() {
        BufferedImage image = loader.read(landscape, Path.of("landscape.jpg"), 400, 300);

        // The gradient runs from red 0 at the left to 255 at the right, green likewise top to bottom.
        assertThat(image.getRGB(0, 0) >> 16 & 0xFF).isLessThan(10);
        assertThat(image.getRGB(image.getWidth() - 1, 0) >> 16 & 0xFF).isGreaterThan(245);
        assertThat(image.getRGB(0, image.getHeight() - 1) >> 8 & 0xFF).isGreaterThan(245);
    }
}
