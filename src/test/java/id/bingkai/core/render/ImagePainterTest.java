// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.testing.Pictures;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/**
 * The three ways a bitmap reaches a surface: copied (whole-pixel shift), warped (small turns on an identity
 * surface), or resampled to scale and turned by Java2D (any other transform). Each is checked pixel by pixel.
 */
class ImagePainterTest {
    private final ImagePainter painter = new ImagePainter(new Resampler(ResampleFilter.LANCZOS3, 1),
            new Warp(ResampleFilter.LANCZOS3, 1));

    @Test
    void aQuarterTurnAtFullSizeMovesEveryPixelExactly() {
        BufferedImage source = Pictures.noise(40, 30, 21);
        BufferedImage out = white(30, 40);
        // (x, y) -> (29 - y, x): turned clockwise, Java2D's bicubic samples exactly at the pixel centres.
        AffineTransform quarter = new AffineTransform(0, 1, -1, 0, 30, 0);

        draw(out, source, quarter, new Rectangle(0, 0, 30, 40), null);

        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                assertThat(close(out.getRGB(29 - y, x), source.getRGB(x, y), 2)).as("pixel %d,%d", x, y).isTrue();
            }
        }
    }

    @Test
    void drawingOnlyTheVisiblePartGivesThePixelsOfTheWholeDrawingThere() {
        BufferedImage source = id.bingkai.testing.SyntheticPhotos.draw(300, 200);
        AffineTransform t = AffineTransform.getTranslateInstance(100, 20);
        t.rotate(Math.toRadians(55));
        t.scale(0.37, 0.41);
        Rectangle visible = new Rectangle(60, 50, 45, 38);
        BufferedImage whole = white(200, 160);
        BufferedImage part = white(200, 160);

        draw(whole, source, t, new Rectangle(0, 0, 200, 160), null);
        draw(part, source, t, visible, visible);

        // The part is resampled to a whole number of pixels of its own, so its sampling phase differs a little from
        // the whole drawing's: a few greys on the F's edges move (measured: at most 14, 14 % of pixels above 1).
        int drawn = 0;
        int moved = 0;
        for (int y = visible.y; y < visible.y + visible.height; y++) {
            for (int x = visible.x; x < visible.x + visible.width; x++) {
                assertThat(close(part.getRGB(x, y), whole.getRGB(x, y), 20)).as("pixel %d,%d", x, y).isTrue();
                drawn += part.getRGB(x, y) != 0xFFFFFFFF ? 1 : 0;
                moved += close(part.getRGB(x, y), whole.getRGB(x, y), 2) ? 0 : 1;
            }
        }
        assertThat(drawn).as("the image does cover the visible part").isGreaterThan(1000);
        assertThat(moved).as("pixels off by more than 2").isLessThan(visible.width * visible.height / 8);
        assertThat(part.getRGB(visible.x - 1, visible.y + 5)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void aSurfaceWithItsOwnScaleGetsTheSameDrawingAsTheWarpOnAPlainSurface() {
        // A PDF page's user space is scaled: the warp is not used there, the resampler and Java2D are.
        BufferedImage source = Pictures.flat(60, 40, 0x3A7BD5);
        AffineTransform t = AffineTransform.getTranslateInstance(30, 20);
        t.rotate(Math.toRadians(10));
        t.scale(0.8, 0.8);
        BufferedImage plain = white(120, 100);
        BufferedImage scaled = white(120, 100);
        draw(plain, source, t, new Rectangle(0, 0, 120, 100), null);

        Graphics2D g = scaled.createGraphics();
        try {
            RenderHints.apply(g);
            g.scale(0.5, 0.5);
            AffineTransform doubled = AffineTransform.getScaleInstance(2, 2);
            doubled.concatenate(t);
            painter.draw(g, source, doubled, new Rectangle(0, 0, 240, 200));
        } finally {
            g.dispose();
        }

        int inside = 0;
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 120; x++) {
                int a = plain.getRGB(x, y);
                if (a == 0xFF3A7BD5) {
                    inside++;
                    assertThat(close(scaled.getRGB(x, y), a, 24)).as("pixel %d,%d", x, y).isTrue();
                } else if (a == 0xFFFFFFFF) {
                    assertThat(close(scaled.getRGB(x, y), a, 24)).as("pixel %d,%d", x, y).isTrue();
                }
            }
        }
        assertThat(inside).isGreaterThan(1000);
    }

    @Test
    void aWarpedImageAwayFromTheOriginLandsWhereItsTransformPutsIt() {
        BufferedImage source = Pictures.flat(10, 10, 0xFF0000);
        BufferedImage out = white(50, 50);

        draw(out, source, AffineTransform.getTranslateInstance(20.5, 30.5), new Rectangle(0, 0, 50, 50), null);

        assertThat(out.getRGB(25, 35)).isEqualTo(0xFFFF0000);
        assertThat(out.getRGB(21, 31)).isEqualTo(0xFFFF0000);
        assertThat(out.getRGB(30, 40)).as("the far corner, half covered each way").isNotEqualTo(0xFFFF0000)
                .isNotEqualTo(0xFFFFFFFF);
        assertThat(out.getRGB(19, 35)).isEqualTo(0xFFFFFFFF);
        assertThat(out.getRGB(5, 5)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void imagesOutsideTheVisibleAreaOrOfNoSizeDrawNothing() {
        BufferedImage source = Pictures.flat(20, 20, 0xFF0000);
        BufferedImage out = white(50, 50);
        Rectangle visible = new Rectangle(0, 0, 50, 50);
        AffineTransform farAway = AffineTransform.getTranslateInstance(200.5, 10);
        AffineTransform farAwayTurned = new AffineTransform(0, 1, -1, 0, 300, 300);
        AffineTransform flat = AffineTransform.getScaleInstance(0, 1);

        draw(out, source, farAway, visible, null); // warp path: nothing of it in view
        draw(out, source, farAwayTurned, visible, null); // Java2D path: no source pixels needed
        draw(out, source, flat, visible, null); // no inverse

        for (int y = 0; y < 50; y++) {
            for (int x = 0; x < 50; x++) {
                assertThat(out.getRGB(x, y)).isEqualTo(0xFFFFFFFF);
            }
        }
    }

    @Test
    void aWholePixelShiftIsACopyEvenOnAScaledSurface() {
        BufferedImage source = Pictures.noise(10, 10, 8);
        BufferedImage out = white(40, 40);
        Graphics2D g = out.createGraphics();
        try {
            g.scale(2, 2);
            painter.draw(g, source, AffineTransform.getTranslateInstance(5, 3), new Rectangle(0, 0, 20, 20));
        } finally {
            g.dispose();
        }
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 10; x++) {
                assertThat(out.getRGB(10 + 2 * x, 6 + 2 * y)).isEqualTo(source.getRGB(x, y));
                assertThat(out.getRGB(11 + 2 * x, 7 + 2 * y)).isEqualTo(source.getRGB(x, y));
            }
        }
    }

    private void draw(BufferedImage out, BufferedImage source, AffineTransform t, Rectangle visible, Rectangle clip) {
        Graphics2D g = out.createGraphics();
        try {
            RenderHints.apply(g);
            if (clip != null) {
                g.setClip(clip);
            }
            painter.draw(g, source, t, visible);
        } finally {
            g.dispose();
        }
    }

    private static BufferedImage white(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return image;
    }

    private static boolean close(int a, int b, int tolerance) {
        for (int shift = 0; shift < 32; shift += 8) {
            if (Math.abs((a >>> shift & 0xFF) - (b >>> shift & 0xFF)) > tolerance) {
                return false;
            }
        }
        return true;
    }
}
