// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

import java.util.Objects;

/**
 * The agency's own logo the user picked, decoded: a PNG as pixels or an SVG as vectors. It is drawn in a frame's
 * {@link Layer.LogoPlace} with {@link #fitIn}, so it is never stretched.
 *
 * @param picture a {@link Asset.Raster} or {@link Asset.Vector} whose name is the file name shown in messages
 */
public record AgencyLogo(Asset picture) {
    public AgencyLogo {
        Objects.requireNonNull(picture, "picture");
        if (picture instanceof Asset.Typeface) {
            throw new IllegalArgumentException("an agency logo is a picture, not a font: " + picture.name());
        }
        if (!(aspect(picture) > 0) || !Double.isFinite(aspect(picture))) {
            throw new IllegalArgumentException("an agency logo needs a positive size: " + picture.name());
        }
    }

    /** The file name, for messages. */
    public String name() {
        return picture.name();
    }

    /** Width over height of the picture as drawn by its author. */
    public double aspect() {
        return aspect(picture);
    }

    /** The largest rectangle of the logo's proportions inside {@code box}, centred in it (CSS "contain"). */
    public Rect fitIn(Rect box) {
        double aspect = aspect();
        double width = box.width();
        double height = width / aspect;
        if (height > box.height()) {
            height = box.height();
            width = height * aspect;
        }
        return new Rect(box.x() + (box.width() - width) / 2, box.y() + (box.height() - height) / 2, width, height);
    }

    private static double aspect(Asset picture) {
        return switch (picture) {
            case Asset.Raster r -> (double) r.image().getWidth() / r.image().getHeight();
            case Asset.Vector v -> (double) v.document().size().width / v.document().size().height;
            case Asset.Typeface t -> Double.NaN;
        };
    }
}
