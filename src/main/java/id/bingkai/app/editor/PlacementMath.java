// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.editor;

import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.Rect;

/**
 * Turns what the hand does on the canvas (move by so many canvas units, zoom about a point) into the
 * slot-relative placement the document stores. Offsets are fractions of the slot size along the canvas axes.
 */
public final class PlacementMath {
    private PlacementMath() {
    }

    public static Placement moveBy(Placement p, Rect slot, double dxCanvas, double dyCanvas) {
        return p.withOffset(clampOffset(p.offsetX() + dxCanvas / slot.width()),
                clampOffset(p.offsetY() + dyCanvas / slot.height()));
    }

    /**
     * Scales by {@code factor} about a canvas point (the cursor or the pinch centre), so that the point under
     * the fingers stays under them.
     */
    public static Placement zoomAbout(Placement p, Rect slot, double factor, double canvasX, double canvasY) {
        double zoom = Math.clamp(p.zoom() * factor, Placement.MIN_ZOOM, Placement.MAX_ZOOM);
        double f = zoom / p.zoom();
        double cx = slot.centerX() + p.offsetX() * slot.width();
        double cy = slot.centerY() + p.offsetY() * slot.height();
        double nx = canvasX + (cx - canvasX) * f;
        double ny = canvasY + (cy - canvasY) * f;
        return new Placement(clampOffset((nx - slot.centerX()) / slot.width()),
                clampOffset((ny - slot.centerY()) / slot.height()), zoom, p.rotation(), p.flipped());
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
        double cover = Math.max(slot.width() / w, slot.height() / h);
        double rad = Math.toRadians(rotation);
        double bw = Math.abs(w * Math.cos(rad)) + Math.abs(h * Math.sin(rad));
        double bh = Math.abs(w * Math.sin(rad)) + Math.abs(h * Math.cos(rad));
        double contain = Math.min(slot.width() / bw, slot.height() / bh);
        return Math.clamp(contain / cover, Placement.MIN_ZOOM, Placement.MAX_ZOOM);
    }

    private static double clampOffset(double v) {
        return Math.clamp(v, -Placement.MAX_OFFSET, Placement.MAX_OFFSET);
    }
}
