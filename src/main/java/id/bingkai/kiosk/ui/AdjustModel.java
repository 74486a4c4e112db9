// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import id.bingkai.core.model.Document;
import id.bingkai.core.model.PlacedPhoto;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.Rect;
import id.bingkai.core.render.PlacementGeometry;
import java.awt.geom.Point2D;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The adjust screen's touch edits on the visitor's document: drag, pinch about the fingers, the big zoom and turn
 * buttons, and back to the start. Distances are in canvas units (the view divides screen pixels by its scale);
 * the placement is the renderer's own ({@link PlacementGeometry}), so what the visitor sees is what is handed off.
 * The photo always fills its place ({@link KeepCovered}): an edit stops where an empty edge would show.
 */
public final class AdjustModel {
    /** One press of the big + or − button. */
    static final double ZOOM_STEP = 1.2;
    /** One press of the turn button. */
    static final double TURN_STEP = 90;
    /** The zoom range of the buttons and the pinch; within it, {@link KeepCovered} keeps the place filled. */
    static final double MIN_ZOOM = 0.5;
    static final double MAX_ZOOM = 6;

    private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>(this, "document");

    public ReadOnlyObjectProperty<Document> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public Document document() {
        return document.get();
    }

    /** A new photo (or frame): starts from cover-fit. */
    void start(Document doc) {
        if (doc.primaryPhoto().isEmpty()) {
            throw new IllegalArgumentException("the document has no photo");
        }
        document.set(doc);
    }

    void clear() {
        document.set(null);
    }

    public void drag(double dxCanvas, double dyCanvas) {
        edit(p -> PlacementGeometry.dragged(p, slot(), dxCanvas, dyCanvas));
    }

    /** Pinch: scales by {@code factor} keeping the canvas point between the fingers where it is. */
    public void pinch(double factor, double canvasX, double canvasY) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            return;
        }
        edit(p -> PlacementGeometry.zoomedAbout(p, slot(), clampZoom(p.zoom() * factor),
                new Point2D.Double(canvasX, canvasY)));
    }

    public void zoomIn() {
        zoomAboutPhotoCentre(ZOOM_STEP);
    }

    public void zoomOut() {
        zoomAboutPhotoCentre(1 / ZOOM_STEP);
    }

    public void turn() {
        edit(p -> p.withRotation(p.rotation() + TURN_STEP));
    }

    /** Back to cover-fit, centred, upright. */
    public void reset() {
        edit(p -> Placement.COVER);
    }

    private void zoomAboutPhotoCentre(double factor) {
        edit(p -> {
            Rect s = slot();
            return PlacementGeometry.zoomedAbout(p, s, clampZoom(p.zoom() * factor), new Point2D.Double(
                    s.centerX() + p.offsetX() * s.width(), s.centerY() + p.offsetY() * s.height()));
        });
    }

    private static double clampZoom(double zoom) {
        return Math.clamp(zoom, MIN_ZOOM, MAX_ZOOM);
    }

    private Rect slot() {
        return document.get().frame().primarySlot().bounds();
    }

    private void edit(java.util.function.UnaryOperator<Placement> change) {
        Document doc = document.get();
        if (doc == null) {
            return;
        }
        String slotId = doc.frame().primarySlot().id();
        PlacedPhoto placed = doc.primaryPhoto().orElseThrow();
        Placement before = placed.placement();
        Placement after;
        try {
            after = KeepCovered.limit(slot(), placed.photo(), before, change.apply(before), MAX_ZOOM);
        } catch (IllegalArgumentException e) {
            return; // a drag far past the limits: keep the last valid placement
        }
        if (!after.equals(before)) {
            document.set(doc.withPlacement(slotId, after));
        }
    }
}
