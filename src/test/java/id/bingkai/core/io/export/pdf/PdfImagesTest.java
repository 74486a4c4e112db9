// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.testing.Pictures;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/**
 * Bitmaps on a page: up to 64 x 64 pixels lossless, larger ones JPEG, with a soft mask only when some pixel is
 * not opaque.
 */
class PdfImagesTest {
    private final PdfImages images = new PdfImages(0.9f);

    @Test
    void upTo64By64PixelsAnImageIsLosslessAndExact() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage small = Pictures.noise(64, 64, 1);
            PDImageXObject x = images.encodeImage(doc, null, small, null);

            assertThat(filter(x)).isEqualTo(COSName.FLATE_DECODE);
            assertThat(x.getWidth()).isEqualTo(64);
            BufferedImage back = x.getImage();
            for (int y = 0; y < 64; y += 7) {
                for (int i = 0; i < 64; i += 5) {
                    assertThat(back.getRGB(i, y)).isEqualTo(small.getRGB(i, y));
                }
            }
            assertThat(filter(images.encodeImage(doc, null, Pictures.noise(128, 32, 1), null)))
                    .as("4096 pixels in another shape").isEqualTo(COSName.FLATE_DECODE);
        }
    }

    @Test
    void oneRowMoreIsAPhotoInJpeg() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject x = images.encodeImage(doc, null, Pictures.noise(64, 65, 1), null);

            assertThat(filter(x)).isEqualTo(COSName.DCT_DECODE);
            assertThat(x.getHeight()).isEqualTo(65);
            assertThat(x.getSoftMask()).isNull();
        }
    }

    @Test
    void anOpaqueArgbPhotoNeedsNoSoftMaskButATransparentEdgeKeepsOne() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage opaque = argb(200, 100);
            PDImageXObject covered = images.encodeImage(doc, null, opaque, null);
            assertThat(filter(covered)).isEqualTo(COSName.DCT_DECODE);
            assertThat(covered.getSoftMask()).isNull();
            assertThat(covered.getImage().getRGB(150, 50) & 0xFFFFFF).as("colour kept").satisfies(
                    rgb -> assertThat(Math.abs((rgb >> 16) - 0xEC)).isLessThan(12));

            BufferedImage edge = argb(200, 100);
            edge.setRGB(199, 99, 0x00000000); // the very last pixel
            PDImageXObject masked = images.encodeImage(doc, null, edge, null);
            assertThat(filter(masked)).isEqualTo(COSName.DCT_DECODE);
            assertThat(masked.getSoftMask()).isNotNull();
            // the mask is JPEG-compressed as well: within a few levels
            assertThat(masked.getSoftMask().getImage().getRaster().getSample(199, 99, 0)).isLessThan(8);
            assertThat(masked.getSoftMask().getImage().getRaster().getSample(0, 0, 0)).isGreaterThan(247);

            BufferedImage first = argb(200, 100);
            first.setRGB(0, 0, 0x80FFFFFF); // the very first pixel, half transparent
            assertThat(images.encodeImage(doc, null, first, null).getSoftMask()).isNotNull();
        }
    }

    @Test
    void anImageThatIsNotABufferedImageIsCopiedWithItsPixelsAndAlpha() throws IOException {
        BufferedImage source = new BufferedImage(8, 4, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                source.setRGB(x, y, 0xFF2040E0); // the right half stays clear
            }
        }
        Image image = source.getScaledInstance(8, 4, Image.SCALE_FAST); // an image from a producer
        assertThat(image).isNotInstanceOf(BufferedImage.class);
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject x = images.encodeImage(doc, null, image, null);

            assertThat(x.getWidth()).isEqualTo(8);
            assertThat(x.getHeight()).isEqualTo(4);
            BufferedImage back = x.getImage();
            assertThat(back.getRGB(1, 1) & 0xFFFFFF).isEqualTo(0x2040E0);
            assertThat(x.getSoftMask()).isNotNull();
            assertThat(x.getSoftMask().getImage().getRaster().getSample(1, 1, 0)).isEqualTo(255);
            assertThat(x.getSoftMask().getImage().getRaster().getSample(6, 1, 0)).isZero();
        }
    }

    private static BufferedImage argb(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        BufferedImage photo = Pictures.noise(w, h, 2);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, x >= w / 2 ? 0xFFEC5425 : photo.getRGB(x, y) | 0xFF000000);
            }
        }
        return image;
    }

    private static COSName filter(PDImageXObject image) {
        return image.getCOSObject().getCOSName(COSName.FILTER);
    }
}
