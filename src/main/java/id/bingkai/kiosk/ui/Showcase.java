// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.PhotoRef;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the kiosk shows before anyone has come: each offered frame with a drawn stand-in portrait (the attract
 * loop's sample results) and without a photo (the frame chooser's tiles). Nothing is read from disk but the pack;
 * no visitor's photo is ever shown to the next one.
 */
public final class Showcase {
    private static final int PORTRAIT_W = 900;
    private static final int PORTRAIT_H = 1200;
    private static final Color[][] PALETTES = {
        {new Color(0x5B8DB8), new Color(0x1E3A5F), new Color(0x2D2A26)},
        {new Color(0x8DB87A), new Color(0x2F5D3A), new Color(0x3B2F2A)},
        {new Color(0xC9A26B), new Color(0x6B4226), new Color(0x1F1A17)},
    };

    private Showcase() {
    }

    /** One sample result per frame, {@code width} pixels wide. */
    public static List<BufferedImage> samples(Renders renders, FramePack pack, List<Frame> frames, int width) {
        return java.util.stream.IntStream.range(0, frames.size()).mapToObj(i -> {
            Renders.Photo photo = portrait(i);
            Document doc = Document.of(pack, frames.get(i)).withPhoto(photo.ref());
            return renders.render(doc, photo, width);
        }).toList();
    }

    /** Each frame without a photo, {@code width} pixels wide, by frame id. */
    public static Map<String, BufferedImage> thumbnails(Renders renders, FramePack pack, List<Frame> frames,
            int width) {
        Map<String, BufferedImage> out = new LinkedHashMap<>();
        Renders.Photo none = portrait(0);
        for (Frame f : frames) {
            out.put(f.id(), renders.render(Document.of(pack, f), none, width));
        }
        return out;
    }

    /** A drawn stand-in portrait: a head and shoulders against a soft background. */
    static Renders.Photo portrait(int variant) {
        Color[] c = PALETTES[Math.floorMod(variant, PALETTES.length)];
        BufferedImage img = new BufferedImage(PORTRAIT_W, PORTRAIT_H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, c[0], 0, PORTRAIT_H, c[1]));
        g.fillRect(0, 0, PORTRAIT_W, PORTRAIT_H);
        g.setColor(c[2]);
        g.fill(new RoundRectangle2D.Double(PORTRAIT_W * 0.12, PORTRAIT_H * 0.62, PORTRAIT_W * 0.76, PORTRAIT_H * 0.6,
                PORTRAIT_W * 0.4, PORTRAIT_W * 0.4));
        g.setColor(new Color(0xE0B48C));
        g.fill(new Ellipse2D.Double(PORTRAIT_W * 0.32, PORTRAIT_H * 0.22, PORTRAIT_W * 0.36, PORTRAIT_H * 0.34));
        g.setColor(c[2]);
        g.fill(new Ellipse2D.Double(PORTRAIT_W * 0.3, PORTRAIT_H * 0.18, PORTRAIT_W * 0.4, PORTRAIT_H * 0.16));
        g.dispose();
        return new Renders.Photo(new PhotoRef(Path.of("contoh-" + variant), PORTRAIT_W, PORTRAIT_H), img);
    }
}
