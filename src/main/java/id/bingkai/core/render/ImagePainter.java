// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Draws a bitmap under any affine transform without aliasing: the part that will be visible is first resampled
 * to the exact output scale with {@link Resampler}, and only the remainder (rotation, flip, sub-pixel shift) is
 * left to Java2D's bicubic interpolation. A transparent one-pixel border around the resampled part gives the
 * image's own edges a soft, antialiased outline when rotated.
 */
final class ImagePainter {
    private static final int PAD = 1;
    private final Resampler resampler;
    private final Warp warp;

    ImagePainter(Resampler resampler, Warp warp) {
        this.resampler = resampler;
        this.warp = warp;
    }

    /**
     * @param toDevice maps image pixel coordinates to the user space of {@code g}
     * @param visible  the part of {@code g}'s user space that can show anything (e.g. the slot box)
     */
    void draw(Graphics2D g, BufferedImage image, AffineTransform toDevice, Rectangle visible) {
        if (isWholePixelShift(toDevice)) {
            // 1:1 on the pixel grid (a frame PNG drawn at its design width): resampling would return the same
            // pixels, so copy them; this is a quarter of a 1080 px batch render.
            g.drawImage(image, (int) Math.round(toDevice.getTranslateX()), (int) Math.round(toDevice.getTranslateY()),
                    null);
            return;
        }
        if (Warp.handles(toDevice) && g.getTransform().isIdentity()) {
            warped(g, image, toDevice, visible);
            return;
        }
        AffineTransform inverse;
        try {
            inverse = toDevice.createInverse();
        } catch (NoninvertibleTransformException e) {
            return; // zero-size: nothing to draw
        }
        // Output pixels per image pixel along each image axis (independent of rotation and flip).
        double sx = Math.hypot(toDevice.getScaleX(), toDevice.getShearY());
        double sy = Math.hypot(toDevice.getShearX(), toDevice.getScaleY());
        Rectangle2D needed = inverse.createTransformedShape(visible).getBounds2D();
        // Filter support plus a little, so pixels at the edge of the visible area get full kernels.
        double marginX = 3 * Math.max(1, 1 / sx) + 2;
        double marginY = 3 * Math.max(1, 1 / sy) + 2;
        int x0 = (int) Math.max(0, Math.floor(needed.getMinX() - marginX));
        int y0 = (int) Math.max(0, Math.floor(needed.getMinY() - marginY));
        int x1 = (int) Math.min(image.getWidth(), Math.ceil(needed.getMaxX() + marginX));
        int y1 = (int) Math.min(image.getHeight(), Math.ceil(needed.getMaxY() + marginY));
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        int width = (int) Math.max(1, Math.round((x1 - x0) * sx));
        int height = (int) Math.max(1, Math.round((y1 - y0) * sy));
        BufferedImage scaled = resampler.resize(image, new Rectangle(x0, y0, x1 - x0, y1 - y0), width, height, PAD);
        AffineTransform remaining = new AffineTransform(toDevice);
        remaining.translate(x0, y0);
        remaining.scale((double) (x1 - x0) / width, (double) (y1 - y0) / height);
        remaining.translate(-PAD, -PAD);
        g.drawImage(scaled, remaining, null);
    }

    /** Turned by less than 30 degrees, or only scaled: filtered once by {@link Warp} into a tile of the drawn area. */
    private void warped(Graphics2D g, BufferedImage image, AffineTransform toDevice, Rectangle visible) {
        Rectangle area = toDevice.createTransformedShape(new Rectangle(0, 0, image.getWidth(), image.getHeight()))
                .getBounds().intersection(visible);
        Rectangle clip = g.getClipBounds();
        if (clip != null) {
            area = area.intersection(clip);
        }
        if (area.isEmpty()) {
            return;
        }
        BufferedImage tile = new BufferedImage(area.width, area.height, BufferedImage.TYPE_INT_ARGB_PRE);
        AffineTransform toTile = AffineTransform.getTranslateInstance(-area.x, -area.y);
        toTile.concatenate(toDevice);
        warp.draw(image, toTile, tile, new Rectangle(0, 0, area.width, area.height));
        g.drawImage(tile, area.x, area.y, null);
    }

    private static boolean isWholePixelShift(AffineTransform t) {
        int type = t.getType();
        return (type == AffineTransform.TYPE_IDENTITY || type == AffineTransform.TYPE_TRANSLATION)
                && isWhole(t.getTranslateX()) && isWhole(t.getTranslateY());
    }

    private static boolean isWhole(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9;
    }
}
