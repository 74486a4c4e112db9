// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** The outline of a rectangle, rounded rectangle or ellipse in canvas units: shape layers and photo slots alike. */
public final class Outlines {
    private Outlines() {
    }

    /** A rectangle (rounded when the radius is positive; the radius is capped at half the shorter side) or ellipse. */
    public static Shape of(Rect bounds, boolean ellipse, double cornerRadius) {
        if (ellipse) {
            return new Ellipse2D.Double(bounds.x(), bounds.y(), bounds.width(), bounds.height());
        }
        double r = Math.min(cornerRadius, Math.min(bounds.width(), bounds.height()) / 2);
        if (r <= 0) {
            return new Rectangle2D.Double(bounds.x(), bounds.y(), bounds.width(), bounds.height());
        }
        return new RoundRectangle2D.Double(bounds.x(), bounds.y(), bounds.width(), bounds.height(), 2 * r, 2 * r);
    }
}
