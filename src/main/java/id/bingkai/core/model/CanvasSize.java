// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

/** The design size of a frame in pixels; renders scale it to any output width. */
public record CanvasSize(int width, int height) {
    /** Largest side a frame may declare (an A0 poster at 300 dpi is about 14 000 px). */
    public static final int MAX_SIDE = 20_000;

    public CanvasSize {
        if (width < 16 || height < 16 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("canvas size out of range 16.." + MAX_SIDE + ": " + width + "x" + height);
        }
    }

    public double aspect() {
        return (double) width / height;
    }

    /** Output height for an output width, keeping the aspect ratio. */
    public int heightFor(int outputWidth) {
        return Math.max(1, (int) Math.round((double) outputWidth * height / width));
    }

    public Rect bounds() {
        return new Rect(0, 0, width, height);
    }
}
