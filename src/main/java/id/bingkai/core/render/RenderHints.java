// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;

/** The one set of Java2D settings every surface of a render uses, plus small device-space helpers. */
final class RenderHints {
    private RenderHints() {
    }

    /**
     * Quality over speed; pure strokes and fractional metrics keep geometry independent of the output size,
     * and LCD text is off because the result is an image, not a screen.
     */
    static void apply(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    /** The whole device pixels touched by a canvas-unit rectangle grown by {@code margin} canvas units, clipped. */
    static Rectangle deviceBox(Rectangle2D canvasRect, double scale, double margin, Rectangle clip) {
        int x0 = (int) Math.floor((canvasRect.getMinX() - margin) * scale);
        int y0 = (int) Math.floor((canvasRect.getMinY() - margin) * scale);
        int x1 = (int) Math.ceil((canvasRect.getMaxX() + margin) * scale);
        int y1 = (int) Math.ceil((canvasRect.getMaxY() + margin) * scale);
        return new Rectangle(x0, y0, x1 - x0, y1 - y0).intersection(clip);
    }
}
