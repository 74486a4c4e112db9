// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.bingkai.testing.Pictures;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kernels at points whose values are known in closed form, the tap tables on small cases worked by hand, and
 * the optimised resampler (ring of rows, unrolled sums, bands, padding) against a plain double-precision sum over
 * every source pixel of the same definition: each output pixel is the kernel-weighted mean of the source mirrored
 * at its edges, the kernel stretched by the shrink factor.
 */
class ResamplerReferenceTest {

    @Test
    void lanczos3AtHalfPixelsIsSixOverPiSquaredAndItsLobes() {
        double pi2 = Math.PI * Math.PI;
        assertThat(ResampleFilter.LANCZOS3.weight(0)).isEqualTo(1);
        assertThat(ResampleFilter.LANCZOS3.weight(1e-10)).isEqualTo(1);
        assertThat(ResampleFilter.LANCZOS3.weight(0.5)).isCloseTo(6 / pi2, within(1e-12));
        assertThat(ResampleFilter.LANCZOS3.weight(-0.5)).isCloseTo(6 / pi2, within(1e-12));
        assertThat(ResampleFilter.LANCZOS3.weight(1.5)).isCloseTo(-4 / (3 * pi2), within(1e-12));
        assertThat(ResampleFilter.LANCZOS3.weight(-2.5)).isCloseTo(6 / (25 * pi2), within(1e-12));
        assertThat(ResampleFilter.LANCZOS3.weight(1)).isCloseTo(0, within(1e-12));
        assertThat(ResampleFilter.LANCZOS3.weight(3)).as("outside the support: exactly zero").isEqualTo(0);
        assertThat(ResampleFilter.LANCZOS3.weight(-3.5)).isEqualTo(0);
        assertThat(ResampleFilter.LANCZOS3.radius()).isEqualTo(3);
    }

    @Test
    void mitchellWithBAndCAThirdHasItsRationalValues() {
        assertThat(ResampleFilter.MITCHELL.weight(0)).isCloseTo(8.0 / 9, within(1e-12));
        assertThat(ResampleFilter.MITCHELL.weight(0.5)).isCloseTo(77.0 / 144, within(1e-12));
        assertThat(ResampleFilter.MITCHELL.weight(-0.5)).isCloseTo(77.0 / 144, within(1e-12));
        assertThat(ResampleFilter.MITCHELL.weight(1)).isCloseTo(1.0 / 18, within(1e-12));
        assertThat(ResampleFilter.MITCHELL.weight(1.5)).isCloseTo(-5.0 / 144, within(1e-12));
        assertThat(ResampleFilter.MITCHELL.weight(-1.5)).isCloseTo(-5.0 / 144, within(1e-12));
        assertThat(ResampleFilter.MITCHELL.weight(2)).isCloseTo(0, within(1e-12));
        assertThat(ResampleFilter.MITCHELL.weight(2.5)).isEqualTo(0);
        assertThat(ResampleFilter.MITCHELL.radius()).isEqualTo(2);
    }

    @Test
    void mirroringReflectsAboutTheEdgePixelsCentres() {
        int[] expected = {2, 1, 0, 1, 2, 3, 4, 3, 2, 1, 0, 1}; // j = -2 .. 9 in a row of 5
        for (int j = -2; j < 10; j++) {
            assertThat(Weights.mirror(j, 5)).as("mirror(%d, 5)", j).isEqualTo(expected[j + 2]);
        }
        assertThat(Weights.mirror(-7, 1)).isZero();
        assertThat(Weights.mirror(3, 1)).isZero();
        assertThat(Weights.mirror(-1, 2)).isEqualTo(1);
        assertThat(Weights.mirror(2, 2)).isZero();
    }

    @Test
    void atTheSameSizeEachPixelIsItselfWithTheWindowFoldedAtTheEdges() {
        Weights same = Weights.compute(ResampleFilter.LANCZOS3, 10, 10);
        // Window i-3 .. i+3 (the kernel is zero at +-3 but they are in the window), mirrored into 0..9.
        assertThat(same.start).containsExactly(0, 0, 0, 0, 1, 2, 3, 4, 5, 6);
        assertThat(same.count).containsExactly(4, 5, 6, 7, 7, 7, 7, 6, 5, 4);
        assertThat(same.stride).isEqualTo(8); // ceil(2 * 3) + 2
        assertThat(same.maxTaps()).isEqualTo(7);
        for (int i = 0; i < 10; i++) {
            for (int k = 0; k < same.count[i]; k++) {
                double expected = same.start[i] + k == i ? 1 : 0;
                assertThat((double) same.w[i * same.stride + k]).as("tap %d of %d", k, i)
                        .isCloseTo(expected, within(1e-6));
            }
        }
    }

    @Test
    void halvingTwoPixelsAveragesThemAndOnePixelIsSpreadEverywhere() {
        Weights half = Weights.compute(ResampleFilter.LANCZOS3, 2, 1);
        assertThat(half.start).containsExactly(0);
        assertThat(half.count).containsExactly(2);
        assertThat(half.stride).isEqualTo(14); // support 6: ceil(12) + 2
        assertThat(half.w[0]).isCloseTo(0.5f, within(1e-6f));
        assertThat(half.w[1]).isCloseTo(0.5f, within(1e-6f));

        Weights one = Weights.compute(ResampleFilter.MITCHELL, 1, 3);
        assertThat(one.start).containsExactly(0, 0, 0);
        assertThat(one.count).containsExactly(1, 1, 1);
        assertThat(one.w[0]).isEqualTo(1f);
        assertThat(one.w[one.stride]).isEqualTo(1f);
        assertThat(one.maxTaps()).isEqualTo(1);
    }

    @Test
    void twoGreysHalvedAndDoubledGiveTheirMeanAndAMirroredRamp() {
        BufferedImage pair = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        pair.setRGB(0, 0, 0x0A0A0A);
        pair.setRGB(1, 0, 0xC8C8C8);
        Resampler resampler = new Resampler(ResampleFilter.LANCZOS3, 1);

        assertThat(resampler.resize(pair, 1, 1).getRGB(0, 0)).isEqualTo(0xFF696969); // (10 + 200) / 2 = 105

        BufferedImage doubled = resampler.resize(pair, 4, 1);
        int[] expected = reference(pair, new Rectangle(0, 0, 2, 1), 4, 1, ResampleFilter.LANCZOS3);
        for (int x = 0; x < 4; x++) {
            assertThat(doubled.getRGB(x, 0) & 0xFF).as("x = %d", x).isCloseTo(expected[x] & 0xFF, within(1));
        }
        // Mirrored at the edge, the row is symmetric about each pixel centre: pixels 0 and 1 (at -1/4 and +1/4 of
        // pixel 0's centre) are equal, and the two ends add up to twice the mean.
        assertThat(doubled.getRGB(0, 0)).isEqualTo(doubled.getRGB(1, 0));
        assertThat(doubled.getRGB(2, 0)).isEqualTo(doubled.getRGB(3, 0));
        assertThat((doubled.getRGB(0, 0) & 0xFF) + (doubled.getRGB(3, 0) & 0xFF)).isCloseTo(210, within(1));
        assertThat(doubled.getRGB(0, 0) & 0xFF).isLessThan(doubled.getRGB(3, 0) & 0xFF);
    }

    @ParameterizedTest(name = "{0}x{1} region at {2},{3} of {4}x{5} to {6}x{7}, {8}")
    @CsvSource({
        "37, 23, 0, 0, 37, 23, 11, 7, LANCZOS3",
        "37, 23, 0, 0, 37, 23, 80, 50, LANCZOS3",
        "60, 40, 5, 3, 41, 29, 13, 29, MITCHELL",
        "60, 40, 17, 9, 30, 20, 30, 45, LANCZOS3",
        "9, 64, 0, 0, 9, 64, 5, 9, MITCHELL",
        "64, 64, 0, 0, 64, 64, 260, 256, LANCZOS3"}) // 66 560 output pixels: split into bands
    void everyPixelMatchesTheDirectSumOverTheMirroredSource(int w, int h, int rx, int ry, int rw, int rh, int ow,
            int oh, ResampleFilter filter) {
        BufferedImage source = translucentNoise(w, h);
        Rectangle region = new Rectangle(rx, ry, rw, rh);
        int[] expected = reference(source, region, ow, oh, filter);

        for (int threads : new int[] {1, 3}) {
            BufferedImage out = new Resampler(filter, threads).resize(source, region, ow, oh, 2);
            assertThat(out.getWidth()).isEqualTo(ow + 4);
            assertThat(out.getHeight()).isEqualTo(oh + 4);
            int wrong = 0;
            String first = null;
            for (int y = 0; y < oh + 4; y++) {
                for (int x = 0; x < ow + 4; x++) {
                    int[] got = premultiplied(out, x, y);
                    boolean inside = x >= 2 && y >= 2 && x < ow + 2 && y < oh + 2;
                    int want = inside ? expected[(y - 2) * ow + x - 2] : 0;
                    for (int c = 0; c < 4; c++) {
                        if (Math.abs(got[c] - (want >>> (24 - 8 * c) & 0xFF)) > 1) {
                            wrong++;
                            first = first != null ? first : "%d threads, pixel %d,%d: %08x, expected %08x"
                                    .formatted(threads, x, y, out.getRGB(x, y), want);
                        }
                    }
                }
            }
            assertThat(wrong).as("channels off by more than 1, first: %s", first).isZero();
        }
    }

    @Test
    void regionsOutsideTheImageAndEmptySizesAreRefused() {
        Resampler resampler = new Resampler();
        BufferedImage image = Pictures.flat(20, 10, 0x102030);
        assertThatThrownBy(() -> resampler.resize(image, new Rectangle(15, 0, 6, 10), 3, 3, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not inside");
        assertThatThrownBy(() -> resampler.resize(image, new Rectangle(5, 5, 0, 3), 3, 3, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> resampler.resize(image, 0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> resampler.resize(image, 3, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> resampler.resize(image, new Rectangle(0, 0, 20, 10), 3, 3, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pad -1");
        assertThatThrownBy(() -> new Resampler(ResampleFilter.LANCZOS3, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(resampler.resize(image, new Rectangle(0, 0, 20, 10), 1, 1, 0).getRGB(0, 0))
                .isEqualTo(0xFF102030);
        assertThat(new Resampler(ResampleFilter.MITCHELL, 1).filter()).isEqualTo(ResampleFilter.MITCHELL);
        assertThat(new Resampler(ResampleFilter.MITCHELL, 3).parallelism()).isEqualTo(3);
    }

    /** Premultiplied ARGB of each output pixel, straight from the sum of every source pixel, in doubles. */
    static int[] reference(BufferedImage source, Rectangle region, int ow, int oh, ResampleFilter filter) {
        double[][] wx = weights(filter, region.width, ow);
        double[][] wy = weights(filter, region.height, oh);
        int[][] pixels = new int[region.height][region.width];
        for (int j = 0; j < region.height; j++) {
            for (int i = 0; i < region.width; i++) {
                pixels[j][i] = source.getRGB(region.x + i, region.y + j);
            }
        }
        int[] out = new int[ow * oh];
        double[][] column = new double[region.width][4];
        for (int y = 0; y < oh; y++) {
            for (int i = 0; i < region.width; i++) {
                java.util.Arrays.fill(column[i], 0);
                for (int j = 0; j < region.height; j++) {
                    int p = pixels[j][i];
                    double a = p >>> 24;
                    double weight = wy[y][j];
                    column[i][0] += weight * a;
                    column[i][1] += weight * (p >> 16 & 0xFF) * a / 255;
                    column[i][2] += weight * (p >> 8 & 0xFF) * a / 255;
                    column[i][3] += weight * (p & 0xFF) * a / 255;
                }
            }
            for (int x = 0; x < ow; x++) {
                double[] acc = new double[4];
                for (int i = 0; i < region.width; i++) {
                    for (int c = 0; c < 4; c++) {
                        acc[c] += wx[x][i] * column[i][c];
                    }
                }
                int alpha = clamp(acc[0], 255);
                out[y * ow + x] = alpha << 24 | clamp(acc[1], alpha) << 16 | clamp(acc[2], alpha) << 8
                        | clamp(acc[3], alpha);
            }
        }
        return out;
    }

    /** {@code [output][source]}: the normalised kernel over the window, every tap folded onto its mirror pixel. */
    private static double[][] weights(ResampleFilter filter, int from, int to) {
        double ratio = (double) from / to;
        double stretch = Math.max(1, ratio);
        double[][] w = new double[to][from];
        for (int i = 0; i < to; i++) {
            double centre = (i + 0.5) * ratio - 0.5;
            double sum = 0;
            for (int j = (int) Math.ceil(centre - 3 * stretch); j <= centre + 3 * stretch; j++) {
                double k = filter.weight((j - centre) / stretch);
                w[i][Weights.mirror(j, from)] += k;
                sum += k;
            }
            for (int j = 0; j < from; j++) {
                w[i][j] /= sum;
            }
        }
        return w;
    }

    private static int clamp(double v, int max) {
        return (int) Math.max(0, Math.min(max, Math.floor(v + 0.5)));
    }

    private static int[] premultiplied(BufferedImage image, int x, int y) {
        int p = ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData()[y * image.getWidth() + x];
        return new int[] {p >>> 24, p >> 16 & 0xFF, p >> 8 & 0xFF, p & 0xFF};
    }

    /** Random colours and alphas (TYPE_INT_ARGB): premultiplying and the alpha channel are exercised too. */
    private static BufferedImage translucentNoise(int w, int h) {
        java.util.Random random = new java.util.Random(w * 31L + h);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return image;
    }
}
