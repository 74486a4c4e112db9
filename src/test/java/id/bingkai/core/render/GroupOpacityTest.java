// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.ShapeKind;
import id.bingkai.core.model.Stroke;
import id.bingkai.testing.TestFrames;
import id.bingkai.testing.Pictures;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Group opacity: a layer drawn in several strokes is composited once. Pixel values are worked out from the
 * source-over rule: opacity o of colour c over white w gives o c + (1 - o) w per channel.
 */
class GroupOpacityTest {
    private static final int WHITE = 0xFFFFFFFF;

    @Test
    void nothingIsDrawnAtZeroOpacityOrIntoAnEmptyBox() {
        AtomicInteger calls = new AtomicInteger();
        BufferedImage image = Pictures.whiteSurface(20, 20);
        Graphics2D g = image.createGraphics();
        try {
            Offscreen.paint(g, new Rectangle(0, 0, 20, 20), 0, lg -> calls.incrementAndGet());
            Offscreen.paint(g, new Rectangle(0, 0, 20, 20), -0.5, lg -> calls.incrementAndGet());
            Offscreen.paint(g, new Rectangle(5, 5, 0, 10), 0.5, lg -> calls.incrementAndGet());
            Offscreen.paint(g, new Rectangle(5, 5, 0, 10), 1, lg -> calls.incrementAndGet());
        } finally {
            g.dispose();
        }
        assertThat(calls).hasValue(0);
    }

    @Test
    void atFullOpacityTheBodyDrawsStraightOntoTheSurfaceBeyondTheBox() {
        BufferedImage image = Pictures.whiteSurface(20, 20);
        Graphics2D g = image.createGraphics();
        try {
            Offscreen.paint(g, new Rectangle(5, 5, 4, 4), 1, lg -> {
                lg.setColor(Color.RED);
                lg.fillRect(0, 0, 20, 20);
            });
        } finally {
            g.dispose();
        }
        assertThat(image.getRGB(0, 0)).isEqualTo(0xFFFF0000);
        assertThat(image.getRGB(19, 19)).isEqualTo(0xFFFF0000);
    }

    @Test
    void belowFullOpacityOverlappingPartsBlendOnceInsideTheBoxOnly() {
        BufferedImage image = Pictures.whiteSurface(40, 40);
        Graphics2D g = image.createGraphics();
        try {
            Offscreen.paint(g, new Rectangle(10, 10, 20, 20), 0.5, lg -> {
                lg.setColor(Color.BLACK);
                lg.fillRect(0, 0, 40, 40); // device coordinates: the box's own corner is not 0, 0
                lg.fillRect(12, 12, 6, 6); // overlaps the first
                lg.setColor(Color.RED);
                lg.fillOval(20, 20, 10, 10);
            });
        } finally {
            g.dispose();
        }
        assertThat(image.getRGB(9, 20)).as("left of the box").isEqualTo(WHITE);
        assertThat(image.getRGB(20, 30)).as("below the box").isEqualTo(WHITE);
        assertThat(grey(image.getRGB(10, 10))).as("box corner").isCloseTo(128, within(1));
        assertThat(grey(image.getRGB(14, 14))).as("overlap: still one half").isCloseTo(128, within(1));
        assertThat(image.getRGB(25, 25)).as("red over black, then half over white").isIn(0xFFFF8080, 0xFFFF7F7F);
        int partial = 0;
        for (int y = 20; y < 30; y++) {
            for (int x = 20; x < 30; x++) {
                int red = image.getRGB(x, y) >> 16 & 0xFF;
                partial += red > 135 && red < 250 ? 1 : 0;
            }
        }
        assertThat(partial).as("antialiased edge of the disc on the temporary surface").isGreaterThan(8);
    }

    @Test
    void aHalfOpaqueFilledAndStrokedShapeShowsTheStrokeOnceOverTheFill() {
        // Fill black, stroke red 10 units wide on the outline at x = 20: inside the bounds the stroke covers
        // the fill, so the group shows half red over white there, not half red over half black.
        Layer.Shape both = new Layer.Shape("kotak", LayerRole.DECORATION, LayerPosition.ABOVE,
                new Rect(20, 20, 60, 60), ShapeKind.RECTANGLE, 0, Optional.of(TestFrames.solid(0xFF000000)),
                Optional.of(new Stroke(0xFFFF0000, 10)), 0.5);
        BufferedImage image = paint(both);

        assertThat(image.getRGB(22, 50)).as("stroke inside the bounds").isIn(0xFFFF8080, 0xFFFF7F7F);
        assertThat(image.getRGB(15, 50)).as("stroke's outer edge, 4.5 units out").isIn(0xFFFF8080, 0xFFFF7F7F);
        assertThat(grey(image.getRGB(50, 50))).as("fill").isCloseTo(128, within(1));
        assertThat(image.getRGB(14, 50)).isEqualTo(WHITE);
    }

    @Test
    void aHalfOpaqueStrokeAloneOrFillAloneBlendsWithWhatIsBelow() {
        Layer.Shape ring = new Layer.Shape("cincin", LayerRole.DECORATION, LayerPosition.ABOVE,
                new Rect(20, 20, 60, 60), ShapeKind.ELLIPSE, 0, Optional.empty(),
                Optional.of(new Stroke(0xFF0000FF, 8)), 0.25);
        Layer.Shape fill = new Layer.Shape("isi", LayerRole.DECORATION, LayerPosition.ABOVE,
                new Rect(20, 20, 60, 60), ShapeKind.RECTANGLE, 0, Optional.of(TestFrames.solid(0xFF000000)),
                Optional.empty(), 0.75);

        BufferedImage ringed = paint(ring);
        BufferedImage filled = paint(fill);

        assertThat(ringed.getRGB(20, 50)).as("a quarter blue over white").isIn(0xFFBFBFFF, 0xFFC0C0FF);
        assertThat(ringed.getRGB(50, 50)).isEqualTo(WHITE);
        assertThat(grey(filled.getRGB(50, 50))).as("three quarters black").isCloseTo(64, within(1));
        assertThat(filled.getRGB(19, 50)).isEqualTo(WHITE);
    }

    private static BufferedImage paint(Layer.Shape shape) {
        BufferedImage image = Pictures.whiteSurface(100, 100);
        Graphics2D g = image.createGraphics();
        try {
            RenderHints.apply(g);
            ShapePainter.paint(g, new Rectangle(0, 0, 100, 100), shape, 1);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static int grey(int argb) {
        return ((argb >> 16 & 0xFF) + (argb >> 8 & 0xFF) + (argb & 0xFF)) / 3;
    }
}
