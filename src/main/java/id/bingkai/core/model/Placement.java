// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

/**
 * Where a photo sits in its slot, independent of output size and of the photo's pixel count.
 *
 * @param offsetX    horizontal shift of the photo centre from the slot centre, as a fraction of the slot width
 * @param offsetY    vertical shift, as a fraction of the slot height
 * @param zoom       scale relative to cover-fit: 1 fills the slot exactly, 2 doubles it, &lt;1 leaves gaps
 * @param rotation   clockwise rotation in degrees, normalised to (-180, 180]
 * @param flipped    mirrored horizontally (before rotation)
 */
public record Placement(double offsetX, double offsetY, double zoom, double rotation, boolean flipped) {
    public static final double MIN_ZOOM = 0.05;
    public static final double MAX_ZOOM = 20;
    public static final double MAX_OFFSET = 10;
    /** Cover-fit, centred, upright: the placement a photo gets when it is first put into a slot. */
    public static final Placement COVER = new Placement(0, 0, 1, 0, false);

    public Placement {
        requireFinite(offsetX, "offsetX");
        requireFinite(offsetY, "offsetY");
        requireFinite(zoom, "zoom");
        requireFinite(rotation, "rotation");
        if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) {
            throw new IllegalArgumentException("zoom must be within " + MIN_ZOOM + ".." + MAX_ZOOM + ": " + zoom);
        }
        if (Math.abs(offsetX) > MAX_OFFSET || Math.abs(offsetY) > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be within +-" + MAX_OFFSET + ": " + offsetX + "," + offsetY);
        }
        rotation = normalise(rotation);
    }

    private static void requireFinite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number");
        }
    }

    private static double normalise(double degrees) {
        double r = degrees % 360;
        if (r <= -180) {
            r += 360;
        } else if (r > 180) {
            r -= 360;
        }
        return r == -0.0 ? 0.0 : r;
    }

    public Placement withOffset(double x, double y) {
        return new Placement(x, y, zoom, rotation, flipped);
    }

    public Placement withZoom(double z) {
        return new Placement(offsetX, offsetY, Math.clamp(z, MIN_ZOOM, MAX_ZOOM), rotation, flipped);
    }

    public Placement withRotation(double degrees) {
        return new Placement(offsetX, offsetY, zoom, degrees, flipped);
    }

    public Placement withFlipped(boolean f) {
        return new Placement(offsetX, offsetY, zoom, rotation, f);
    }
}
