// SPDX-License-Identifier: Apache-2.0
package id.bingkai.testing;

import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.render.PhotoSource;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for decoded photos: the same picture drawn as vectors at whatever size is asked, so tests need no
 * image files and no loader. The picture is asymmetric (an "F" shape, a dot in the top-left corner) so that
 * flips and rotations show, and smooth enough to compress into small golden PNGs.
 */
public final class SyntheticPhotos implements PhotoSource {
    /** One request the renderer made, to check what resolution it asked for. */
    public record Request(PhotoRef photo, int minWidth, int minHeight, int returnedWidth, int returnedHeight) {
    }

    private final List<Request> requests = new ArrayList<>();

    /** A photo reference of this full size (nothing is read from the path). */
    public static PhotoRef photo(int width, int height) {
        return new PhotoRef(Path.of("synthetic-" + width + "x" + height + ".jpg"), width, height);
    }

    /** Returns exactly the requested size (the smallest a loader may return), and records the request. */
    @Override
    public synchronized BufferedImage pixels(PhotoRef photo, int minWidth, int minHeight) {
        int w = Math.clamp(minWidth, 1, photo.width());
        int h = Math.clamp(minHeight, 1, photo.height());
        // Keep the aspect ratio the way a subsampling decoder does: both sides shrink by the same factor.
        double factor = Math.min((double) photo.width() / w, (double) photo.height() / h);
        w = (int) Math.ceil(photo.width() / factor);
        h = (int) Math.ceil(photo.height() / factor);
        requests.add(new Request(photo, minWidth, minHeight, w, h));
        return draw(w, h);
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The picture at {@code width x height}, TYPE_INT_RGB like a decoded JPEG. */
    public static BufferedImage draw(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(width / 100.0, height / 100.0); // draw in a 100 x 100 unit square
            g.setPaint(new GradientPaint(0, 0, new Color(0x2E6FB7), 100, 100, new Color(0xE8C547)));
            g.fill(new Rectangle2D.Double(0, 0, 100, 100));
            g.setColor(new Color(0x1B1B3A));
            Path2D f = new Path2D.Double();
            f.moveTo(30, 20);
            f.lineTo(70, 20);
            f.lineTo(70, 32);
            f.lineTo(44, 32);
            f.lineTo(44, 46);
            f.lineTo(62, 46);
            f.lineTo(62, 58);
            f.lineTo(44, 58);
            f.lineTo(44, 82);
            f.lineTo(30, 82);
            f.closePath();
            g.fill(f);
            g.setColor(new Color(0xD7263D));
            g.fill(new Ellipse2D.Double(4, 4, 14, 14));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(new Ellipse2D.Double(55, 62, 30, 30));
        } finally {
            g.dispose();
        }
        return image;
    }
}
