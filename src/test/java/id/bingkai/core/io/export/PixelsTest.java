// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The pixels handed to the encoders, value by value. The expected values are worked out by hand from
 * {@code round(c * a / 255 + 255 * (1 - a / 255))} for a straight channel c over white, and from
 * {@code round(p * 255 / a)} to un-premultiply a premultiplied channel p first.
 */
class PixelsTest {
    @Test
    void aPremultipliedRenderIsLaidOnWhiteWithTheWrittenDownValues() {
        int[] in = {
            0xFF102030, // opaque: as it is
            0x00000000, // clear: white
            0x00FF0000, // clear with colour left in it: still white
            0x80402000, // half: straight 128, 64, 0 -> 191, 159, 127
            0xFE010203, // almost opaque: straight 1, 2, 3 -> 2, 3, 4 (the +0.5 rounding shows here)
            0x01010100, // almost clear: straight 255, 255, 0 -> 255, 255, 254
            0x10FF0000, // red above alpha (not valid premultiplied): straight red capped at 255 -> 255, 239, 239
        };
        int[] expected = {0x102030, 0xFFFFFF, 0xFFFFFF, 0xBF9F7F, 0x020304, 0xFFFFFE, 0xFFEFEF};

        BufferedImage out = Pixels.forJpeg(premultiplied(in.length, 1, in));

        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(raw(out)).containsExactly(expected);
    }

    @Test
    void aStraightAlphaImageIsLaidOnWhiteWithTheWrittenDownValues() {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 0xFF0A0B0C);
        image.setRGB(1, 0, 0x80FF0000); // 255, 0, 0 at 128 -> 255, 127, 127
        image.setRGB(0, 1, 0x00123456);
        image.setRGB(1, 1, 0x40204060); // 32, 64, 96 at 64 -> 199, 207, 215

        BufferedImage out = Pixels.forJpeg(image);

        assertThat(out.getWidth()).isEqualTo(2);
        assertThat(out.getHeight()).isEqualTo(2);
        assertThat(raw(out)).containsExactly(0x0A0B0C, 0xFF7F7F, 0xFFFFFF, 0xC7CFD7);
    }

    @Test
    void theFastPathOverTheRenderArrayGivesTheSameValuesAsReadingThroughGetRgb() {
        int w = 37;
        int h = 23;
        int[] in = new int[w * h];
        Random random = new Random(16);
        for (int i = 0; i < in.length; i++) {
            int a = i % 5 == 0 ? 255 : i % 7 == 0 ? 0 : random.nextInt(256);
            in[i] = a << 24 | random.nextInt(a + 1) << 16 | random.nextInt(a + 1) << 8 | random.nextInt(a + 1);
        }
        BufferedImage whole = premultiplied(w, h, in);
        // The same pixels inside a larger render: a child raster, read row by row through getRGB.
        BufferedImage larger = new BufferedImage(w + 3, h + 2, BufferedImage.TYPE_INT_ARGB_PRE);
        larger.getRaster().setDataElements(3, 2, w, h, in);
        BufferedImage part = larger.getSubimage(3, 2, w, h);

        int[] fast = raw(Pixels.forJpeg(whole));
        int[] slow = raw(Pixels.forJpeg(part));

        assertThat(fast).containsExactly(slow);
        assertThat(fast[0]).isEqualTo(in[0] & 0xFFFFFF);
    }

    @Test
    void aPremultipliedImageWithPaddedRowsIsReadRowByRow() {
        // Two pixels per row, each row padded to three ints: the array is not the picture laid end to end.
        int[] data = {0xFF010203, 0xFF040506, 0x7FFFFFFF, 0xFF0A0B0C, 0x80402000, 0x7FFFFFFF};
        var model = java.awt.image.ColorModel.getRGBdefault().coerceData(
                java.awt.image.Raster.createPackedRaster(java.awt.image.DataBuffer.TYPE_INT, 1, 1, 4, 8, null), true);
        var sample = new java.awt.image.SinglePixelPackedSampleModel(java.awt.image.DataBuffer.TYPE_INT, 2, 2, 3,
                new int[] {0xFF0000, 0xFF00, 0xFF, 0xFF000000});
        var raster = java.awt.image.Raster.createWritableRaster(sample, new DataBufferInt(data, data.length), null);
        BufferedImage padded = new BufferedImage(model, raster, true, null);
        assertThat(padded.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB_PRE);

        assertThat(raw(Pixels.forJpeg(padded))).containsExactly(0x010203, 0x040506, 0x0A0B0C, 0xBF9F7F);
    }

    @Test
    void anOpaqueRenderBecomesRgbForPngWithItsColoursUnchanged() {
        int[] in = {0xFF000000, 0xFFFFFFFF, 0xFF123456, 0xFFABCDEF, 0xFF010203, 0xFFFEFDFC};
        BufferedImage out = Pixels.forPng(premultiplied(3, 2, in));

        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(raw(out)).containsExactly(0x000000, 0xFFFFFF, 0x123456, 0xABCDEF, 0x010203, 0xFEFDFC);
    }

    @Test
    void oneTransparentPixelAnywhereKeepsAlphaForPngInStraightValues() {
        int[] in = {0xFF102030, 0xFF405060, 0xFF708090, 0xFFA0B0C0, 0xFFD0E0F0, 0x80402000};
        BufferedImage out = Pixels.forPng(premultiplied(3, 2, in));

        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        // premultiplied 64, 32, 0 at 128 is straight 128, 64, 0
        assertThat(raw(out)).containsExactly(0xFF102030, 0xFF405060, 0xFF708090, 0xFFA0B0C0, 0xFFD0E0F0,
                0x80804000);
    }

    @Test
    void anImageWithoutAlphaIsRgbForPng() {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_3BYTE_BGR);
        image.setRGB(0, 0, 0x123456);
        image.setRGB(1, 0, 0xFEDCBA);

        BufferedImage out = Pixels.forPng(image);

        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(raw(out)).containsExactly(0x123456, 0xFEDCBA);
    }

    private static BufferedImage premultiplied(int w, int h, int[] pixels) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        System.arraycopy(pixels, 0, raw(image), 0, pixels.length);
        return image;
    }

    private static int[] raw(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }
}
