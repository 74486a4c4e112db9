// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;

/**
 * Reads one row of an image region as premultiplied floats {@code a, r, g, b} (0..255) per pixel. Fast paths copy
 * the common int and byte layouts row by row without converting the whole image; anything else goes through
 * {@link BufferedImage#getRGB}. One reader per thread: it keeps a row buffer.
 */
abstract sealed class RowReader {
    final BufferedImage image;
    final int x0;
    final int width;

    private RowReader(BufferedImage image, int x0, int width) {
        this.image = image;
        this.x0 = x0;
        this.width = width;
    }

    abstract void read(int y, float[] out);

    static RowReader of(BufferedImage image, int x0, int width) {
        switch (image.getType()) {
            case BufferedImage.TYPE_INT_ARGB_PRE:
                return new Ints(image, x0, width, true, true);
            case BufferedImage.TYPE_INT_ARGB:
                return new Ints(image, x0, width, true, false);
            case BufferedImage.TYPE_INT_RGB:
                return new Ints(image, x0, width, false, false);
            default:
                break;
        }
        ColorModel cm = image.getColorModel();
        int bands = image.getRaster().getNumBands();
        if (cm instanceof ComponentColorModel && cm.getTransferType() == DataBuffer.TYPE_BYTE
                && cm.getColorSpace().isCS_sRGB() && (bands == 3 || bands == 4 && cm.hasAlpha())
                && image.getRaster().getNumDataElements() == bands) {
            return new Bytes(image, x0, width, bands, cm.isAlphaPremultiplied());
        }
        return new Generic(image, x0, width);
    }

    static void store(float[] out, int i, int a, int r, int g, int b, boolean premultiplied) {
        int o = i * 4;
        out[o] = a;
        if (premultiplied || a == 255) {
            out[o + 1] = r;
            out[o + 2] = g;
            out[o + 3] = b;
        } else {
            float f = a / 255f;
            out[o + 1] = r * f;
            out[o + 2] = g * f;
            out[o + 3] = b * f;
        }
    }

    /** Packed int pixels, read with {@link Raster#getDataElements} (keeps the image managed). */
    private static final class Ints extends RowReader {
        private final int[] row;
        private final boolean alpha;
        private final boolean premultiplied;

        Ints(BufferedImage image, int x0, int width, boolean alpha, boolean premultiplied) {
            super(image, x0, width);
            this.row = new int[width];
            this.alpha = alpha;
            this.premultiplied = premultiplied;
        }

        @Override
        void read(int y, float[] out) {
            image.getRaster().getDataElements(x0, y, width, 1, row);
            for (int i = 0; i < width; i++) {
                int p = row[i];
                int a = alpha ? p >>> 24 : 255;
                store(out, i, a, (p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff, premultiplied);
            }
        }
    }

    /** Interleaved 8-bit sRGB (e.g. TYPE_3BYTE_BGR from JPEG decoders, TYPE_4BYTE_ABGR); elements come in band order. */
    private static final class Bytes extends RowReader {
        private final byte[] row;
        private final int bands;
        private final boolean premultiplied;

        Bytes(BufferedImage image, int x0, int width, int bands, boolean premultiplied) {
            super(image, x0, width);
            this.bands = bands;
            this.row = new byte[width * bands];
            this.premultiplied = premultiplied;
        }

        @Override
        void read(int y, float[] out) {
            image.getRaster().getDataElements(x0, y, width, 1, row);
            for (int i = 0, j = 0; i < width; i++, j += bands) {
                int a = bands == 4 ? row[j + 3] & 0xff : 255;
                store(out, i, a, row[j] & 0xff, row[j + 1] & 0xff, row[j + 2] & 0xff, premultiplied);
            }
        }
    }

    /** Any other layout (grey, palette, 16-bit, other colour spaces): converted to sRGB by the colour model. */
    private static final class Generic extends RowReader {
        private final int[] row;

        Generic(BufferedImage image, int x0, int width) {
            super(image, x0, width);
            this.row = new int[width];
        }

        @Override
        void read(int y, float[] out) {
            image.getRGB(x0, y, width, 1, row, 0, width);
            for (int i = 0; i < width; i++) {
                int p = row[i];
                store(out, i, p >>> 24, (p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff, false);
            }
        }
    }
}
