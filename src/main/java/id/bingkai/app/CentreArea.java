// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import id.bingkai.app.editor.CanvasView;
import id.bingkai.app.guideline.GuidesBar;
import id.bingkai.app.guideline.PreviewStrip;
import id.bingkai.core.model.CanvasSize;
import java.util.function.Supplier;
import javafx.scene.layout.Region;

/**
 * The middle of the window: the guide switches on top, the canvas, and the true-size previews beside the canvas
 * or under it, whichever leaves the canvas bigger (beside it on a laptop screen for square and tall frames).
 */
final class CentreArea extends Region {
    /** CanvasView keeps about this much room around the picture. */
    private static final double CANVAS_MARGIN = 28;
    /** The previews give way before the canvas' short side gets smaller than this on screen. */
    private static final double MIN_CANVAS = 200;
    private final GuidesBar bar;
    private final CanvasView canvas;
    private final PreviewStrip strip;
    private final Supplier<CanvasSize> canvasSize;

    CentreArea(GuidesBar bar, CanvasView canvas, PreviewStrip strip, Supplier<CanvasSize> canvasSize) {
        this.bar = bar;
        this.canvas = canvas;
        this.strip = strip;
        this.canvasSize = canvasSize;
        getStyleClass().add("centre-area");
        getChildren().addAll(canvas, bar, strip);
    }

    @Override
    protected double computeMinWidth(double height) {
        return 200;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 200;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double barH = bar.isManaged() ? bar.prefHeight(w) : 0;
        if (bar.isManaged()) {
            bar.resizeRelocate(0, 0, w, barH);
        }
        double top = barH;
        double avail = h - barH;
        CanvasSize c = canvasSize.get();
        double sw = strip.widthAs(true);
        double sideScale = strip.heightAs(true) <= avail ? scale(c, w - sw, avail) : -1;
        double sh = strip.heightAs(false);
        double underScale = strip.widthAs(false) <= w ? scale(c, w, avail - sh) : -1;
        // No previews for this frame, or no room for them (a very small window): the canvas takes it all.
        boolean shown = strip.hasPreviews()
                && Math.max(sideScale, underScale) * Math.min(c.width(), c.height()) >= MIN_CANVAS;
        strip.setVisible(shown);
        if (!shown) {
            canvas.resizeRelocate(0, top, w, avail);
            return;
        }
        boolean beside = sideScale >= underScale;
        strip.setVertical(beside);
        if (beside) {
            canvas.resizeRelocate(0, top, w - sw, avail);
            strip.resizeRelocate(w - sw, top, sw, avail);
        } else {
            canvas.resizeRelocate(0, top, w, avail - sh);
            strip.resizeRelocate(0, h - sh, w, sh);
        }
    }

    private static double scale(CanvasSize c, double w, double h) {
        return Math.min((w - 2 * CANVAS_MARGIN) / c.width(), (h - 2 * CANVAS_MARGIN) / c.height());
    }
}
