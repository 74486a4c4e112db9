// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.Rect;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * Where a photo lands in its slot. The single definition of a {@link Placement}'s meaning, shared by the
 * renderer (photo pixels to canvas) and the editor (pointer to photo, drags to offsets), so what the user drags
 * is exactly what gets exported.
 *
 * <p>Photo space is the photo's full-resolution, upright pixel grid ({@link PhotoRef#width()} x
 * {@link PhotoRef#height()}); canvas space is the frame's design units. The photo is cover-fitted to the slot,
 * scaled by the zoom, mirrored horizontally if flipped, rotated clockwise about its centre, and its centre is
 * moved by the offset (fractions of the slot size) from the slot centre.
 */
public final class PlacementGeometry {
    private PlacementGeometry() {
    }

    /** The scale at which a photo exactly covers the slot (the larger of the two axis ratios). */
    public static double coverScale(Rect slot, double photoWidth, double photoHeight) {
        requirePositive(photoWidth, photoHeight);
        return Math.max(slot.width() / photoWidth, slot.height() / photoHeight);
    }

    /** Canvas units per photo pixel for this placement: cover scale times zoom. */
    public static double scale(Rect slot, PhotoRef photo, Placement placement) {
        return coverScale(slot, photo.width(), photo.height()) * placement.zoom();
    }

    /** Where the photo's centre sits, in canvas units. */
    public static Point2D centre(Rect slot, Placement placement) {
        return new Point2D.Double(slot.centerX() + placement.offsetX() * slot.width(),
                slot.centerY() + placement.offsetY() * slot.height());
    }

    /** The transform from photo pixels to canvas units. */
    public static AffineTransform photoToCanvas(Rect slot, PhotoRef photo, Placement placement) {
        return photoToCanvas(slot, photo.width(), photo.height(), placement);
    }

    /** Same as {@link #photoToCanvas(Rect, PhotoRef, Placement)} for a photo size given directly. */
    public static AffineTransform photoToCanvas(Rect slot, double photoWidth, double photoHeight,
            Placement placement) {
        double scale = coverScale(slot, photoWidth, photoHeight) * placement.zoom();
        Point2D centre = centre(slot, placement);
        AffineTransform t = AffineTransform.getTranslateInstance(centre.getX(), centre.getY());
        // In y-down canvas space a positive angle turns clockwise.
        t.rotate(Math.toRadians(placement.rotation()));
        t.scale(placement.flipped() ? -scale : scale, scale);
        t.translate(-photoWidth / 2, -photoHeight / 2);
        return t;
    }

    /** The inverse of {@link #photoToCanvas(Rect, PhotoRef, Placement)}. */
    public static AffineTransform canvasToPhoto(Rect slot, PhotoRef photo, Placement placement) {
        try {
            return photoToCanvas(slot, photo, placement).createInverse();
        } catch (NoninvertibleTransformException e) {
            // Zoom and photo size are validated positive, so the transform always has an inverse.
            throw new IllegalStateException(e);
        }
    }

    /** A photo pixel position to canvas units. */
    public static Point2D toCanvas(Rect slot, PhotoRef photo, Placement placement, Point2D photoPoint) {
        return photoToCanvas(slot, photo, placement).transform(photoPoint, null);
    }

    /** A canvas position (e.g. under the pointer) to photo pixels; may lie outside the photo. */
    public static Point2D toPhoto(Rect slot, PhotoRef photo, Placement placement, Point2D canvasPoint) {
        return canvasToPhoto(slot, photo, placement).transform(canvasPoint, null);
    }

    /** The photo's outline in canvas units (a rotated rectangle). */
    public static Shape outline(Rect slot, PhotoRef photo, Placement placement) {
        return photoToCanvas(slot, photo, placement)
                .createTransformedShape(new Rectangle2D.Double(0, 0, photo.width(), photo.height()));
    }

    /** Whether the photo covers the whole slot rectangle, i.e. leaves no empty gap in it. */
    public static boolean coversSlot(Rect slot, PhotoRef photo, Placement placement) {
        AffineTransform inverse = canvasToPhoto(slot, photo, placement);
        double[] corners = {slot.x(), slot.y(), slot.maxX(), slot.y(), slot.maxX(), slot.maxY(), slot.x(),
            slot.maxY()};
        inverse.transform(corners, 0, corners, 0, 4);
        double eps = 1e-6 * Math.max(photo.width(), photo.height());
        for (int i = 0; i < 8; i += 2) {
            if (corners[i] < -eps || corners[i] > photo.width() + eps || corners[i + 1] < -eps
                    || corners[i + 1] > photo.height() + eps) {
                return false;
            }
        }
        return true;
    }

    /** The placement after the user drags the photo by {@code dx, dy} canvas units. */
    public static Placement dragged(Placement placement, Rect slot, double dx, double dy) {
        return placement.withOffset(clampOffset(placement.offsetX() + dx / slot.width()),
                clampOffset(placement.offsetY() + dy / slot.height()));
    }

    /**
     * The placement after zooming to {@code newZoom} (clamped to the allowed range) while the photo point under
     * {@code anchor} (canvas units, e.g. the pointer or a pinch centre) stays where it is.
     */
    public static Placement zoomedAbout(Placement placement, Rect slot, double newZoom, Point2D anchor) {
        double zoom = Math.clamp(newZoom, Placement.MIN_ZOOM, Placement.MAX_ZOOM);
        double ratio = zoom / placement.zoom();
        Point2D centre = centre(slot, placement);
        double cx = anchor.getX() + (centre.getX() - anchor.getX()) * ratio;
        double cy = anchor.getY() + (centre.getY() - anchor.getY()) * ratio;
        return new Placement(clampOffset((cx - slot.centerX()) / slot.width()),
                clampOffset((cy - slot.centerY()) / slot.height()), zoom, placement.rotation(), placement.flipped());
    }

    private static double clampOffset(double offset) {
        return Math.clamp(offset, -Placement.MAX_OFFSET, Placement.MAX_OFFSET);
    }

    private static void requirePositive(double width, double height) {
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("photo size must be positive: " + width + "x" + height);
        }
    }
}
