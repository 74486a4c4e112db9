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
        if (image.getType() == BufferedImage.TYPE_INT_ARGB_PRE && isWholeRaster(image)) {
            premultipliedOnWhite(((DataBufferInt) image.getRaster().getDataBuffer()).getData(), dst);
            return out;
        }
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

    /**
     * The renderer's own layout read straight from its array (BufferedImage.getRGB per row costs about ten times
     * more); semi-transparent pixels are un-premultiplied the way getRGB rounds, then laid on white.
     */
    private static void premultipliedOnWhite(int[] src, int[] dst) {
        for (int i = 0; i < dst.length; i++) {
            int p = src[i];
            int a = p >>> 24;
            if (a == 255) {
                dst[i] = p & 0xffffff;
            } else if (a == 0) {
                dst[i] = 0xffffff;
            } else {
                dst[i] = onWhite(straight(p >> 16 & 0xff, a), a) << 16 | onWhite(straight(p >> 8 & 0xff, a), a) << 8
                        | onWhite(straight(p & 0xff, a), a);
            }
        }
    }

    private static int straight(int premultiplied, int a) {
        return Math.min(255, (int) (premultiplied * 255.0f / a + 0.5f));
    }

    private static boolean isWholeRaster(BufferedImage image) {
        var raster = image.getRaster();
        return raster.getParent() == null && raster.getSampleModelTranslateX() == 0
                && raster.getSampleModelTranslateY() == 0
                && ((DataBufferInt) raster.getDataBuffer()).getData().length == image.getWidth() * image.getHeight();
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
