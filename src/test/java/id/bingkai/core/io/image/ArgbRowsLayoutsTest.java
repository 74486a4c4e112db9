// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static id.bingkai.core.io.image.ArgbRowsTest.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.twelvemonkeys.imageio.color.DiscreteAlphaIndexColorModel;
import java.awt.Point;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import org.junit.jupiter.api.Test;

/**
 * The less common layouts a decoder may hand over, each read as non-premultiplied ARGB: band orders other than
 * the JDK's own types, premultiplied bytes, float samples, colour spaces other than RGB and grey, and palette indices
 * that a wide raster can hold beyond the palette.
 */
class ArgbRowsLayoutsTest {
    private static BufferedImage image(ColorModel cm, WritableRaster raster) {
        return new BufferedImage(cm, raster, cm.isAlphaPremultiplied(), null);
    }

    @Test
    void rgbaBytesInPngOrderAreReadByTheirOffsets() {
        ColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), true, false,
                Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
        WritableRaster raster = cm.createCompatibleWritableRaster(2, 2);
        assertThat(((PixelInterleavedSampleModel) raster.getSampleModel()).getBandOffsets())
                .containsExactly(0, 1, 2, 3);
        raster.setPixel(0, 0, new int[] {0x12, 0x34, 0x56, 0x78});
        raster.setPixel(1, 0, new int[] {0xFE, 0x80, 0x01, 0xC0});
        raster.setPixel(0, 1, new int[] {1, 2, 3, 4});
        raster.setPixel(1, 1, new int[] {5, 6, 7, 8});

        assertThat(row(image(cm, raster), 0)).containsExactly(0x78123456, 0xC0FE8001);
        assertThat(row(image(cm, raster), 1)).containsExactly(0x04010203, 0x08050607);
    }

    @Test
    void greyWithItsAlphaStoredFirstIsReadByTheOffsets() {
        ColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), true, false,
                Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
        // band 0 (grey) at byte 1, band 1 (alpha) at byte 0 of each pixel
        PixelInterleavedSampleModel sm = new PixelInterleavedSampleModel(DataBuffer.TYPE_BYTE, 3, 2, 2, 6,
                new int[] {1, 0});
        WritableRaster raster = Raster.createWritableRaster(sm, new Point(0, 0));
        raster.setPixel(0, 0, new int[] {100, 200});
        raster.setPixel(1, 0, new int[] {7, 0});
        raster.setPixel(2, 0, new int[] {255, 0x80});
        raster.setPixel(0, 1, new int[] {1, 2});

        assertThat(row(image(cm, raster), 0)).containsExactly(0xC8646464, 0x00070707, 0x80FFFFFF);
        assertThat(row(image(cm, raster), 1)).containsExactly(0x02010101, 0, 0);
    }

    @Test
    void premultipliedBytesAreDividedByTheirAlpha() {
        BufferedImage image = new BufferedImage(3, 1, BufferedImage.TYPE_4BYTE_ABGR_PRE);
        WritableRaster raster = image.getRaster();
        raster.setPixel(0, 0, new int[] {0x40, 0x20, 0x80, 0x80}); // alpha 128: 64 -> 127, 32 -> 63, 128 -> 255
        raster.setPixel(1, 0, new int[] {0x10, 0x20, 0x30, 0xFF}); // opaque: as stored
        raster.setPixel(2, 0, new int[] {0x10, 0x20, 0x30, 0x00}); // alpha 0: left as stored

        assertThat(row(image, 0)).containsExactly(0x807F3FFF, 0xFF102030, 0x00102030);
    }

    @Test
    void bytesInABandPerPixelLayoutOtherThanTheInterleavedOneAreScaled() {
        ColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        ComponentSampleModel sm = new ComponentSampleModel(DataBuffer.TYPE_BYTE, 2, 2, 3, 6, new int[] {2, 1, 0});
        WritableRaster raster = Raster.createWritableRaster(sm, new Point(0, 0));
        raster.setPixel(0, 1, new int[] {0x12, 0x34, 0x56});
        raster.setPixel(1, 1, new int[] {0xFE, 0x80, 0x01});

        assertThat(row(image(cm, raster), 1)).containsExactly(0xFF123456, 0xFFFE8001);
    }

    @Test
    void floatSamplesAreNotTakenForIntegers() {
        ColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_FLOAT);
        WritableRaster raster = cm.createCompatibleWritableRaster(2, 1);
        raster.setPixel(0, 0, new float[] {1f, 0.5f, 0f});
        raster.setPixel(1, 0, new float[] {0.2f, 0f, 1f});

        // 0.5 * 255 + 0.5 -> 128 (0x80); 0.2 * 255 + 0.5 -> 51 (0x33)
        assertThat(row(image(cm, raster), 0)).containsExactly(0xFFFF8000, 0xFF3300FF);
    }

    @Test
    void bytesInAnotherColourSpaceAreConvertedNotReadAsRgb() {
        ColorSpace xyz = ColorSpace.getInstance(ColorSpace.CS_CIEXYZ);
        ColorModel cm = new ComponentColorModel(xyz, false, false, Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        WritableRaster raster = cm.createCompatibleWritableRaster(2, 1);
        raster.setPixel(0, 0, new int[] {0x40, 0x40, 0x40});
        raster.setPixel(1, 0, new int[] {0x20, 0x60, 0x10});
        BufferedImage image = image(cm, raster);

        int[] argb = row(image, 0);

        assertThat(argb).containsExactly(image.getRGB(0, 0), image.getRGB(1, 0))
                .doesNotContain(0xFF404040, 0xFF206010);
    }

    @Test
    void aPaletteIndexBeyondAPaletteOfFourIsTransparentBlack() {
        byte[] r = {0x10, (byte) 0xFF, 0, 1};
        byte[] g = {0x20, 0, (byte) 0xFF, 2};
        byte[] b = {0x30, 0, 0, 3};
        IndexColorModel cm = new IndexColorModel(2, 4, r, g, b);
        // a byte per pixel holds indices up to 255 while the 2-bit palette has four entries
        PixelInterleavedSampleModel sm = new PixelInterleavedSampleModel(DataBuffer.TYPE_BYTE, 5, 1, 1, 5,
                new int[] {0});
        WritableRaster raster = Raster.createWritableRaster(sm, new Point(0, 0));
        raster.setSamples(0, 0, 5, 1, 0, new int[] {0, 3, 4, 5, 255});

        assertThat(row(image(cm, raster), 0)).containsExactly(0xFF102030, 0xFF010203, 0, 0, 0);
    }

    @Test
    void aPaletteWithASeparateAlphaBandIsReadThroughItsColourModel() {
        byte[] r = {0x10, (byte) 0xFF};
        byte[] g = {0x20, 0};
        byte[] b = {0x30, 0};
        ColorModel cm = new DiscreteAlphaIndexColorModel(new IndexColorModel(8, 2, r, g, b));
        WritableRaster raster = cm.createCompatibleWritableRaster(2, 1);
        raster.setPixel(0, 0, new int[] {1, 0x80});
        raster.setPixel(1, 0, new int[] {0, 0xFF});

        assertThat(row(image(cm, raster), 0)).containsExactly(0x80FF0000, 0xFF102030);
    }

    /** A decoder's own colour model over RGB bytes: it stores each colour inverted (0x00 is white). */
    private static final class InvertedRgb extends ColorModel {
        InvertedRgb() {
            super(24, new int[] {8, 8, 8}, ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                    Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        }

        private static int band(Object pixel, int b) {
            return 255 - (((byte[]) pixel)[b] & 0xFF);
        }

        @Override
        public int getRed(Object pixel) {
            return band(pixel, 0);
        }

        @Override
        public int getGreen(Object pixel) {
            return band(pixel, 1);
        }

        @Override
        public int getBlue(Object pixel) {
            return band(pixel, 2);
        }

        @Override
        public int getAlpha(Object pixel) {
            return 255;
        }

        @Override
        public int getRed(int pixel) {
            return 255 - (pixel >> 16 & 0xFF);
        }

        @Override
        public int getGreen(int pixel) {
            return 255 - (pixel >> 8 & 0xFF);
        }

        @Override
        public int getBlue(int pixel) {
            return 255 - (pixel & 0xFF);
        }

        @Override
        public int getAlpha(int pixel) {
            return 255;
        }

        @Override
        public boolean isCompatibleRaster(Raster raster) {
            return raster.getNumBands() == 3 && raster.getTransferType() == DataBuffer.TYPE_BYTE;
        }
    }

    @Test
    void rgbBytesUnderADecodersOwnColourModelAreReadThroughThatModel() {
        ColorModel cm = new InvertedRgb();
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 2, 1, 3, null);
        raster.setPixel(0, 0, new int[] {0x12, 0x34, 0x56});
        raster.setPixel(1, 0, new int[] {0xFF, 0x00, 0x80});

        assertThat(row(image(cm, raster), 0)).containsExactly(0xFFEDCBA9, 0xFF00FF7F);
    }
}
