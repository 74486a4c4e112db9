// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;

/**
 * Group opacity: a layer drawn in several strokes (fill and outline, or an SVG) is painted on its own transparent
 * surface first and then composited once, so overlapping parts do not show through each other.
 */
final class Offscreen {
    private Offscreen() {
    }

    /**
     * Runs {@code body} with a graphics whose user space is the device space of {@code g} (identity-based), either
     * on {@code g} itself (opacity 1) or on a temporary surface covering {@code box}.
     */
    static void paint(Graphics2D g, Rectangle box, double opacity, Consumer<Graphics2D> body) {
        if (box.isEmpty() || opacity <= 0) {
            return;
        }
        if (opacity >= 1) {
            Graphics2D copy = (Graphics2D) g.create();
            try {
                body.accept(copy);
            } finally {
                copy.dispose();
            }
            return;
        }
        BufferedImage layer = new BufferedImage(box.width, box.height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D lg = layer.createGraphics();
        try {
            RenderHints.apply(lg);
            lg.translate(-box.x, -box.y);
            body.accept(lg);
        } finally {
            lg.dispose();
        }
        Graphics2D copy = (Graphics2D) g.create();
        try {
            copy.setComposite(AlphaComposite.SrcOver.derive((float) opacity));
            copy.drawImage(layer, box.x, box.y, null);
        } finally {
            copy.dispose();
        }
    }
}
