// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.model.Rect;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Draws the guides and findings over a rendered design with Java2D, the way the editor draws them with JavaFX:
 * for the pictures in docs/guidelines.md.
 */
final class OverlayPictures {
    private static final Color SHADE = new Color(0, 0, 0, 140);
    private static final Color BAND = new Color(229, 57, 53, 110);
    private static final Color FINDING = new Color(229, 57, 53);

    private OverlayPictures() {
    }

    /** {@code image} is the design rendered at {@code scale} output pixels per canvas unit. */
    static BufferedImage draw(BufferedImage image, double scale, List<Overlay> overlays, List<Finding> findings) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.drawImage(image, 0, 0, null);
        AffineTransform toImage = AffineTransform.getScaleInstance(scale, scale);
        Rectangle2D all = new Rectangle2D.Double(0, 0, image.getWidth(), image.getHeight());
        for (Overlay o : overlays) {
            Shape s = toImage.createTransformedShape(o.shape());
            switch (o.kind()) {
                case CIRCLE_CROP -> {
                    Area outside = new Area(all);
                    outside.subtract(new Area(s));
                    g.setColor(SHADE);
                    g.fill(outside);
                    stroke(g, s, Color.WHITE, 2, false);
                }
                case WHATSAPP_CENTRE -> stroke(g, s, Color.WHITE, 1.5f, true);
                case STORY_BAND -> {
                    g.setColor(BAND);
                    g.fill(s);
                    stroke(g, s, FINDING, 1.5f, true);
                }
                case PRINT_BLEED -> stroke(g, s, FINDING, 1.5f, false);
                case PRINT_TRIM -> {
                    Area margin = new Area(all);
                    margin.subtract(new Area(s));
                    g.setColor(new Color(255, 255, 255, 120));
                    g.fill(margin);
                    stroke(g, s, Color.BLACK, 1.5f, false);
                }
                case PRINT_SAFE -> stroke(g, s, new Color(0x1565C0), 1.5f, true);
            }
        }
        for (Finding f : findings) {
            Rect r = f.region();
            Shape s = toImage.createTransformedShape(new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height()));
            g.setComposite(AlphaComposite.SrcOver.derive(0.25f));
            g.setColor(FINDING);
            g.fill(s);
            g.setComposite(AlphaComposite.SrcOver);
            stroke(g, s, FINDING, 2.5f, false);
        }
        g.dispose();
        return out;
    }

    /** A profile design shown in a circle {@code size} pixels wide, as a platform displays it. */
    static BufferedImage inCircle(BufferedImage design, int size) {
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.fill(new Ellipse2D.Double(0, 0, size, size));
        g.setComposite(AlphaComposite.SrcIn);
        g.drawImage(design, 0, 0, size, size, null);
        g.dispose();
        return out;
    }

    private static void stroke(Graphics2D g, Shape s, Color colour, float width, boolean dashed) {
        g.setColor(colour);
        g.setStroke(dashed ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {6, 4}, 0) : new BasicStroke(width));
        g.draw(s);
    }
}
