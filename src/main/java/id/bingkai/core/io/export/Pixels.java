// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/** Converts a render (usually premultiplied ARGB) to the straight layouts the image writers expect. */
final class Pixels {
    private Pixels() {
    }

    /** TYPE_INT_RGB when every pixel is opaque (smaller PNG), else TYPE_INT_ARGB with straight alpha. */
    static BufferedImage forPng(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        boolean opaque = !image.getColorModel().hasAlpha() || isOpaque(image);
        BufferedImage out = new BufferedImage(w, h, opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        int[] dst = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w); // straight (non-premultiplied) sRGB whatever the source layout
            for (int x = 0; x < w; x++) {
                dst[y * w + x] = opaque ? row[x] & 0xffffff : row[x];
            }
        }
        return out;
    }

    /** TYPE_INT_RGB with transparency flattened onto white: JPEG has no alpha. */
    static BufferedImage forJpeg(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] dst = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int p = row[x];
                int a = p >>> 24;
                dst[y * w + x] = a == 255 ? p & 0xffffff
                        : onWhite(p >> 16 & 0xff, a) << 16 | onWhite(p >> 8 & 0xff, a) << 8 | onWhite(p & 0xff, a);
            }
        }
        return out;
    }

    private static int onWhite(int c, int a) {
        return (c * a + 255 * (255 - a) + 127) / 255;
    }

    private static boolean isOpaque(BufferedImage image) {
        int w = image.getWidth();
        int[] row = new int[w];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int p : row) {
                if (p >>> 24 != 255) {
                    return false;
                }
            }
        }
        return true;
    }
}
