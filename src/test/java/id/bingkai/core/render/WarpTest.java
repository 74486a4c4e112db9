// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bingkai.testing.Pictures;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.IntSummaryStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WarpTest {
    private final Warp warp = new Warp(ResampleFilter.LANCZOS3, 2);
    private final Resampler resampler = new Resampler(ResampleFilter.LANCZOS3, 2);

    @Test
    void acceptsSmallTurnsMirrorsAndUpsideDownButNotQuarterTurns() {
        assertThat(Warp.handles(new AffineTransform())).isTrue();
        assertThat(Warp.handles(turn(3, 0.3))).isTrue();
        assertThat(Warp.handles(turn(-29, 2))).isTrue();
        assertThat(Warp.handles(turn(180, 1))).isTrue();
        assertThat(Warp.handles(new AffineTransform(-0.5, 0, 0, 0.5, 10, 0))).isTrue();
        assertThat(Warp.handles(turn(31, 1))).isFalse();
        assertThat(Warp.handles(turn(90, 1))).isFalse();
        assertThat(Warp.handles(turn(-120, 1))).isFalse();
        assertThat(Warp.handles(new AffineTransform(0, 0, 0, 0, 0, 0))).isFalse();
        assertThatThrownBy(() -> warp.draw(Pictures.flat(10, 10, 0xFF0000), turn(90, 1), argb(10, 10),
                new Rectangle(0, 0, 10, 10))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWholePixelShiftCopiesThePixelsExactly() {
        BufferedImage source = Pictures.noise(40, 30, 7);
        BufferedImage out = argb(50, 40);

        warp.draw(source, AffineTransform.getTranslateInstance(5, 6), out, new Rectangle(0, 0, 50, 40));

        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                assertThat(out.getRGB(x + 5, y + 6)).as("pixel %d,%d", x, y).isEqualTo(source.getRGB(x, y));
            }
        }
        assertThat(out.getRGB(4, 10) >>> 24).as("left of the image").isZero();
        assertThat(out.getRGB(10, 36) >>> 24).as("below the image").isZero();
    }

    @Test
    void upsideDownIsThePixelsInReverseOrder() {
        BufferedImage source = Pictures.noise(31, 17, 3);
        BufferedImage out = argb(31, 17);
        AffineTransform half = new AffineTransform(-1, 0, 0, -1, 31, 17);

        warp.draw(source, half, out, new Rectangle(0, 0, 31, 17));

        for (int y = 0; y < 17; y++) {
            for (int x = 0; x < 31; x++) {
                assertThat(out.getRGB(30 - x, 16 - y)).isEqualTo(source.getRGB(x, y));
            }
        }
    }

    @Test
    void aHalfPixelShiftPutsAHorizontalEdgeHalfwayInBothPassesAlike() {
        // Black above row 10, white from row 10; moved down by half a pixel the edge falls in the middle of row
        // 10. The same edge turned on its side and moved right must come out the same, transposed.
        BufferedImage rows = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
        BufferedImage columns = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 20; i++) {
            for (int j = 10; j < 20; j++) {
                rows.setRGB(i, j, 0xFFFFFF);
                columns.setRGB(j, i, 0xFFFFFF);
            }
        }
        BufferedImage down = argb(20, 21);
        BufferedImage right = argb(21, 20);

        warp.draw(rows, AffineTransform.getTranslateInstance(0, 0.5), down, new Rectangle(0, 0, 20, 21));
        warp.draw(columns, AffineTransform.getTranslateInstance(0.5, 0), right, new Rectangle(0, 0, 21, 20));

        assertThat(grey(down, 10, 10)).isBetween(124, 131);
        assertThat(grey(right, 10, 10)).isBetween(124, 131);
        for (int i = 2; i < 18; i++) {
            for (int j = 1; j < 20; j++) {
                assertThat(grey(down, i, j)).isEqualTo(grey(right, j, i));
            }
        }
        assertThat(grey(down, 5, 8)).isLessThan(8);
        assertThat(grey(down, 5, 12)).isGreaterThan(247);
    }

    @Test
    void withoutATurnItMatchesTheResampler() {
        BufferedImage source = Pictures.noise(300, 200, 11);
        int w = 170;
        int h = 113;
        BufferedImage out = argb(w, h);
        AffineTransform scale = AffineTransform.getScaleInstance((double) w / 300, (double) h / 200);

        warp.draw(source, scale, out, new Rectangle(0, 0, w, h));
        BufferedImage reference = resampler.resize(source, w, h);

        // Away from the borders (where the warp softens the image's own edge) the two filters are the same one.
        for (int y = 4; y < h - 4; y++) {
            for (int x = 4; x < w - 4; x++) {
                for (int shift = 0; shift < 24; shift += 8) {
                    int a = out.getRGB(x, y) >> shift & 0xFF;
                    int b = reference.getRGB(x, y) >> shift & 0xFF;
                    assertThat(Math.abs(a - b)).as("pixel %d,%d", x, y).isLessThanOrEqualTo(2);
                }
            }
        }
    }

    @ParameterizedTest(name = "turned {0} degrees")
    @ValueSource(doubles = {3, -17, 29})
    void onePixelStripesShrunkAndTurnedBecomeUniformGrey(double degrees) {
        BufferedImage stripes = new BufferedImage(900, 900, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 900; y++) {
            for (int x = 0; x < 900; x++) {
                stripes.setRGB(x, y, ((x + y / 3) & 1) == 0 ? 0xFFFFFF : 0);
            }
        }
        BufferedImage out = argb(100, 100);
        AffineTransform t = AffineTransform.getTranslateInstance(50, 50);
        t.concatenate(turn(degrees, 1.0 / 7));
        t.translate(-450, -450);

        warp.draw(stripes, t, out, new Rectangle(0, 0, 100, 100));

        IntSummaryStatistics inside = new IntSummaryStatistics();
        for (int y = 30; y < 70; y++) {
            for (int x = 30; x < 70; x++) {
                inside.accept(grey(out, x, y));
            }
        }
        assertThat(inside.getMax() - inside.getMin()).as("range of greys").isLessThanOrEqualTo(6);
        assertThat(inside.getAverage()).isBetween(120.0, 135.0);
    }

    @Test
    void aTurnedSquareCoversItsAreaWithSoftEdgesAndKeepsItsColour() {
        BufferedImage square = Pictures.flat(60, 60, 0x3A7BD5);
        BufferedImage out = argb(120, 120);
        AffineTransform t = AffineTransform.getTranslateInstance(60, 60);
        t.concatenate(turn(20, 1.3));
        t.translate(-30, -30);

        warp.draw(square, t, out, new Rectangle(0, 0, 120, 120));

        double coverage = 0;
        int partial = 0;
        for (int y = 0; y < 120; y++) {
            for (int x = 0; x < 120; x++) {
                int argb = out.getRGB(x, y);
                int alpha = argb >>> 24;
                coverage += alpha / 255.0;
                if (alpha > 0 && alpha < 255) {
                    partial++;
                }
                if (alpha == 255) {
                    assertThat(argb & 0xFFFFFF).as("colour at %d,%d", x, y).isEqualTo(0x3A7BD5);
                } else if (alpha > 128) { // un-premultiplying a partly covered pixel rounds
                    assertThat(Math.abs((argb >> 16 & 0xFF) - 0x3A)).isLessThanOrEqualTo(2);
                    assertThat(Math.abs((argb >> 8 & 0xFF) - 0x7B)).isLessThanOrEqualTo(2);
                    assertThat(Math.abs((argb & 0xFF) - 0xD5)).isLessThanOrEqualTo(2);
                }
            }
        }
        double area = 60 * 1.3 * 60 * 1.3;
        assertThat(coverage).isCloseTo(area, org.assertj.core.data.Percentage.withPercentage(1));
        assertThat(partial).as("antialiased edge pixels").isGreaterThan(200);
    }

    @Test
    void writesOnlyInsideTheArea() {
        BufferedImage out = argb(40, 40);
        out.setRGB(0, 0, 0xFF00FF00);
        out.setRGB(39, 39, 0xFF00FF00);

        warp.draw(Pictures.flat(100, 100, 0xFF0000), turn(3, 0.5), out, new Rectangle(5, 5, 30, 30));

        assertThat(out.getRGB(0, 0)).isEqualTo(0xFF00FF00);
        assertThat(out.getRGB(39, 39)).isEqualTo(0xFF00FF00);
        assertThat(out.getRGB(20, 20)).isEqualTo(0xFFFF0000);
    }

    @Test
    void aTallOutputIsSplitIntoStripsWithoutSeams() {
        BufferedImage source = Pictures.noise(1200, 900, 5);
        AffineTransform t = AffineTransform.getTranslateInstance(-20, -10);
        t.concatenate(turn(4, 1.6));
        BufferedImage serial = argb(1500, 1300);
        BufferedImage parallel = argb(1500, 1300);

        new Warp(ResampleFilter.LANCZOS3, 1).draw(source, t, serial, new Rectangle(0, 0, 1500, 1300));
        warp.draw(source, t, parallel, new Rectangle(0, 0, 1500, 1300));

        for (int y = 0; y < 1300; y += 7) {
            for (int x = 0; x < 1500; x++) {
                assertThat(parallel.getRGB(x, y)).isEqualTo(serial.getRGB(x, y));
            }
        }
    }

    @Test
    void positionsThatRoundUpToTheNextPixelStayInsideTheRowsRead() {
        // 0.999 of a pixel rounds to the next pixel's first phase: the last column then needs one more source
        // column (and the last row one more source row) than the unrounded positions suggest.
        BufferedImage source = Pictures.noise(100, 100, 9);
        BufferedImage out = argb(50, 50);

        warp.draw(source, AffineTransform.getTranslateInstance(-0.999, -0.999), out, new Rectangle(0, 0, 50, 50));

        assertThat(out.getRGB(20, 20)).isEqualTo(source.getRGB(21, 21));
    }

    @Test
    void anyHandledTransformOfAnySizeKeepsAFlatColourFlat() {
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 400; i++) {
            int w = 1 + random.nextInt(70);
            int h = 1 + random.nextInt(70);
            double degrees = (random.nextBoolean() ? 0 : 180) + (random.nextDouble() * 60 - 30);
            double sx = 0.05 + random.nextDouble() * 3;
            double sy = random.nextBoolean() ? sx : 0.05 + random.nextDouble() * 3;
            AffineTransform t = AffineTransform.getTranslateInstance(random.nextDouble() * 80 - 10,
                    random.nextDouble() * 80 - 10);
            t.rotate(Math.toRadians(degrees));
            t.scale(random.nextBoolean() ? sx : -sx, sy);
            if (!Warp.handles(t)) {
                continue;
            }
            BufferedImage out = argb(64, 64);
            warp.draw(Pictures.flat(w, h, 0x3A7BD5), t, out, new Rectangle(0, 0, 64, 64));
            for (int y = 0; y < 64; y++) {
                for (int x = 0; x < 64; x++) {
                    int argb = out.getRGB(x, y);
                    if (argb >>> 24 == 255) {
                        assertThat(argb & 0xFFFFFF).as("case %d (%s) at %d,%d", i, t, x, y).isEqualTo(0x3A7BD5);
                    }
                }
            }
        }
    }

    private static AffineTransform turn(double degrees, double scale) {
        AffineTransform t = AffineTransform.getRotateInstance(Math.toRadians(degrees));
        t.scale(scale, scale);
        return t;
    }

    private static BufferedImage argb(int w, int h) {
        return new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
    }

    private static int grey(BufferedImage image, int x, int y) {
        int p = image.getRGB(x, y);
        return ((p >> 16 & 0xFF) + (p >> 8 & 0xFF) + (p & 0xFF)) / 3;
    }
}
