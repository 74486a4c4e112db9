// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import com.github.weisj.jsvg.view.ViewBox;
import id.bingkai.core.model.Asset;
import java.awt.AlphaComposite;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Which parts of an image layer are visible, on a coarse grid: a round logo in a square file must not be
 * judged by its transparent corners.
 *
 * @param opaque row-major, {@code columns x rows}; true where some pixel of the cell is visibly opaque
 */
record InkMask(int columns, int rows, boolean[] opaque) {
    /** Longest side of the grid; cells are at most 1/64 of the layer, finer than any rule needs. */
    static final int GRID = 64;
    private static final int ALPHA_VISIBLE = 24;

    static InkMask of(Asset asset, double aspect) {
        int columns = aspect >= 1 ? GRID : Math.max(1, (int) Math.round(GRID * aspect));
        int rows = aspect >= 1 ? Math.max(1, (int) Math.round(GRID / aspect)) : GRID;
        BufferedImage image = new BufferedImage(columns * 2, rows * 2, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setComposite(AlphaComposite.SrcOver);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            switch (asset) {
                case Asset.Raster raster ->
                        g.drawImage(raster.image(), 0, 0, image.getWidth(), image.getHeight(), null);
                case Asset.Vector vector -> vector.document().render((Component) null, g,
                        new ViewBox(0, 0, image.getWidth(), image.getHeight()));
                case Asset.Typeface typeface -> g.fillRect(0, 0, image.getWidth(), image.getHeight());
            }
        } finally {
            g.dispose();
        }
        boolean[] opaque = new boolean[columns * rows];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) > ALPHA_VISIBLE) {
                    opaque[(y / 2) * columns + x / 2] = true;
                }
            }
        }
        return new InkMask(columns, rows, opaque);
    }

    boolean opaque(int column, int row) {
        return opaque[row * columns + column];
    }
}
