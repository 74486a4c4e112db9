// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static id.bingkai.core.io.image.PixelAssert.assertColour;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.testing.Bytes;
import id.bingkai.testing.ImageFiles;
import id.bingkai.testing.Pictures;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageLoaderOrientationTest {
    private final ImageLoader loader = new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system());

    @TempDir
    Path dir;

    /**
     * Where the stored pixel (x, y) appears on screen, written from the EXIF definition ("row 0 is the visual top,
     * column 0 the visual left" ...) rather than from the loader's own table, so the two can disagree.
     */
    static int[] displayed(int orientation, int x, int y, int storedWidth, int storedHeight) {
        boolean swap = orientation >= 5;
        int shownWidth = swap ? storedHeight : storedWidth;
        int shownHeight = swap ? storedWidth : storedHeight;
        String row0 = switch (orientation) {
            case 1, 2 -> "top";
            case 3, 4 -> "bottom";
            case 5, 8 -> "left";
            default -> "right";
        };
        String column0 = switch (orientation) {
            case 1, 4 -> "left";
            case 2, 3 -> "right";
            case 5, 6 -> "top";
            default -> "bottom";
        };
        if (!swap) {
            return new int[] {column0.equals("left") ? x : shownWidth - 1 - x,
                row0.equals("top") ? y : shownHeight - 1 - y};
        }
        return new int[] {row0.equals("left") ? y : shownWidth - 1 - y,
            column0.equals("top") ? x : shownHeight - 1 - x};
    }

    /** The stored picture a camera would write for {@code upright} when held in the given orientation. */
    static BufferedImage stored(BufferedImage upright, int orientation) {
        boolean swap = orientation >= 5;
        int w = swap ? upright.getHeight() : upright.getWidth();
        int h = swap ? upright.getWidth() : upright.getHeight();
        BufferedImage stored = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int[] shown = displayed(orientation, x, y, w, h);
                stored.setRGB(x, y, upright.getRGB(shown[0], shown[1]));
            }
        }
        return stored;
    }

    private Path jpegWithOrientation(int orientation, boolean littleEndian) throws IOException {
        byte[] jpeg = ImageFiles.jpeg(stored(Pictures.blocks(), orientation), 0.95f);
        Path file = dir.resolve("o" + orientation + ".jpg");
        Files.write(file, ImageFiles.withExifOrientation(jpeg, orientation, littleEndian));
        return file;
    }

    private static void assertLooksLikeBlocks(BufferedImage image) {
        assertThat(image.getWidth()).isEqualTo(64);
        assertThat(image.getHeight()).isEqualTo(32);
        for (int i = 0; i < Pictures.BLOCK_COLOURS.length; i++) {
            assertColour(image, (i % 4) * 16 + 8, (i / 4) * 16 + 8, Pictures.BLOCK_COLOURS[i], 24);
        }
    }

    @ParameterizedTest(name = "orientation {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyExifOrientationDecodesUpright(int orientation) throws IOException {
        BufferedImage image = loader.load(jpegWithOrientation(orientation, orientation % 2 == 0), 0, 0);

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertLooksLikeBlocks(image);
    }

    @ParameterizedTest(name = "orientation {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void probeReportsTheUprightSize(int orientation) throws IOException {
        Path file = jpegWithOrientation(orientation, false);

        ImageInfo info = loader.probe(file);

        assertThat(info.format()).isEqualTo("jpeg");
        assertThat(info.orientation()).isEqualTo(orientation);
        assertThat(info.width()).isEqualTo(64);
        assertThat(info.height()).isEqualTo(32);
        assertThat(loader.ref(file).width()).isEqualTo(64);
    }

    @ParameterizedTest(name = "orientation value {0}")
    @ValueSource(ints = {0, 9, 255, 65535})
    void invalidOrientationValuesAreTreatedAsUpright(int value) throws IOException {
        byte[] jpeg = ImageFiles.withExifOrientation(ImageFiles.jpeg(Pictures.blocks(), 0.95f), value, true);
        Path file = Files.write(dir.resolve("odd.jpg"), jpeg);

        assertThat(loader.probe(file).orientation()).isEqualTo(1);
        assertLooksLikeBlocks(loader.load(file, 0, 0));
    }

    @Test
    void corruptExifBlockStillDecodesUpright() throws IOException {
        byte[] jpeg = ImageFiles.jpeg(Pictures.blocks(), 0.95f);
        byte[] garbage = Bytes.concat("Exif\0\0MM\0*".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                new byte[] {0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xF0, 1, 2, 3, 4, 5});
        Path file = Files.write(dir.resolve("corrupt-exif.jpg"), Bytes.withSegment(jpeg, 0xE1, garbage));

        assertThat(loader.probe(file).orientation()).isEqualTo(1);
        assertLooksLikeBlocks(loader.load(file, 0, 0));
    }

    @Test
    void orientationInPngExifChunkIsApplied() throws IOException {
        byte[] png = ImageFiles.encode(stored(Pictures.blocks(), 6), "png");
        byte[] withExif = Bytes.withChunksAfterHeader(png,
                Bytes.pngChunk("eXIf", ImageFiles.tiffOrientationIfd(6, false)));
        Path file = Files.write(dir.resolve("turned.png"), withExif);

        assertThat(loader.probe(file).orientation()).isEqualTo(6);
        assertLooksLikeBlocks(loader.load(file, 0, 0));
    }

    @Test
    void orientationAppliesToSubsampledDecodes() throws IOException {
        // 64 x 32 upright, stored 32 x 64; asking for 32 x 16 allows every second pixel.
        BufferedImage image = loader.load(jpegWithOrientation(8, false), 32, 16);

        assertThat(image.getWidth()).isEqualTo(32);
        assertThat(image.getHeight()).isEqualTo(16);
        for (int i = 0; i < Pictures.BLOCK_COLOURS.length; i++) {
            assertColour(image, (i % 4) * 8 + 4, (i / 4) * 8 + 4, Pictures.BLOCK_COLOURS[i], 24);
        }
    }
}
