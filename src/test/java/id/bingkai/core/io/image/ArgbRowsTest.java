// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Each pixel layout a decoder hands over, read as non-premultiplied ARGB: the expected ints are written down from
 * the layout's definition (grey is sRGB-encoded, n-bit samples are rounded to 8 bits), not asked of Java2D.
 */
class ArgbRowsTest {
    /** Row {@code y} read into the middle of a larger array, to check the offset too; the edges stay untouched. */
    static int[] row(BufferedImage image, int y) {
        ArgbRows rows = ArgbRows.of(image);
        assertThat(rows.width).isEqualTo(image.getWidth());
        int[] out = new int[image.getWidth() + 4];
        Arrays.fill(out, 0x5A5A5A5A);
        rows.read(y, out, 2);
        assertThat(out[0]).isEqualTo(0x5A5A5A5A);
        assertThat(out[1]).isEqualTo(0x5A5A5A5A);
        assertThat(out[out.length - 2]).isEqualTo(0x5A5A5A5A);
        assertThat(out[out.length - 1]).isEqualTo(0x5A5A5A5A);
        return Arrays.copyOfRange(out, 2, 2 + image.getWidth());
    }

    private static int[] data(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    @Test
    void intRgbGetsAnOpaqueAlphaWhateverItsTopByteHolds() {
        BufferedImage image = new BufferedImage(3, 3, BufferedImage.TYPE_INT_RGB);
        int[] data = data(image);
        data[6] = 0x12345678;
        data[7] = 0x00ABCDEF;
        data[8] = 0xFF000001;
        data[3] = 0x00111111;

        assertThat(row(image, 2)).containsExactly(0xFF345678, 0xFFABCDEF, 0xFF000001);
        assertThat(row(image, 1)).containsExactly(0xFF111111, 0xFF000000, 0xFF000000);
    }

    @Test
    void intArgbIsCopiedAsItIs() {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
        int[] data = data(image);
        data[2] = 0x12345678;
        data[3] = 0x00ABCDEF;

        assertThat(row(image, 1)).containsExactly(0x12345678, 0x00ABCDEF);
    }

    @Test
    void bgrAndAbgrBytesAreReadInTheirBandOrder() {
        BufferedImage bgr = new BufferedImage(2, 2, BufferedImage.TYPE_3BYTE_BGR);
        bgr.getRaster().setPixel(0, 1, new int[] {0x12, 0x34, 0x56});
        bgr.getRaster().setPixel(1, 1, new int[] {0xFE, 0x80, 0x01});
        BufferedImage abgr = new BufferedImage(2, 2, BufferedImage.TYPE_4BYTE_ABGR);
        abgr.getRaster().setPixel(0, 1, new int[] {0x12, 0x34, 0x56, 0x78});
        abgr.getRaster().setPixel(1, 1, new int[] {0xFE, 0x80, 0x01, 0x00});

        assertThat(row(bgr, 1)).containsExactly(0xFF123456, 0xFFFE8001);
        assertThat(row(abgr, 1)).containsExactly(0x78123456, 0x00FE8001);
        assertThat(row(bgr, 0)).containsExactly(0xFF000000, 0xFF000000);
    }

    @Test
    void eightBitGreyIsSrgbGreyNotLinear() {
        BufferedImage grey = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSamples(0, 1, 3, 1, 0, new int[] {100, 0, 255});

        assertThat(row(grey, 1)).containsExactly(0xFF646464, 0xFF000000, 0xFFFFFFFF);
    }

    @Test
    void greyWithAlphaBytesKeepTheirAlpha() {
        ColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), true, false,
                ColorModel.TRANSLUCENT, DataBuffer.TYPE_BYTE);
        WritableRaster raster = cm.createCompatibleWritableRaster(2, 2);
        raster.setPixel(0, 1, new int[] {100, 200});
        raster.setPixel(1, 1, new int[] {7, 0});

        assertThat(row(new BufferedImage(cm, raster, false, null), 1)).containsExactly(0xC8646464, 0x00070707);
    }

    @Test
    void sixteenBitGreyIsRoundedToEightBits() {
        BufferedImage grey = new BufferedImage(4, 2, BufferedImage.TYPE_USHORT_GRAY);
        grey.getRaster().setSamples(0, 1, 4, 1, 0, new int[] {0x8080, 0xFFFF, 0, 0x0081});

        // (v * 255 + 32767) / 65535: 0x8080 -> 128, 0x0081 -> 1 (0x0080 would round to 0)
        assertThat(row(grey, 1)).containsExactly(0xFF808080, 0xFFFFFFFF, 0xFF000000, 0xFF010101);
    }

    @Test
    void sixteenBitRgbaIsScaledPerBand() {
        ColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), true, false,
                ColorModel.TRANSLUCENT, DataBuffer.TYPE_USHORT);
        WritableRaster raster = cm.createCompatibleWritableRaster(2, 2);
        raster.setPixel(0, 1, new int[] {0xFFFF, 0x8080, 0x0101, 0x4040});
        raster.setPixel(1, 1, new int[] {0, 0x1234, 0xFF00, 0xFFFF});

        // 0x1234 -> (4660 * 255 + 32767) / 65535 = 18.6 -> 18; 0xFF00 -> 254
        assertThat(row(new BufferedImage(cm, raster, false, null), 1)).containsExactly(0x40FF8001, 0xFF0012FE);
    }

    @Test
    void rgb565IsScaledFromFiveAndSixBits() {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_USHORT_565_RGB);
        WritableRaster raster = image.getRaster();
        raster.setPixel(0, 1, new int[] {31, 63, 0});
        raster.setPixel(1, 1, new int[] {16, 32, 1});
        raster.setPixel(2, 1, new int[] {0, 1, 30});

        // 16/31 -> (16 * 255 + 15) / 31 = 132; 32/63 -> (32 * 255 + 31) / 63 = 130; 1/31 -> 8; 1/63 -> 4; 30/31 -> 247
        assertThat(row(image, 1)).containsExactly(0xFFFFFF00, 0xFF848208, 0xFF0004F7);
    }

    @Test
    void intBgrIsReadThroughItsMasks() {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_BGR);
        data(image)[2] = 0x00563412; // blue 0x56, green 0x34, red 0x12
        data(image)[3] = 0x000180FE;

        assertThat(row(image, 1)).containsExactly(0xFF123456, 0xFFFE8001);
    }

    @Test
    void premultipliedPixelsAreDividedByTheirAlpha() {
        BufferedImage image = new BufferedImage(4, 2, BufferedImage.TYPE_INT_ARGB_PRE);
        int[] data = data(image);
        data[4] = 0x80402080; // alpha 128: 64 -> 127, 32 -> 63, 128 -> 255
        data[5] = 0x00102030; // alpha 0: nothing to divide by, left as stored
        data[6] = 0xFF102030; // opaque: as stored
        data[7] = 0x80C80001; // a colour over its alpha (broken file): clamped to 255; 1 -> 1

        assertThat(row(image, 1)).containsExactly(0x807F3FFF, 0x00102030, 0xFF102030, 0x80FF0001);
    }

    @Test
    void paletteEntriesKeepTheirAlphaAndUnusedIndicesAreTransparentBlack() {
        byte[] r = {0x10, (byte) 0xFF, 0};
        byte[] g = {0x20, 0, (byte) 0xFF};
        byte[] b = {0x30, 0, 0};
        byte[] a = {(byte) 0xFF, (byte) 0x80, 0};
        IndexColorModel cm = new IndexColorModel(4, 3, r, g, b, a);
        BufferedImage image = new BufferedImage(cm, cm.createCompatibleWritableRaster(4, 2), false, null);
        image.getRaster().setSamples(0, 1, 4, 1, 0, new int[] {1, 0, 2, 9});

        assertThat(row(image, 1)).containsExactly(0x80FF0000, 0xFF102030, 0x0000FF00, 0);
    }

    @Test
    void aSubimageIsReadAtItsOwnOriginNotItsParents() {
        BufferedImage parent = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                parent.setRGB(x, y, 0x010000 * x + 0x000100 * y + 7);
            }
        }
        BufferedImage child = parent.getSubimage(1, 2, 3, 2);

        assertThat(row(child, 0)).containsExactly(0xFF010207, 0xFF020207, 0xFF030207);
        assertThat(row(child, 1)).containsExactly(0xFF010307, 0xFF020307, 0xFF030307);
    }

    @Test
    void aRasterStartingInsideItsBufferIsReadFromItsStart() {
        DirectColorModel cm = (DirectColorModel) ColorModel.getRGBdefault();
        DataBufferInt buffer = new DataBufferInt(new int[] {0x11111111, 0x22222222, 0x7F010203, 0x80040506}, 4, 2);
        SinglePixelPackedSampleModel sm = new SinglePixelPackedSampleModel(DataBuffer.TYPE_INT, 2, 1,
                cm.getMasks());
        WritableRaster raster = Raster.createWritableRaster(sm, buffer, new Point(0, 0));
        BufferedImage image = new BufferedImage(cm, raster, false, null);
        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);

        assertThat(row(image, 0)).containsExactly(0x7F010203, 0x80040506);
    }
}
