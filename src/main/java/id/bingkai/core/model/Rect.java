// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

/** An axis-aligned rectangle in canvas units (the frame's design pixels). */
public record Rect(double x, double y, double width, double height) {
    public Rect {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("rectangle values must be finite");
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("rectangle must have a positive size: " + width + "x" + height);
        }
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public boolean contains(Rect other) {
        return other.x >= x && other.y >= y && other.maxX() <= maxX() && other.maxY() <= maxY();
    }
}
