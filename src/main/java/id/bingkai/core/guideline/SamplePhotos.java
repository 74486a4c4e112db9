// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.Rect;
import id.bingkai.core.render.PhotoSource;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Made-up photos for linting a pack: each one a flat colour, large enough for any output, with the slot's
 * proportions. Nothing is read from disk; the path only names the colour.
 */
final class SamplePhotos implements PhotoSource {
    /** Black, white and a mid grey: a text that fails on all three fails on any photo behind it. */
    static final int[] COLOURS = {0x000000, 0xFFFFFF, 0x808080};
    /** Photo pixels per canvas unit: enough for 300 dpi on any paper the canvas may stand for. */
    private static final double DENSITY = 8;
    private static final int MAX_SIDE = 100_000;

    /** A sample photo for a slot, named after its colour. */
    static PhotoRef ref(int rgb, Rect slot) {
        int w = (int) Math.min(MAX_SIDE, Math.ceil(slot.width() * DENSITY));
        int h = (int) Math.min(MAX_SIDE, Math.ceil(slot.height() * DENSITY));
        return new PhotoRef(Path.of(String.format("sample-%06x", rgb)), Math.max(1, w), Math.max(1, h));
    }

    @Override
    public BufferedImage pixels(PhotoRef photo, int minWidth, int minHeight) {
        int rgb = Integer.parseInt(photo.path().getFileName().toString().substring("sample-".length()), 16);
        int w = Math.max(1, Math.min(photo.width(), Math.max(minWidth, 16)));
        int h = Math.max(1, Math.min(photo.height(), Math.max(minHeight, 16)));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(rgb));
        g.fillRect(0, 0, w, h);
        g.dispose();
        return image;
    }
}
