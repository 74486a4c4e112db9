// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rows come out as premultiplied floats a, r, g, b whatever the layout: the raw samples of each layout are written
 * here directly, and the floats are what premultiplying those samples gives (r x a / 255), read from an offset.
 */
class RowReaderTest {
    /** Straight (not premultiplied) ARGB samples: opaque, half, nearly clear, clear, and 255-alpha grey. */
    private static final int[] STRAIGHT = {0xFF102030, 0x80FF4020, 0x03C8C8C8, 0x00FFFFFF, 0xFF7F7F7F};

    @ParameterizedTest(name = "type {0}")
    @ValueSource(ints = {BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_4BYTE_ABGR})
    void straightAlphaIsPremultipliedOnTheWay(int type) {
        BufferedImage image = new BufferedImage(6, 2, type);
        for (int i = 0; i < STRAIGHT.length; i++) {
            image.setRGB(i + 1, 1, STRAIGHT[i]);
        }

        float[] out = read(image, 1, 1, STRAIGHT.length);

        for (int i = 0; i < STRAIGHT.length; i++) {
            int p = STRAIGHT[i];
            double a = p >>> 24;
            assertThat((double) out[i * 4]).as("alpha %d", i).isEqualTo(a);
            assertThat((double) out[i * 4 + 1]).as("red %d", i).isCloseTo((p >> 16 & 0xFF) * a / 255, within(1e-3));
            assertThat((double) out[i * 4 + 2]).as("green %d", i).isCloseTo((p >> 8 & 0xFF) * a / 255, within(1e-3));
            assertThat((double) out[i * 4 + 3]).as("blue %d", i).isCloseTo((p & 0xFF) * a / 255, within(1e-3));
        }
    }

    @Test
    void premultipliedIntSamplesAreTakenAsTheyAre() {
        BufferedImage image = new BufferedImage(3, 1, BufferedImage.TYPE_INT_ARGB_PRE);
        int[] samples = {0x64251A0B, 0xFF102030, 0x00000000};
        image.getRaster().setDataElements(0, 0, 3, 1, samples);

        float[] out = read(image, 0, 0, 3);

        assertThat(out).containsExactly(100, 0x25, 0x1A, 0x0B, 255, 0x10, 0x20, 0x30, 0, 0, 0, 0);
    }

    @Test
    void premultipliedByteSamplesAreTakenAsTheyAre() {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_4BYTE_ABGR_PRE);
        // Band order R, G, B, A: 37 / 100 would not survive un-premultiplying to 8 bits and back (94 -> 36.9).
        image.getRaster().setDataElements(0, 0, 2, 1, new byte[] {37, 20, 3, 100, (byte) 200, 0, 9, (byte) 250});

        float[] out = read(image, 0, 0, 2);

        assertThat(out).containsExactly(100, 37, 20, 3, 250, 200, 0, 9);
    }

    @Test
    void opaqueLayoutsHaveFullAlphaAndTheirColours() {
        BufferedImage rgb = new BufferedImage(3, 1, BufferedImage.TYPE_INT_RGB);
        rgb.getRaster().setDataElements(0, 0, 3, 1, new int[] {0x7F102030, 0x00FFFFFF, 0x00000001});
        assertThat(read(rgb, 0, 0, 3)).containsExactly(255, 0x10, 0x20, 0x30, 255, 255, 255, 255, 255, 0, 0, 1);

        BufferedImage bgr = new BufferedImage(2, 1, BufferedImage.TYPE_3BYTE_BGR);
        bgr.setRGB(1, 0, 0xFF102030);
        assertThat(read(bgr, 1, 0, 1)).containsExactly(255, 0x10, 0x20, 0x30);
    }

    @Test
    void aHandMadeStraightAlphaByteImageIsPremultiplied() {
        // Four byte bands in sRGB with alpha, not premultiplied, built by hand: the byte path, alpha multiplied in.
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), true, false,
                Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
        WritableRaster raster = cm.createCompatibleWritableRaster(2, 1);
        raster.setDataElements(0, 0, 2, 1, new byte[] {(byte) 255, 0, 100, 51, 10, 20, 30, (byte) 255});
        BufferedImage image = new BufferedImage(cm, raster, false, null);

        float[] out = read(image, 0, 0, 2);

        assertThat((double) out[0]).isEqualTo(51);
        assertThat((double) out[1]).isCloseTo(51, within(1e-3));
        assertThat((double) out[2]).isZero();
        assertThat((double) out[3]).isCloseTo(20, within(1e-3));
        assertThat(java.util.Arrays.copyOfRange(out, 4, 8)).containsExactly(255, 10, 20, 30);
    }

    @ParameterizedTest(name = "type {0}")
    @ValueSource(ints = {BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_INT_BGR, BufferedImage.TYPE_USHORT_565_RGB,
        BufferedImage.TYPE_BYTE_INDEXED})
    void otherLayoutsGoThroughTheColourModel(int type) {
        BufferedImage image = new BufferedImage(4, 1, type);
        image.setRGB(0, 0, 0xFF808080);
        image.setRGB(1, 0, 0xFFFF0000);
        image.setRGB(2, 0, 0xFF0000FF);
        image.setRGB(3, 0, 0xFF204060);

        float[] out = read(image, 0, 0, 4);

        for (int i = 0; i < 4; i++) {
            int p = image.getRGB(i, 0);
            assertThat(new float[] {out[i * 4], out[i * 4 + 1], out[i * 4 + 2], out[i * 4 + 3]}).as("pixel %d", i)
                    .containsExactly(255, p >> 16 & 0xFF, p >> 8 & 0xFF, p & 0xFF);
        }
    }

    @Test
    void threeByteBandsInAnotherColourSpaceAreConvertedToSrgb() {
        // Linear-light RGB in bytes has the byte path's layout, but its samples are not sRGB: 128 linear is about
        // 188 in sRGB. The colour model converts them, as getRGB does.
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_LINEAR_RGB), false,
                false, Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        WritableRaster raster = cm.createCompatibleWritableRaster(2, 1);
        raster.setDataElements(0, 0, 2, 1, new byte[] {(byte) 128, 0, (byte) 255, 10, 64, (byte) 200});
        BufferedImage image = new BufferedImage(cm, raster, false, null);

        float[] out = read(image, 0, 0, 2);

        for (int i = 0; i < 2; i++) {
            int p = image.getRGB(i, 0);
            assertThat(new float[] {out[i * 4], out[i * 4 + 1], out[i * 4 + 2], out[i * 4 + 3]}).as("pixel %d", i)
                    .containsExactly(255, p >> 16 & 0xFF, p >> 8 & 0xFF, p & 0xFF);
        }
        assertThat(out[1]).as("linear 128 is lighter in sRGB").isGreaterThan(180);
    }

    @Test
    void sixteenBitSrgbSamplesAreReadAsEightBit() {
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = cm.createCompatibleWritableRaster(2, 1);
        raster.setDataElements(0, 0, 2, 1, new short[] {(short) 0xFFFF, 0, (short) 0x8080, 0x1010, 0x2020, 0x3030});
        BufferedImage image = new BufferedImage(cm, raster, false, null);

        float[] out = read(image, 0, 0, 2);

        assertThat(out).containsExactly(255, 255, 0, 128, 255, 16, 32, 48);
    }

    @Test
    void aTranslucentPaletteIsPremultipliedLikeAnyStraightAlpha() {
        java.awt.image.IndexColorModel palette = new java.awt.image.IndexColorModel(8, 2,
                new byte[] {(byte) 200, 10}, new byte[] {100, 20}, new byte[] {50, 30}, new byte[] {(byte) 128, -1});
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_INDEXED, palette);
        image.getRaster().setDataElements(0, 0, 2, 1, new byte[] {0, 1});

        float[] out = read(image, 0, 0, 2);

        assertThat((double) out[0]).isEqualTo(128);
        assertThat((double) out[1]).isCloseTo(200 * 128 / 255.0, within(1e-3));
        assertThat((double) out[2]).isCloseTo(100 * 128 / 255.0, within(1e-3));
        assertThat((double) out[3]).isCloseTo(50 * 128 / 255.0, within(1e-3));
        assertThat(java.util.Arrays.copyOfRange(out, 4, 8)).containsExactly(255, 10, 20, 30);
    }

    private static float[] read(BufferedImage image, int x0, int y, int width) {
        float[] out = new float[width * 4];
        RowReader.of(image, x0, width).read(y, out);
        return out;
    }
}
