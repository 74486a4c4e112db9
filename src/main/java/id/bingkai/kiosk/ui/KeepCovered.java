// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.Rect;
import id.bingkai.core.render.PlacementGeometry;
import java.util.Optional;

/**
 * The adjust screen's rule that a visitor's photo always fills its place: a drag or a zoom that would open an empty
 * edge stops where the edge would show, and a turn that would leave one zooms in just enough. So the kiosk never
 * offers what the guideline's {@code photo-coverage} rule would refuse (the refusal stays behind it, in
 * {@link Renders#blocking}), and a visitor is stopped by the photo's edge rather than by a message.
 */
final class KeepCovered {
    /** Halvings of the step: far below a pixel of the slot for any screen. */
    private static final int STEPS = 30;

    private KeepCovered() {
    }

    /**
     * What the edit from {@code before} to {@code after} may do: all of it when the photo still covers the slot (or
     * did not before: nothing to keep), otherwise as much of it as keeps the slot covered.
     */
    static Placement limit(Rect slot, PhotoRef photo, Placement before, Placement after, double maxZoom) {
        if (covers(slot, photo, after) || !covers(slot, photo, before)) {
            return after;
        }
        if (before.rotation() == after.rotation() && before.flipped() == after.flipped()) {
            return partOfTheWay(slot, photo, before, after);
        }
        return zoomedToCover(slot, photo, after, maxZoom).orElse(before);
    }

    /** The furthest point on the straight way from {@code before} to {@code after} that still covers. */
    private static Placement partOfTheWay(Rect slot, PhotoRef photo, Placement before, Placement after) {
        double covered = 0;
        double uncovered = 1;
        for (int i = 0; i < STEPS; i++) {
            double t = (covered + uncovered) / 2;
            if (covers(slot, photo, between(before, after, t))) {
                covered = t;
            } else {
                uncovered = t;
            }
        }
        return between(before, after, covered);
    }

    /** The least zoom (up to {@code maxZoom}) at which the turned photo covers, with its offset kept. */
    private static Optional<Placement> zoomedToCover(Rect slot, PhotoRef photo, Placement turned,
            double maxZoom) {
        if (!covers(slot, photo, turned.withZoom(maxZoom))) {
            return Optional.empty();
        }
        double low = turned.zoom();
        double high = maxZoom;
        for (int i = 0; i < STEPS; i++) {
            double mid = (low + high) / 2;
            if (covers(slot, photo, turned.withZoom(mid))) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return Optional.of(turned.withZoom(high));
    }

    private static Placement between(Placement a, Placement b, double t) {
        double x = a.offsetX() + (b.offsetX() - a.offsetX()) * t;
        double y = a.offsetY() + (b.offsetY() - a.offsetY()) * t;
        return new Placement(x, y, a.zoom() * Math.pow(b.zoom() / a.zoom(), t), a.rotation(), a.flipped());
    }

    private static boolean covers(Rect slot, PhotoRef photo, Placement placement) {
        return PlacementGeometry.coversSlot(slot, photo, placement);
    }
}
