// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import org.junit.jupiter.api.Test;

/**
 * When pixels are taken as sRGB as they are, and when they are converted. The reference value: linear-light
 * 128/255 = 0.502 is sRGB-encoded 1.055 * 0.502^(1/2.4) - 0.055 = 0.735, i.e. 188 (0xBC).
 */
class SrgbConversionTest {
    private static final ICC_Profile LINEAR = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB);
    private static final ICC_Profile SRGB_COPY = ICC_Profile.getInstance(ICC_Profile.getInstance(ColorSpace.CS_sRGB)
            .getData());
    private static final ICC_Profile GREY = ICC_Profile.getInstance(ColorSpace.CS_GRAY);

    private static BufferedImage filled(int type, int argb) {
        BufferedImage image = new BufferedImage(3, 2, type);
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                image.setRGB(x, y, argb);
            }
        }
        return image;
    }

    @Test
    void srgbGreyAndPalettePicturesAreKeptAsTheyAre() {
        BufferedImage rgb = filled(BufferedImage.TYPE_INT_RGB, 0xFF808080);
        BufferedImage grey = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
        BufferedImage palette = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_INDEXED);

        assertThat(SrgbConversion.apply(rgb, null)).isSameAs(rgb);
        assertThat(SrgbConversion.apply(grey, null)).isSameAs(grey);
        assertThat(SrgbConversion.apply(palette, null)).isSameAs(palette);
        assertThat(SrgbConversion.apply(palette, LINEAR)).as("a palette is sRGB whatever the file says")
                .isSameAs(palette);
    }

    @Test
    void anEmbeddedSrgbOrGreyProfileChangesNothing() {
        BufferedImage rgb = filled(BufferedImage.TYPE_INT_RGB, 0xFF808080);
        BufferedImage grey = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);

        assertThat(SrgbConversion.apply(rgb, SRGB_COPY)).isSameAs(rgb);
        assertThat(SrgbConversion.apply(rgb, GREY)).as("not an RGB profile").isSameAs(rgb);
        assertThat(SrgbConversion.apply(grey, LINEAR)).as("not an RGB picture").isSameAs(grey);
    }

    @Test
    void packedPixelsInAnEmbeddedProfileAreConverted() {
        BufferedImage opaque = SrgbConversion.apply(filled(BufferedImage.TYPE_INT_RGB, 0xFF808080), LINEAR);
        BufferedImage alpha = SrgbConversion.apply(filled(BufferedImage.TYPE_INT_ARGB, 0x80808080), LINEAR);

        assertThat(opaque.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        PixelAssert.assertColour(opaque, 2, 1, 0xBCBCBC, 2);
        assertThat(alpha.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(alpha.getRGB(2, 1) >>> 24).isEqualTo(0x80);
        PixelAssert.assertColour(alpha, 2, 1, 0xBCBCBC, 2);
    }

    @Test
    void interleavedBytesInAnEmbeddedProfileAreConverted() {
        BufferedImage opaque = SrgbConversion.apply(filled(BufferedImage.TYPE_3BYTE_BGR, 0xFF808080), LINEAR);
        BufferedImage alpha = SrgbConversion.apply(filled(BufferedImage.TYPE_4BYTE_ABGR, 0x40808080), LINEAR);

        assertThat(opaque.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        PixelAssert.assertColour(opaque, 0, 0, 0xBCBCBC, 2);
        assertThat(alpha.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(alpha.getRGB(0, 0) >>> 24).isEqualTo(0x40);
        PixelAssert.assertColour(alpha, 0, 0, 0xBCBCBC, 2);
    }

    @Test
    void aPictureDecodedInAnotherColourSpaceIsConverted() {
        ColorModel cm = new ComponentColorModel(new ICC_ColorSpace(LINEAR), false, false, ColorModel.OPAQUE,
                DataBuffer.TYPE_BYTE);
        WritableRaster raster = cm.createCompatibleWritableRaster(2, 1);
        raster.setPixel(0, 0, new int[] {128, 128, 128});
        raster.setPixel(1, 0, new int[] {255, 0, 0});

        BufferedImage converted = SrgbConversion.apply(new BufferedImage(cm, raster, false, null), null);

        assertThat(converted.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        PixelAssert.assertColour(converted, 0, 0, 0xBCBCBC, 2);
        PixelAssert.assertColour(converted, 1, 0, 0xFF0000, 2);
    }

    @Test
    void srgbIsRecognisedByItsProfileNotOnlyAsTheJdksOwnSpace() {
        assertThat(SrgbConversion.isSrgb(ColorSpace.getInstance(ColorSpace.CS_sRGB))).isTrue();
        assertThat(SrgbConversion.isSrgb(new ICC_ColorSpace(SRGB_COPY))).isTrue();
        assertThat(SrgbConversion.isSrgb(new ICC_ColorSpace(LINEAR))).isFalse();
        assertThat(SrgbConversion.isSrgb(ColorSpace.getInstance(ColorSpace.CS_LINEAR_RGB))).isFalse();

        ColorModel copyModel = new ComponentColorModel(new ICC_ColorSpace(SRGB_COPY), false, false,
                ColorModel.OPAQUE, DataBuffer.TYPE_BYTE);
        BufferedImage inSrgbCopy = new BufferedImage(copyModel, copyModel.createCompatibleWritableRaster(2, 2), false,
                null);
        assertThat(SrgbConversion.apply(inSrgbCopy, null)).isSameAs(inSrgbCopy);
    }
}
