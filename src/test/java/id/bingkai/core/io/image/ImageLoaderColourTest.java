// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static id.bingkai.core.io.image.PixelAssert.assertColour;
import static org.assertj.core.api.Assertions.assertThat;

import com.twelvemonkeys.imageio.color.ColorSpaces;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.testing.Bytes;
import id.bingkai.testing.ImageFiles;
import java.awt.color.ICC_ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;

/** Embedded profiles and CMYK come out as sRGB. */
class ImageLoaderColourTest {
    private static final Path NAME = Path.of("colour-test");
    /** Colours as stored in the file (in the file's own colour space). */
    private static final int[] STORED = {0x3CA03C, 0xC83C3C, 0x2060C0};
    /**
     * What {@link #STORED} means in sRGB when the file is Adobe RGB (1998), written down rather than asked of the
     * JDK's colour management (which the code under test uses): decoded with the Adobe RGB (1998) specification's
     * gamma 563/256 and RGB-to-XYZ matrix (D65), encoded with IEC 61966-2-1's XYZ-to-sRGB matrix and transfer
     * curve, out-of-gamut channels clipped. LittleCMS through the JDK agrees within 1 per channel.
     */
    static final int[] ADOBE_AS_SRGB = {0x00A12F, 0xE73939, 0x0060C4};
    /** Ink per patch: cyan, magenta, yellow, black, paper. */
    private static final int[][] INKS = {{255, 0, 0, 0}, {0, 255, 0, 0}, {0, 0, 255, 0}, {0, 0, 0, 255},
        {0, 0, 0, 0}};

    private final ImageLoader loader = new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system());
    private final ICC_ColorSpace adobeRgb = (ICC_ColorSpace) ColorSpaces.getColorSpace(
            ColorSpaces.CS_ADOBE_RGB_1998);

    private static BufferedImage patches(int[] colours) {
        BufferedImage image = new BufferedImage(16 * colours.length, 16, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, colours[x / 16]);
            }
        }
        return image;
    }

    private void assertAdobePatchesInSrgb(BufferedImage image) {
        for (int i = 0; i < STORED.length; i++) {
            int expected = ADOBE_AS_SRGB[i];
            // The conversion must matter for the test to mean anything.
            assertThat(PixelAssert.distance(expected, STORED[i])).isGreaterThan(12);
            assertColour(image, i * 16 + 8, 8, expected, 6);
        }
    }

    @Test
    void jpegWithAdobeRgbProfileComesOutInSrgb() {
        byte[] jpeg = ImageFiles.jpeg(patches(STORED), 0.95f);
        byte[] icc = Bytes.concat("ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1), new byte[] {1, 1},
                adobeRgb.getProfile().getData());

        BufferedImage image = loader.read(Bytes.withSegment(jpeg, 0xE2, icc), NAME, 0, 0);

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertAdobePatchesInSrgb(image);
    }

    @Test
    void pngWithAdobeRgbProfileComesOutInSrgb() {
        byte[] png = ImageFiles.encode(patches(STORED), "png");
        ByteArrayOutputStream iccp = new ByteArrayOutputStream();
        iccp.writeBytes("Adobe RGB\0\0".getBytes(StandardCharsets.ISO_8859_1));
        try (DeflaterOutputStream z = new DeflaterOutputStream(iccp)) {
            z.write(adobeRgb.getProfile().getData());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        byte[] withProfile = Bytes.withChunksAfterHeader(png, Bytes.pngChunk("iCCP",
                iccp.toByteArray()));

        assertAdobePatchesInSrgb(loader.read(withProfile, NAME, 0, 0));
    }

    @Test
    void tiffInAdobeRgbComesOutInSrgb() {
        ColorModel cm = new ComponentColorModel(adobeRgb, false, false, ColorModel.OPAQUE, DataBuffer.TYPE_BYTE);
        WritableRaster raster = cm.createCompatibleWritableRaster(16 * STORED.length, 16);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < raster.getWidth(); x++) {
                int c = STORED[x / 16];
                raster.setPixel(x, y, new int[] {c >> 16 & 0xFF, c >> 8 & 0xFF, c & 0xFF});
            }
        }
        byte[] tiff = ImageFiles.encode(new BufferedImage(cm, raster, false, null), "tiff");

        assertAdobePatchesInSrgb(loader.read(tiff, NAME, 0, 0));
    }

    /** Photoshop-style CMYK: samples store 255 - ink, flagged by an Adobe APP14 marker (transform 0). */
    @Test
    void cmykJpegPatchesGetPlausibleColours() {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 16 * INKS.length, 16, 4, null);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < raster.getWidth(); x++) {
                int[] ink = INKS[x / 16];
                raster.setPixel(x, y, new int[] {255 - ink[0], 255 - ink[1], 255 - ink[2], 255 - ink[3]});
            }
        }
        byte[] jpeg = Bytes.withSegment(ImageFiles.jpegFourChannels(raster, 0.95f), 0xEE, adobeMarker(0));

        assertPlausibleInks(loader.read(jpeg, NAME, 0, 0));
    }

    /** YCCK: the inverted C, M, Y samples are stored as YCbCr, K as is (Adobe transform 2). */
    @Test
    void ycckJpegPatchesGetPlausibleColours() {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 16 * INKS.length, 16, 4, null);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < raster.getWidth(); x++) {
                int[] ink = INKS[x / 16];
                double r = ink[0];
                double g = ink[1];
                double b = ink[2];
                int luma = clamp(0.299 * r + 0.587 * g + 0.114 * b);
                int cb = clamp(-0.168736 * r - 0.331264 * g + 0.5 * b + 128);
                int cr = clamp(0.5 * r - 0.418688 * g - 0.081312 * b + 128);
                raster.setPixel(x, y, new int[] {luma, cb, cr, 255 - ink[3]});
            }
        }
        byte[] jpeg = Bytes.withSegment(ImageFiles.jpegFourChannels(raster, 0.95f), 0xEE, adobeMarker(2));

        assertPlausibleInks(loader.read(jpeg, NAME, 0, 0));
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    private static byte[] adobeMarker(int transform) {
        return new byte[] {'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, (byte) transform};
    }

    private static void assertPlausibleInks(BufferedImage image) {
        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        // name, then lowest and highest acceptable red, green, blue
        assertWithin(image, 0, "cyan", 0, 90, 120, 255, 170, 255);
        assertWithin(image, 1, "magenta", 170, 255, 0, 90, 60, 255);
        assertWithin(image, 2, "yellow", 200, 255, 190, 255, 0, 90);
        assertWithin(image, 3, "black", 0, 80, 0, 80, 0, 80);
        assertWithin(image, 4, "paper", 225, 255, 225, 255, 225, 255);
    }

    private static void assertWithin(BufferedImage image, int patch, String name, int... bounds) {
        int rgb = image.getRGB(patch * 16 + 8, 8);
        int[] c = channels(rgb);
        for (int i = 0; i < 3; i++) {
            assertThat(c[i]).as("%s patch is %s", name, PixelAssert.hex(rgb)).isBetween(bounds[2 * i],
                    bounds[2 * i + 1]);
        }
    }

    private static int[] channels(int rgb) {
        return new int[] {rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF};
    }
}
