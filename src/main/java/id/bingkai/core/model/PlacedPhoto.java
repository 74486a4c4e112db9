// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

import java.util.Objects;

/** A photo and where it sits in one slot. */
public record PlacedPhoto(PhotoRef photo, Placement placement) {
    public PlacedPhoto {
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(placement, "placement");
    }

    public PlacedPhoto withPlacement(Placement p) {
        return new PlacedPhoto(photo, p);
    }
}
