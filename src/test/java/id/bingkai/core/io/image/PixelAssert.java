// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;

/** Colour comparisons with a tolerance per channel, for lossy formats and colour management. */
final class PixelAssert {
    private PixelAssert() {
    }

    static int distance(int rgb1, int rgb2) {
        int max = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            max = Math.max(max, Math.abs((rgb1 >> shift & 0xFF) - (rgb2 >> shift & 0xFF)));
        }
        return max;
    }

    static void assertColour(BufferedImage image, int x, int y, int expectedRgb, int tolerance) {
        int actual = image.getRGB(x, y) & 0xFFFFFF;
        assertThat(distance(actual, expectedRgb))
                .as("pixel %d,%d is %06X, expected %06X within %d", x, y, actual, expectedRgb, tolerance)
                .isLessThanOrEqualTo(tolerance);
    }

    static String hex(int rgb) {
        return String.format("%06X", rgb & 0xFFFFFF);
    }
}
