// SPDX-License-Identifier: Apache-2.0
package id.bingkai.testing;

import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.render.PhotoSource;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * A drawn head-and-shoulders "photo" for pictures in the docs: no real person, no licence question. For
 * asymmetric test photos that show flips and turns, see {@link SyntheticPhotos}.
 */
public final class PortraitPhotos implements PhotoSource {
    public static final PhotoRef PORTRAIT = new PhotoRef(Path.of("potret"), 3000, 4000);

    @Override
    public BufferedImage pixels(PhotoRef photo, int minWidth, int minHeight) {
        double s = Math.max(Math.max(minWidth, 64) / (double) photo.width(), Math.max(minHeight, 64)
                / (double) photo.height());
        s = Math.min(1, s);
        int w = (int) Math.ceil(photo.width() * s);
        int h = (int) Math.ceil(photo.height() * s);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0x9FB8C8), 0, h, new Color(0x5E7F95)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x2F3B52));
        g.fill(new Ellipse2D.Double(w * 0.12, h * 0.62, w * 0.76, h * 0.6));
        g.setColor(new Color(0xC89B7B));
        g.fill(new Ellipse2D.Double(w * 0.43, h * 0.52, w * 0.14, h * 0.14));
        g.fill(new Ellipse2D.Double(w * 0.33, h * 0.25, w * 0.34, h * 0.34));
        g.setColor(new Color(0x1E1A18));
        g.fill(new Ellipse2D.Double(w * 0.32, h * 0.21, w * 0.36, h * 0.17));
        g.dispose();
        return img;
    }
}
