// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

import java.util.Objects;

/**
 * How a text layer is set.
 *
 * @param family   font family: a font shipped in the pack, a built-in one ("Inter"), or a logical one ("SansSerif")
 * @param weight   CSS-style weight, 100..900
 * @param size     font size in canvas units; text that does not fit its box is shrunk, never clipped
 * @param fill     text colour or gradient
 * @param align    horizontal alignment in the box (text is centred vertically)
 * @param uppercase render the resolved text in upper case
 * @param letterSpacing extra space between letters as a fraction of the size (0.05 = 5 %)
 */
public record TextStyle(String family, int weight, double size, Fill fill, TextAlign align, boolean uppercase,
        double letterSpacing) {
    public TextStyle {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(align, "align");
        if (weight < 100 || weight > 900) {
            throw new IllegalArgumentException("font weight must be within 100..900: " + weight);
        }
        if (!(size > 0) || !Double.isFinite(size)) {
            throw new IllegalArgumentException("font size must be positive: " + size);
        }
        if (!Double.isFinite(letterSpacing) || Math.abs(letterSpacing) > 1) {
            throw new IllegalArgumentException("letter spacing must be within -1..1: " + letterSpacing);
        }
    }
}
