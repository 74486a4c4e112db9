// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

/**
 * Picks the ImageIO source subsampling factor: the renderer asks for a minimum size and does the good downscale
 * itself, so we skip as many source pixels as we can without going below that minimum. Decoding a 48 MP photo for
 * a 1080 px profile picture then needs a few megabytes instead of 200.
 */
final class Subsampling {
    private Subsampling() {
    }

    /**
     * The largest n such that ceil(width / n) >= minWidth and ceil(height / n) >= minHeight (the size ImageIO
     * produces when reading every n-th pixel). A minimum of 0 places no limit on that axis; 0 x 0 and images
     * already smaller than the minimum give 1 (full resolution).
     */
    static int factor(int width, int height, int minWidth, int minHeight) {
        if (width <= 0 || height <= 0 || (minWidth <= 0 && minHeight <= 0)) {
            return 1;
        }
        long n = Math.min(largest(width, minWidth), largest(height, minHeight));
        return (int) Math.max(1, Math.min(n, Math.min(width, height)));
    }

    /** The largest n with ceil(size / n) >= min; for min > 1 that is n <= (size - 1) / (min - 1). */
    private static long largest(int size, int min) {
        if (min <= 1) {
            return min <= 0 ? Long.MAX_VALUE : size;
        }
        return size < min ? 1 : (size - 1L) / (min - 1L);
    }
}
