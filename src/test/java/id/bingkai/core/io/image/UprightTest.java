// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every EXIF turn pixel for pixel, on pictures taller and wider than the 16-row bands of a quarter turn and not a
 * multiple of them, in every pixel layout the turn reads directly.
 */
class UprightTest {
    private static final int W = 37;
    private static final int H = 21;

    /** A different colour at every pixel, so a pixel in the wrong place cannot go unnoticed. */
    private static int colour(int x, int y) {
        return (x * 6 + 3) << 16 | (y * 11 + 5) << 8 | (x + y) & 0xFF;
    }

    private static BufferedImage stored(int type) {
        BufferedImage image = new BufferedImage(W, H, type);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int alpha = type == BufferedImage.TYPE_INT_ARGB ? (x * 7 + y) & 0xFF : 0xFF;
                image.setRGB(x, y, alpha << 24 | colour(x, y));
            }
        }
        return image;
    }

    /** Where stored pixel (x, y) lands, straight from the EXIF table (rotations are clockwise, as shown). */
    private static int[] target(Orientation o, int x, int y) {
        return switch (o) {
            case NORMAL -> new int[] {x, y};
            case FLIP_HORIZONTAL -> new int[] {W - 1 - x, y};
            case ROTATE_180 -> new int[] {W - 1 - x, H - 1 - y};
            case FLIP_VERTICAL -> new int[] {x, H - 1 - y};
            case TRANSPOSE -> new int[] {y, x};
            case ROTATE_90 -> new int[] {H - 1 - y, x};
            case TRANSVERSE -> new int[] {H - 1 - y, W - 1 - x};
            case ROTATE_270 -> new int[] {y, W - 1 - x};
        };
    }

    private static void assertTurned(BufferedImage source, BufferedImage turned, Orientation o, boolean alpha) {
        boolean swap = o.exifValue() >= 5;
        assertThat(turned.getWidth()).isEqualTo(swap ? H : W);
        assertThat(turned.getHeight()).isEqualTo(swap ? W : H);
        assertThat(turned.getType()).isEqualTo(alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] data = ((DataBufferInt) turned.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int[] t = target(o, x, y);
                int expected = alpha ? source.getRGB(x, y) : colour(x, y);
                int actual = data[t[1] * turned.getWidth() + t[0]];
                assertThat(alpha ? actual : actual & 0xFFFFFF).as("%s: stored %d,%d", o, x, y)
                        .isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Orientation.class)
    void opaqueIntRgbIsTurnedPixelForPixel(Orientation o) {
        BufferedImage source = stored(BufferedImage.TYPE_INT_RGB);
        assertTurned(source, Upright.of(source, o), o, false);
    }

    @ParameterizedTest
    @EnumSource(Orientation.class)
    void alphaSurvivesEveryTurn(Orientation o) {
        BufferedImage source = stored(BufferedImage.TYPE_INT_ARGB);
        assertTurned(source, Upright.of(source, o), o, true);
    }

    @ParameterizedTest
    @EnumSource(Orientation.class)
    void bgrBytesAreConvertedAndTurnedInOnePass(Orientation o) {
        BufferedImage source = stored(BufferedImage.TYPE_3BYTE_BGR);
        assertTurned(source, Upright.of(source, o), o, false);
    }

    @Test
    void anUprightImageOfTheRightTypeIsReturnedItself() {
        BufferedImage rgb = stored(BufferedImage.TYPE_INT_RGB);
        BufferedImage argb = stored(BufferedImage.TYPE_INT_ARGB);

        assertThat(Upright.of(rgb, Orientation.NORMAL)).isSameAs(rgb);
        assertThat(Upright.of(argb, Orientation.NORMAL)).isSameAs(argb);
        assertThat(Upright.of(rgb, Orientation.FLIP_HORIZONTAL)).isNotSameAs(rgb);
        assertThat(Upright.of(stored(BufferedImage.TYPE_3BYTE_BGR), Orientation.NORMAL).getType())
                .isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(Upright.of(stored(BufferedImage.TYPE_4BYTE_ABGR), Orientation.NORMAL).getType())
                .isEqualTo(BufferedImage.TYPE_INT_ARGB);
    }

    @Test
    void exifValuesMapToTheirOrientationAndOddValuesMeanAsStored() {
        Orientation[] all = Orientation.values();
        for (int v = 1; v <= 8; v++) {
            assertThat(Orientation.ofExif(v)).isEqualTo(all[v - 1]);
            assertThat(Orientation.ofExif(v).exifValue()).isEqualTo(v);
            assertThat(Orientation.ofExif(v).swapsAxes()).as("swaps at %d", v).isEqualTo(v >= 5);
        }
        assertThat(Orientation.ofExif(0)).isEqualTo(Orientation.NORMAL);
        assertThat(Orientation.ofExif(9)).isEqualTo(Orientation.NORMAL);
        assertThat(Orientation.ofExif(-1)).isEqualTo(Orientation.NORMAL);
        assertThat(Orientation.FLIP_VERTICAL.swapsAxes()).isFalse();
        assertThat(Orientation.TRANSPOSE.swapsAxes()).isTrue();
    }
}
