// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

/** An outline: colour 0xAARRGGBB and width in canvas units. */
public record Stroke(int argb, double width) {
    public Stroke {
        if (!(width > 0) || !Double.isFinite(width)) {
            throw new IllegalArgumentException("stroke width must be positive: " + width);
        }
    }
}
