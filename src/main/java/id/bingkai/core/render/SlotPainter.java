// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import id.bingkai.core.model.Asset;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.SlotShape;
import id.bingkai.core.model.PlacedPhoto;
import id.bingkai.core.model.Rect;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Draws a photo into its slot. The photo is painted on a surface the size of the slot, then multiplied by the
 * slot's coverage (an antialiased rectangle or ellipse, or the mask image's alpha), then composited onto the
 * canvas; Java2D's own clip would leave hard, jagged edges on ellipses and masks.
 */
final class SlotPainter {
    /** How much more resolution than the output needs to ask a point-subsampling photo source for, per axis. */
    static final double OVERSAMPLING = PhotoSource.DEFAULT_OVERSAMPLING;

    private final ImagePainter images;

    SlotPainter(ImagePainter images) {
        this.images = images;
    }

    void paint(Graphics2D g, Rectangle canvasDevice, PhotoSlot slot, PlacedPhoto placed, double scale,
            PhotoSource photos) {
        Rect bounds = slot.bounds();
        Rectangle box = RenderHints.deviceBox(ShapePainter.toAwt(bounds), scale, 0, canvasDevice);
        if (box.isEmpty()) {
            return;
        }
        PhotoRef ref = placed.photo();
        // Photo pixels -> pixels of the slot surface (whose origin is the box's corner).
        AffineTransform toSurface = AffineTransform.getTranslateInstance(-box.x, -box.y);
        toSurface.scale(scale, scale);
        toSurface.concatenate(PlacementGeometry.photoToCanvas(bounds, ref, placed.placement()));
        Rectangle surface = new Rectangle(0, 0, box.width, box.height);
        if (!showsAnything(toSurface, surface, ref)) {
            return;
        }
        double needed = PlacementGeometry.scale(bounds, ref, placed.placement()) * scale;
        double oversampling = photos.oversampling(ref);
        int minWidth = request(ref.width(), needed, oversampling);
        int minHeight = request(ref.height(), needed, oversampling);
        BufferedImage pixels = photos.pixels(ref, minWidth, minHeight);
        AffineTransform loadedToSurface = new AffineTransform(toSurface);
        loadedToSurface.scale((double) ref.width() / pixels.getWidth(), (double) ref.height() / pixels.getHeight());

        BufferedImage layer = new BufferedImage(box.width, box.height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D lg = layer.createGraphics();
        try {
            RenderHints.apply(lg);
            images.draw(lg, pixels, loadedToSurface, surface);
            clipToSlot(lg, slot, scale, box);
        } finally {
            lg.dispose();
        }
        g.drawImage(layer, box.x, box.y, null);
    }

    /** About {@link #OVERSAMPLING} times the output pixels along one side, never more than the photo has. */
    static int request(int fullSide, double outputPerPhotoPixel) {
        return request(fullSide, outputPerPhotoPixel, OVERSAMPLING);
    }

    /** {@code oversampling} times the output pixels along one side (see {@link PhotoSource#oversampling}). */
    static int request(int fullSide, double outputPerPhotoPixel, double oversampling) {
        double wanted = Math.ceil(fullSide * outputPerPhotoPixel * oversampling);
        return (int) Math.clamp(wanted, 1, fullSide);
    }

    private static boolean showsAnything(AffineTransform toSurface, Rectangle surface, PhotoRef ref) {
        try {
            Rectangle2D needed = toSurface.createInverse().createTransformedShape(surface).getBounds2D();
            return needed.intersects(0, 0, ref.width(), ref.height());
        } catch (NoninvertibleTransformException e) {
            return false;
        }
    }

    private void clipToSlot(Graphics2D lg, PhotoSlot slot, double scale, Rectangle box) {
        AffineTransform canvasToSurface = AffineTransform.getTranslateInstance(-box.x, -box.y);
        canvasToSurface.scale(scale, scale);
        Shape outline = slot.shape() == SlotShape.MASK ? null : slot.outline();
        if (outline != null && outline instanceof Rectangle2D rect
                && canvasToSurface.createTransformedShape(rect).contains(0, 0, box.width, box.height)) {
            return; // a square-cornered slot already covering whole pixels needs no mask
        }
        BufferedImage mask = new BufferedImage(box.width, box.height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D mg = mask.createGraphics();
        try {
            RenderHints.apply(mg);
            if (outline != null) {
                mg.transform(canvasToSurface);
                mg.setColor(Color.WHITE);
                mg.fill(outline);
            } else {
                slot.mask().ifPresent(asset -> paintMask(mg, asset, slot.bounds(), canvasToSurface, box));
            }
        } finally {
            mg.dispose();
        }
        lg.setComposite(AlphaComposite.DstIn);
        lg.drawImage(mask, 0, 0, null);
    }

    private void paintMask(Graphics2D mg, Asset asset, Rect bounds, AffineTransform canvasToSurface, Rectangle box) {
        Rectangle surface = new Rectangle(0, 0, box.width, box.height);
        switch (asset) {
            case Asset.Raster raster -> images.draw(mg, raster.image(),
                    LayerPainter.stretch(raster.image(), bounds, canvasToSurface), surface);
            case Asset.Vector vector -> LayerPainter.renderSvg(mg, vector, bounds, canvasToSurface);
            case Asset.Typeface ignored -> {
                mg.setColor(Color.WHITE); // not a picture: show the photo unmasked rather than not at all
                mg.fill(surface);
            }
        }
    }
}
