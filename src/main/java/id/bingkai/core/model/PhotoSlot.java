// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

import java.awt.Shape;
import java.util.Objects;
import java.util.Optional;

/**
 * A place for a photo. The photo is cover-fitted to {@code bounds} and clipped to {@code shape}.
 *
 * @param cornerRadius rounding of a rectangle's corners, in canvas units
 * @param mask         for {@link SlotShape#MASK}: an image whose alpha is the clip
 */
public record PhotoSlot(String id, SlotShape shape, Rect bounds, double cornerRadius, Optional<Asset> mask) {
    public PhotoSlot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(bounds, "bounds");
        Objects.requireNonNull(mask, "mask");
        if (shape == SlotShape.MASK && mask.isEmpty()) {
            throw new IllegalArgumentException("slot " + id + " has shape mask but no mask image");
        }
        if (!(cornerRadius >= 0) || !Double.isFinite(cornerRadius)) {
            throw new IllegalArgumentException("slot " + id + " corner radius must be >= 0");
        }
    }

    /** The outline the photo shows through, in canvas units; a mask slot by its bounds (its mask's alpha clips). */
    public Shape outline() {
        return Outlines.of(bounds, shape == SlotShape.ELLIPSE, shape == SlotShape.RECTANGLE ? cornerRadius : 0);
    }

    public static PhotoSlot of(String id, SlotShape shape, Rect bounds) {
        return new PhotoSlot(id, shape, bounds, 0, Optional.empty());
    }
}
