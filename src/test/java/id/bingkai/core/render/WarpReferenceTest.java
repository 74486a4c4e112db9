// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bingkai.testing.Pictures;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The warp against its definition computed plainly in doubles: pass one filters each source row at the source
 * column that lands on each output column (x = a u + b v + c solved for u), pass two filters each intermediate
 * column at the source row that lands on each output row, each with the kernel stretched by its own shrink, the
 * source rows and the intermediate columns mirrored at their edges; then every output pixel is multiplied by how far inside the image it is (its
 * distance to the nearest edge in output pixels plus a half, clamped to 0..1, per image axis).
 */
class WarpReferenceTest {

    @Test
    void shearsBeyondThirtyDegreesAndVanishingOrEndlessTransformsAreNotHandled() {
        assertThat(Warp.handles(new AffineTransform(1, 0, 0.5, 1, 0, 0))).as("x sheared by y, 27 degrees").isTrue();
        assertThat(Warp.handles(new AffineTransform(1, 0, 0.8, 1, 0, 0))).as("38 degrees").isFalse();
        assertThat(Warp.handles(new AffineTransform(1, 0.5, 0, 1, 0, 0))).isTrue();
        assertThat(Warp.handles(new AffineTransform(1, 0.8, 0, 1, 0, 0))).isFalse();
        assertThat(Warp.handles(new AffineTransform(-1, 0, 0.8, -1, 0, 0))).isFalse();
        assertThat(Warp.handles(AffineTransform.getScaleInstance(1e-6, 2e-6))).as("det 2e-12").isTrue();
        assertThat(Warp.handles(AffineTransform.getScaleInstance(1e-6, 1e-7))).as("det 1e-13").isFalse();
        assertThat(Warp.handles(new AffineTransform(Double.NaN, 0, 0, 1, 0, 0))).isFalse();
        assertThat(Warp.handles(new AffineTransform(Double.POSITIVE_INFINITY, 0, 0, 1, 0, 0))).isFalse();
    }

    @Test
    void theLimitsThemselvesAreHandled() {
        // cos 30 degrees times |(cos, sin)| is exactly cos 30 degrees in doubles: a turn of exactly 30 degrees
        // (either way, upright or upside down) is on the limit, which is inclusive.
        for (double degrees : new double[] {30, -30, 150, -150}) {
            assertThat(Warp.handles(AffineTransform.getRotateInstance(Math.toRadians(degrees))))
                    .as("%s degrees", degrees).isTrue();
        }
        assertThat(Warp.handles(AffineTransform.getScaleInstance(1, 1e-12))).as("det exactly 1e-12").isTrue();
        // a e = 1.2e-12 and b d = -0.25e-12: the determinant is 1.45e-12 (a e + b d would be 0.95e-12).
        assertThat(Warp.handles(new AffineTransform(1, -0.5, 0.5e-12, 1.2e-12, 0, 0))).as("det 1.45e-12").isTrue();
    }

    @Test
    void theOutputMustBePremultipliedAndAnAreaOffTheOutputWritesNothing() {
        Warp warp = new Warp(ResampleFilter.LANCZOS3, 1);
        BufferedImage image = Pictures.flat(10, 10, 0xFF0000);
        assertThatThrownBy(() -> warp.draw(image, new AffineTransform(), new BufferedImage(10, 10,
                BufferedImage.TYPE_INT_ARGB), new Rectangle(0, 0, 10, 10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TYPE_INT_ARGB_PRE");
        assertThatThrownBy(() -> new Warp(ResampleFilter.LANCZOS3, 0)).isInstanceOf(IllegalArgumentException.class);

        BufferedImage out = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB_PRE);
        warp.draw(image, AffineTransform.getTranslateInstance(0.5, 0.5), out, new Rectangle(20, 0, 5, 5));
        warp.draw(image, AffineTransform.getTranslateInstance(0.5, 0.5), out, new Rectangle(3, 3, 0, 5));
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 10; x++) {
                assertThat(out.getRGB(x, y)).isZero();
            }
        }
    }

    @Test
    void anAreaEndingTheKernelsReachShortOfTheImageEdgeReadsUpToTheLastPixel() {
        // Shifted 3 left and up, output pixel 13 sits on source pixel 16 and its six taps end on pixel 19, the
        // image's last: the rows and columns read are exactly 0 .. 19, with no mirrored tap.
        BufferedImage source = Pictures.noise(20, 20, 12);
        BufferedImage out = new BufferedImage(14, 14, BufferedImage.TYPE_INT_ARGB_PRE);

        new Warp(ResampleFilter.LANCZOS3, 1).draw(source, AffineTransform.getTranslateInstance(-3, -3), out,
                new Rectangle(0, 0, 14, 14));

        for (int y = 0; y < 14; y++) {
            for (int x = 0; x < 14; x++) {
                assertThat(out.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(source.getRGB(x + 3, y + 3));
            }
        }
    }

    @Test
    void aTallImageIsDrawnInSeveralStripsOfColumnsEachInItsPlace() {
        // 2 700 rows of intermediate: 4 MB hold 97 columns, so 200 columns take three strips.
        BufferedImage source = Pictures.noise(200, 2700, 13);
        BufferedImage out = new BufferedImage(200, 2700, BufferedImage.TYPE_INT_ARGB_PRE);

        new Warp(ResampleFilter.LANCZOS3, 1).draw(source, new AffineTransform(), out, new Rectangle(0, 0, 200, 2700));

        int[] got = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        int[] want = source.getRGB(0, 0, 200, 2700, null, 0, 200);
        int wrong = 0;
        for (int i = 0; i < got.length; i++) {
            wrong += got[i] == want[i] ? 0 : 1;
        }
        assertThat(wrong).as("pixels not copied exactly").isZero();
    }

    @ParameterizedTest(name = "{0} degrees, scale {1} x {2}, shift {3}, {4}, {5}")
    @CsvSource({
        "0, 1, 1, 0.3, 0.7, LANCZOS3",
        "7, 1, 1, 5.25, 3.5, LANCZOS3",
        "-23, 0.45, 0.6, 12.5, 20.2, LANCZOS3",
        "14, 1.7, 1.3, -6.3, -2.1, MITCHELL",
        "180, 0.8, 0.8, 50.4, 44.6, LANCZOS3",
        "195, 0.3, 0.35, 30.1, 28.7, MITCHELL"})
    void everyPixelMatchesTheTwoPassesComputedPlainly(double degrees, double sx, double sy, double tx, double ty,
            ResampleFilter filter) {
        BufferedImage source = translucentNoise(47, 38, (long) (degrees * 100 + sx * 10));
        AffineTransform t = AffineTransform.getTranslateInstance(tx, ty);
        t.rotate(Math.toRadians(degrees));
        t.scale(sx, sy);
        int w = 60;
        int h = 52;
        int[] expected = reference(source, t, filter, w, h);

        for (int threads : new int[] {1, 2}) {
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
            new Warp(filter, threads).draw(source, t, out, new Rectangle(0, 0, w, h));
            int[] got = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
            int wrong = 0;
            String first = null;
            for (int i = 0; i < w * h; i++) {
                for (int shift = 0; shift < 32; shift += 8) {
                    if (Math.abs((got[i] >>> shift & 0xFF) - (expected[i] >>> shift & 0xFF)) > 2) {
                        wrong++;
                        first = first != null ? first
                                : "pixel %d,%d: %08x, expected %08x".formatted(i % w, i / w, got[i], expected[i]);
                    }
                }
            }
            assertThat(wrong).as("%d threads, channels off by more than 2, first %s", threads, first).isZero();
        }
    }

    @Test
    void anAreaInsideTheImageOneWayAndAcrossItsEdgeTheOtherHasSoftEdges() {
        // Scaled 1.7 x 1.3 and shifted: the image covers x 3.3 .. 83.2 and y 2.6 .. 52. The first area lies inside
        // it top to bottom and crosses its right edge; the second lies inside it left to right and crosses its
        // bottom edge: both ends of every column are judged for being inside, along both axes.
        BufferedImage source = translucentNoise(47, 38, 77);
        AffineTransform t = AffineTransform.getTranslateInstance(3.3, 2.6);
        t.scale(1.7, 1.3);
        int w = 100;
        int h = 60;
        int[] expected = reference(source, t, ResampleFilter.LANCZOS3, w, h);
        for (Rectangle area : new Rectangle[] {new Rectangle(70, 10, 20, 30), new Rectangle(10, 40, 30, 18)}) {
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
            new Warp(ResampleFilter.LANCZOS3, 1).draw(source, t, out, area);
            int[] got = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int want = area.contains(x, y) ? expected[y * w + x] : 0;
                    for (int shift = 0; shift < 32; shift += 8) {
                        assertThat(Math.abs((got[y * w + x] >>> shift & 0xFF) - (want >>> shift & 0xFF)))
                                .as("area %s, pixel %d,%d: %08x, expected %08x", area, x, y, got[y * w + x], want)
                                .isLessThanOrEqualTo(2);
                    }
                }
            }
        }
    }

    /** Premultiplied ARGB of every output pixel. */
    private static int[] reference(BufferedImage source, AffineTransform t, ResampleFilter filter, int w, int h) {
        int sw = source.getWidth();
        int sh = source.getHeight();
        double[][][] pixels = new double[sh][sw][];
        for (int v = 0; v < sh; v++) {
            for (int u = 0; u < sw; u++) {
                int p = source.getRGB(u, v);
                double a = p >>> 24;
                pixels[v][u] = new double[] {a, (p >> 16 & 0xFF) * a / 255, (p >> 8 & 0xFF) * a / 255,
                    (p & 0xFF) * a / 255};
            }
        }
        double a = t.getScaleX();
        double b = t.getShearX();
        double c = t.getTranslateX();
        double d = t.getShearY();
        double e = t.getScaleY();
        double f = t.getTranslateY();
        double stepU = Math.abs(1 / a); // source columns per output column along a row
        double stepV = Math.abs(1 / (e - d * b / a)); // source rows per output row down a column
        int[] out = new int[w * h];
        for (int x = 0; x < w; x++) {
            double xc = x + 0.5;
            // Pass one: each source row at output column x. Pass two reads a row beyond the edge as its mirror
            // row's result (the intermediate column is mirrored, not re-filtered at the virtual row's shear).
            double[][] column = new double[sh][];
            for (int v = 0; v < sh; v++) {
                int row = v;
                double u = (xc - b * (v + 0.5) - c) / a - 0.5;
                column[v] = filtered(filter, stepU, u, sw, i -> pixels[row][i]);
            }
            for (int y = 0; y < h; y++) {
                double yc = y + 0.5;
                double v = (yc - f - d * (xc - c) / a) / (e - d * b / a) - 0.5;
                double[] acc = filtered(filter, stepV, v, sh, j -> column[j]);
                Point2D s = inverse(t).transform(new Point2D.Double(xc, yc), null);
                double scaleU = Math.hypot(a, d);
                double scaleV = Math.hypot(b, e);
                double cover = Math.clamp(Math.min(s.getX(), sw - s.getX()) * scaleU + 0.5, 0, 1)
                        * Math.clamp(Math.min(s.getY(), sh - s.getY()) * scaleV + 0.5, 0, 1);
                int alpha = clamp(acc[0] * cover, 255);
                out[y * w + x] = alpha << 24 | clamp(acc[1] * cover, alpha) << 16 | clamp(acc[2] * cover, alpha) << 8
                        | clamp(acc[3] * cover, alpha);
            }
        }
        return out;
    }

    /** The kernel-weighted mean around {@code position} (pixel centres at integers), normalised over its taps. */
    private static double[] filtered(ResampleFilter filter, double step, double position, int length,
            java.util.function.IntFunction<double[]> sample) {
        double stretch = Math.max(1, step);
        double reach = 3 * stretch + 1;
        double[] acc = new double[4];
        double sum = 0;
        for (int i = (int) Math.floor(position - reach); i <= position + reach; i++) {
            double weight = filter.weight((i - position) / stretch);
            if (weight == 0) {
                continue;
            }
            double[] p = sample.apply(Weights.mirror(i, length));
            for (int k = 0; k < 4; k++) {
                acc[k] += weight * p[k];
            }
            sum += weight;
        }
        for (int k = 0; k < 4; k++) {
            acc[k] /= sum;
        }
        return acc;
    }

    private static AffineTransform inverse(AffineTransform t) {
        try {
            return t.createInverse();
        } catch (java.awt.geom.NoninvertibleTransformException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int clamp(double v, int max) {
        return (int) Math.max(0, Math.min(max, Math.floor(v + 0.5)));
    }

    private static BufferedImage translucentNoise(int w, int h, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return image;
    }
}
