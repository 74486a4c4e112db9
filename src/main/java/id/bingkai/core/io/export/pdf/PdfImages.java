// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export.pdf;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DImageEncoder;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Bitmaps on a PDF page: the renderer has already resampled them to the page's resolution (photos at 300 ppi of
 * their placed size), so they go in as they are: JPEG-compressed when large (photos; a transparent edge keeps its
 * alpha as a soft mask), lossless when small (icons, masks), never with any metadata of a source file.
 */
final class PdfImages implements IPdfBoxGraphics2DImageEncoder {
    /** Below this many pixels an image is a small decoration: lossless costs little and keeps edges crisp. */
    private static final long SMALL = 64 * 64;

    private final float quality;

    PdfImages(float quality) {
        this.quality = quality;
    }

    @Override
    public PDImageXObject encodeImage(PDDocument document, PDPageContentStream stream, Image image,
            IPdfBoxGraphics2DImageEncoderEnv env) {
        BufferedImage pixels = buffered(image);
        try {
            if ((long) pixels.getWidth() * pixels.getHeight() <= SMALL) {
                return LosslessFactory.createFromImage(document, pixels);
            }
            return JPEGFactory.createFromImage(document, opaqueWhenPossible(pixels), quality);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A photo covering its box entirely needs no soft mask: drop an all-opaque alpha channel. */
    private static BufferedImage opaqueWhenPossible(BufferedImage image) {
        if (!image.getColorModel().hasAlpha() || !allOpaque(image)) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    private static boolean allOpaque(BufferedImage image) {
        int w = image.getWidth();
        int[] row = new int[w];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int argb : row) {
                if (argb >>> 24 != 0xFF) {
                    return false;
                }
            }
        }
        return true;
    }

    private static BufferedImage buffered(Image image) {
        if (image instanceof BufferedImage b) {
            return b;
        }
        BufferedImage copy = new BufferedImage(image.getWidth(null), image.getHeight(null),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = copy.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return copy;
    }
}
