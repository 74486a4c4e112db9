// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import id.bingkai.core.model.Layer;
import id.bingkai.core.model.Outlines;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.ShapeKind;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;

/**
 * Draws shape layers. The stroke is centred on the outline (half inside, half outside the bounds), as in SVG,
 * so a 1080 x 1080 rectangle with an 8-unit stroke reaches 4 units beyond its bounds.
 */
final class ShapePainter {
    private ShapePainter() {
    }

    static void paint(Graphics2D g, Rectangle canvasDevice, Layer.Shape layer, double scale) {
        double halfStroke = layer.stroke().map(s -> s.width() / 2).orElse(0.0);
        Rectangle box = RenderHints.deviceBox(toAwt(layer.bounds()), scale, halfStroke + 1, canvasDevice);
        boolean bothParts = layer.fill().isPresent() && layer.stroke().isPresent();
        if (bothParts || layer.opacity() >= 1) {
            Offscreen.paint(g, box, layer.opacity(), lg -> draw(lg, layer, scale, 1));
        } else {
            Graphics2D copy = (Graphics2D) g.create();
            try {
                draw(copy, layer, scale, layer.opacity());
            } finally {
                copy.dispose();
            }
        }
    }

    private static void draw(Graphics2D g, Layer.Shape layer, double scale, double opacity) {
        g.scale(scale, scale);
        if (opacity < 1) {
            g.setComposite(AlphaComposite.SrcOver.derive((float) opacity));
        }
        Shape shape = Outlines.of(layer.bounds(), layer.kind() == ShapeKind.ELLIPSE,
                layer.cornerRadius());
        layer.fill().ifPresent(fill -> {
            g.setPaint(Paints.of(fill, toAwt(layer.bounds())));
            g.fill(shape);
        });
        layer.stroke().ifPresent(stroke -> {
            g.setPaint(new Color(stroke.argb(), true));
            g.setStroke(new BasicStroke((float) stroke.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f));
            g.draw(shape);
        });
    }


    static Rectangle2D toAwt(Rect r) {
        return new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height());
    }
}
