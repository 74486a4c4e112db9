// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

/** WCAG 2.x relative luminance and contrast ratio of sRGB colours. */
final class Contrast {
    private Contrast() {
    }

    /** Relative luminance 0..1 of an opaque 0xRRGGBB colour (the alpha byte is ignored). */
    static double luminance(int rgb) {
        return 0.2126 * linear((rgb >> 16) & 0xFF) + 0.7152 * linear((rgb >> 8) & 0xFF) + 0.0722 * linear(rgb & 0xFF);
    }

    /** Contrast ratio 1..21 between two opaque colours. */
    static double ratio(int rgb1, int rgb2) {
        double a = luminance(rgb1);
        double b = luminance(rgb2);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** {@code top} (0xAARRGGBB, not premultiplied) painted over an opaque {@code bottom}. */
    static int over(int top, int bottom) {
        int alpha = top >>> 24;
        if (alpha == 0xFF) {
            return top & 0xFFFFFF;
        }
        int r = mix((top >> 16) & 0xFF, (bottom >> 16) & 0xFF, alpha);
        int g = mix((top >> 8) & 0xFF, (bottom >> 8) & 0xFF, alpha);
        int b = mix(top & 0xFF, bottom & 0xFF, alpha);
        return (r << 16) | (g << 8) | b;
    }

    private static int mix(int top, int bottom, int alpha) {
        return (top * alpha + bottom * (255 - alpha) + 127) / 255;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
