// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.model.Rect;
import java.awt.geom.Rectangle2D;
import java.util.Optional;

/** Small rectangle helpers the rules share (the model's {@link Rect} cannot be empty). */
final class Geometry {
    /** Overlaps thinner than this many canvas units are rounding, not a finding. */
    static final double EPSILON = 0.5;

    private Geometry() {
    }

    static Rect union(Rect a, Rect b) {
        double x = Math.min(a.x(), b.x());
        double y = Math.min(a.y(), b.y());
        return new Rect(x, y, Math.max(a.maxX(), b.maxX()) - x, Math.max(a.maxY(), b.maxY()) - y);
    }

    static Optional<Rect> intersection(Rect a, Rect b) {
        double x = Math.max(a.x(), b.x());
        double y = Math.max(a.y(), b.y());
        double w = Math.min(a.maxX(), b.maxX()) - x;
        double h = Math.min(a.maxY(), b.maxY()) - y;
        return w > EPSILON && h > EPSILON ? Optional.of(new Rect(x, y, w, h)) : Optional.empty();
    }

    static Rect expand(Rect r, double by) {
        return new Rect(r.x() - by, r.y() - by, r.width() + 2 * by, r.height() + 2 * by);
    }

    static Optional<Rect> of(Rectangle2D r) {
        return r.getWidth() > EPSILON && r.getHeight() > EPSILON
                ? Optional.of(new Rect(r.getX(), r.getY(), r.getWidth(), r.getHeight()))
                : Optional.empty();
    }

    static Rectangle2D awt(Rect r) {
        return new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height());
    }
}
