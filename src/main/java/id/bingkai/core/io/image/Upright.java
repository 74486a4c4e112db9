// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Turns a decoded image into the one form the renderer accepts: upright, TYPE_INT_RGB (or TYPE_INT_ARGB when the
 * image has alpha). Pixel format conversion and the EXIF turn happen in one pass over the source rows; quarter turns
 * move bands of rows so that each write fills a whole cache line of the destination.
 */
final class Upright {
    private static final int BAND = 16;

    private Upright() {
    }

    /** The image itself when it already is upright in the right type, otherwise a new one. */
    static BufferedImage of(BufferedImage source, Orientation orientation) {
        int type = source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (orientation == Orientation.NORMAL && source.getType() == type) {
            return source;
        }
        int w = source.getWidth();
        int h = source.getHeight();
        boolean swap = orientation.swapsAxes();
        int dw = swap ? h : w;
        BufferedImage target = new BufferedImage(dw, swap ? w : h, type);
        int[] out = ((DataBufferInt) target.getRaster().getDataBuffer()).getData();
        ArgbRows rows = ArgbRows.of(source);
        // Destination index of source pixel (x, y) is origin + x * stepX + y * stepY.
        long origin;
        int stepX;
        int stepY;
        switch (orientation) {
            case NORMAL -> { origin = 0; stepX = 1; stepY = dw; }
            case FLIP_HORIZONTAL -> { origin = w - 1; stepX = -1; stepY = dw; }
            case ROTATE_180 -> { origin = (long) (h - 1) * dw + w - 1; stepX = -1; stepY = -dw; }
            case FLIP_VERTICAL -> { origin = (long) (h - 1) * dw; stepX = 1; stepY = -dw; }
            case TRANSPOSE -> { origin = 0; stepX = dw; stepY = 1; }
            case ROTATE_90 -> { origin = h - 1; stepX = dw; stepY = -1; }
            case TRANSVERSE -> { origin = (long) (w - 1) * dw + h - 1; stepX = -dw; stepY = -1; }
            case ROTATE_270 -> { origin = (long) (w - 1) * dw; stepX = -dw; stepY = 1; }
            default -> throw new IllegalStateException(orientation.name());
        }
        if (swap) {
            quarterTurn(rows, h, out, (int) origin, stepX, stepY);
        } else {
            rowByRow(rows, h, out, (int) origin, stepX, stepY);
        }
        return target;
    }

    private static void rowByRow(ArgbRows rows, int h, int[] out, int origin, int stepX, int stepY) {
        int w = rows.width;
        int[] row = stepX == 1 ? null : new int[w];
        for (int y = 0; y < h; y++) {
            int start = origin + y * stepY;
            if (row == null) {
                rows.read(y, out, start);
            } else {
                rows.read(y, row, 0);
                for (int x = 0, i = start; x < w; x++, i--) {
                    out[i] = row[x];
                }
            }
        }
    }

    private static void quarterTurn(ArgbRows rows, int h, int[] out, int origin, int stepX, int stepY) {
        int w = rows.width;
        int[] band = new int[BAND * w];
        for (int y0 = 0; y0 < h; y0 += BAND) {
            int n = Math.min(BAND, h - y0);
            for (int k = 0; k < n; k++) {
                rows.read(y0 + k, band, k * w);
            }
            int start = origin + y0 * stepY;
            for (int x = 0; x < w; x++) {
                int i = start + x * stepX;
                for (int k = 0, s = x; k < n; k++, i += stepY, s += w) {
                    out[i] = band[s];
                }
            }
        }
    }
}
