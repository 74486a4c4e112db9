// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.editor;

import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.Rect;
import id.bingkai.core.render.PlacementGeometry;
import java.awt.geom.Point2D;

/**
 * Turns what the hand does on the canvas (move by so many canvas units, zoom about a point) into the
 * slot-relative placement the document stores, through the core's {@link PlacementGeometry} (the renderer's own
 * definition of a placement), plus "fit whole photo", which the core does not need.
 */
public final class PlacementMath {
    private PlacementMath() {
    }

    public static Placement moveBy(Placement p, Rect slot, double dxCanvas, double dyCanvas) {
        return PlacementGeometry.dragged(p, slot, dxCanvas, dyCanvas);
    }

    /**
     * Scales by {@code factor} about a canvas point (the cursor or the pinch centre), so that the point under
     * the fingers stays under them.
     */
    public static Placement zoomAbout(Placement p, Rect slot, double factor, double canvasX, double canvasY) {
        return PlacementGeometry.zoomedAbout(p, slot, p.zoom() * factor, new Point2D.Double(canvasX, canvasY));
    }

    public static Placement zoomAboutCentre(Placement p, Rect slot, double factor) {
        return zoomAbout(p, slot, factor, slot.centerX() + p.offsetX() * slot.width(),
                slot.centerY() + p.offsetY() * slot.height());
    }

    /**
     * The zoom at which the whole photo is visible inside the slot ("fit whole photo"), relative to cover-fit.
     * A photo turned by 90 degrees fits with its sides swapped.
     */
    public static double containZoom(PhotoRef photo, Rect slot, double rotation) {
        double w = photo.width();
        double h = photo.height();
        double cover = PlacementGeometry.coverScale(slot, w, h);
        double rad = Math.toRadians(rotation);
        double bw = Math.abs(w * Math.cos(rad)) + Math.abs(h * Math.sin(rad));
        double bh = Math.abs(w * Math.sin(rad)) + Math.abs(h * Math.cos(rad));
        double contain = Math.min(slot.width() / bw, slot.height() / bh);
        return Math.clamp(contain / cover, Placement.MIN_ZOOM, Placement.MAX_ZOOM);
    }

}
