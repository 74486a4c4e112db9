// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.gallery;

import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.render.PhotoSource;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * A drawn head-and-shoulders silhouette that stands in for the user's photo in gallery thumbnails, so every
 * frame shows how a portrait will sit in it. Never exported.
 */
public final class PlaceholderPhoto implements PhotoSource {
    public static final PhotoRef REF = new PhotoRef(Path.of("bingkai-placeholder.png"), 600, 600);

    private final BufferedImage image = draw(REF.width());

    @Override
    public BufferedImage pixels(PhotoRef photo, int minWidth, int minHeight) {
        return image;
    }

    private static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0xDCE3EA), 0, size, new Color(0xB9C4CF)));
        g.fillRect(0, 0, size, size);
        g.setColor(new Color(0x8594A3));
        double s = size;
        g.fill(new Ellipse2D.Double(s * 0.33, s * 0.16, s * 0.34, s * 0.40));
        g.fill(new RoundRectangle2D.Double(s * 0.14, s * 0.60, s * 0.72, s * 0.60, s * 0.40, s * 0.40));
        g.dispose();
        return img;
    }
}
