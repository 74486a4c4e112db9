// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.IntSummaryStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResamplerTest {
    private final Resampler resampler = new Resampler(ResampleFilter.LANCZOS3, 2);

    @Test
    void onePixelStripesShrunkEightTimesBecomeUniformGrey() {
        BufferedImage stripes = stripes(800, 800);

        BufferedImage small = resampler.resize(stripes, 100, 100);

        IntSummaryStatistics grey = greyStats(small, 0);
        assertThat(grey.getMin()).isGreaterThanOrEqualTo(125);
        assertThat(grey.getMax()).isLessThanOrEqualTo(130);
    }

    @ParameterizedTest(name = "1000 px stripes to {0} px")
    @ValueSource(ints = {123, 200, 317})
    void stripesShrunkByOddFactorsShowNoMoireWhileJava2dScalingDoes(int size) {
        BufferedImage stripes = stripes(1000, 1000);

        IntSummaryStatistics ours = greyStats(resampler.resize(stripes, size, size), 0);
        IntSummaryStatistics naive = greyStats(naive(stripes, size), 0);

        assertThat(ours.getMax() - ours.getMin()).as("range of greys, ours").isLessThanOrEqualTo(8);
        assertThat(naive.getMax() - naive.getMin()).as("range of greys, Java2D bilinear").isGreaterThan(60);
    }

    @Test
    void zonePlateRingsAboveTheOutputResolutionFadeToGreyInsteadOfAliasing() {
        int n = 1024;
        BufferedImage plate = zonePlate(n);
        int out = 128;

        // Only the outer region, where the rings are finer than an output pixel can show.
        double oursSpread = outerSpread(resampler.resize(plate, out, out));
        double naiveSpread = outerSpread(naive(plate, out));

        assertThat(oursSpread).as("standard deviation, ours").isLessThan(6);
        assertThat(naiveSpread).as("standard deviation, Java2D bilinear").isGreaterThan(30);
    }

    @Test
    void flatColourStaysExactlyThatColour() {
        BufferedImage flat = new BufferedImage(517, 311, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = flat.createGraphics();
        g.setColor(new java.awt.Color(0x3A7BD5));
        g.fillRect(0, 0, 517, 311);
        g.dispose();

        BufferedImage small = resampler.resize(flat, 97, 61);

        for (int y = 0; y < small.getHeight(); y++) {
            for (int x = 0; x < small.getWidth(); x++) {
                assertThat(small.getRGB(x, y)).isEqualTo(0xFF3A7BD5);
            }
        }
    }

    @Test
    void transparentSurroundingsLeaveNoDarkFringe() {
        BufferedImage red = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = red.createGraphics();
        g.setColor(java.awt.Color.RED);
        g.fillOval(50, 50, 300, 300);
        g.dispose();

        BufferedImage small = resampler.resize(red, 37, 37);

        for (int y = 0; y < small.getHeight(); y++) {
            for (int x = 0; x < small.getWidth(); x++) {
                int p = small.getRGB(x, y); // straight alpha
                if (p >>> 24 > 16) {
                    assertThat(p >> 16 & 0xff).as("red at %d,%d", x, y).isGreaterThanOrEqualTo(240);
                    assertThat(p >> 8 & 0xff).isLessThanOrEqualTo(16);
                }
            }
        }
    }

    @ParameterizedTest(name = "image type {0}")
    @ValueSource(ints = {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_4BYTE_ABGR, BufferedImage.TYPE_INT_ARGB,
        BufferedImage.TYPE_INT_ARGB_PRE, BufferedImage.TYPE_INT_BGR, BufferedImage.TYPE_USHORT_565_RGB})
    void everySourceLayoutGivesTheSameResultAsIntRgb(int type) {
        BufferedImage reference = id.bingkai.testing.SyntheticPhotos.draw(300, 200);
        BufferedImage other = copy(reference, type);
        if (type == BufferedImage.TYPE_USHORT_565_RGB) {
            reference = copy(other, BufferedImage.TYPE_INT_RGB); // 565 loses bits: compare like with like
        }

        BufferedImage a = resampler.resize(reference, 71, 47);
        BufferedImage b = resampler.resize(other, 71, 47);

        id.bingkai.testing.ImageComparison.of(a, b).tolerance(1).named("layout-" + type).assertMatches();
    }

    @Test
    void aRegionIsScaledAndSurroundedByTransparentPadding() {
        BufferedImage source = id.bingkai.testing.SyntheticPhotos.draw(400, 300);

        BufferedImage part = resampler.resize(source, new Rectangle(100, 50, 200, 100), 50, 25, 1);

        assertThat(part.getWidth()).isEqualTo(52);
        assertThat(part.getHeight()).isEqualTo(27);
        assertThat(part.getRGB(0, 0) >>> 24).isZero();
        assertThat(part.getRGB(51, 13) >>> 24).isZero();
        assertThat(part.getRGB(25, 13) >>> 24).isEqualTo(255);
    }

    @Test
    void splittingRowsAcrossThreadsGivesIdenticalPixels() {
        BufferedImage source = id.bingkai.testing.SyntheticPhotos.draw(2000, 1500);
        BufferedImage single = new Resampler(ResampleFilter.LANCZOS3, 1).resize(source, 640, 480);
        BufferedImage parallel = new Resampler(ResampleFilter.LANCZOS3, 4).resize(source, 640, 480);
        id.bingkai.testing.ImageComparison.of(single, parallel).tolerance(0).named("parallel").assertMatches();
    }

    @Test
    void upscalingWorksToo() {
        BufferedImage source = id.bingkai.testing.SyntheticPhotos.draw(50, 40);
        BufferedImage big = new Resampler(ResampleFilter.MITCHELL, 1).resize(source, 500, 400);
        BufferedImage drawnBig = id.bingkai.testing.SyntheticPhotos.draw(500, 400);
        // Soft but faithful: most pixels close to the picture drawn at the large size.
        id.bingkai.testing.ImageComparison.of(drawnBig, big).tolerance(40).maxDifferentFraction(0.05)
                .named("upscale").assertMatches();
    }

    private static BufferedImage stripes(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, x % 2 == 0 ? 0x000000 : 0xFFFFFF);
            }
        }
        return img;
    }

    private static BufferedImage zonePlate(int n) {
        BufferedImage img = new BufferedImage(n, n, BufferedImage.TYPE_INT_RGB);
        double k = Math.PI / n; // local frequency r/n cycles per pixel: 0 at the centre, 0.5 at the edge midpoints
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                double dx = x - n / 2.0;
                double dy = y - n / 2.0;
                int v = (int) Math.round(127.5 + 127.5 * Math.cos(k * (dx * dx + dy * dy)));
                img.setRGB(x, y, v * 0x010101);
            }
        }
        return img;
    }

    /** Standard deviation of grey where the source rings are finer than 1/4 cycle per pixel (r > n/4). */
    private static double outerSpread(BufferedImage img) {
        int n = img.getWidth();
        double sum = 0;
        double sq = 0;
        int count = 0;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                double r = Math.hypot(x + 0.5 - n / 2.0, y + 0.5 - n / 2.0);
                if (r > n * 0.3 && r < n * 0.48) {
                    int v = img.getRGB(x, y) & 0xff;
                    sum += v;
                    sq += (double) v * v;
                    count++;
                }
            }
        }
        double mean = sum / count;
        return Math.sqrt(sq / count - mean * mean);
    }

    private static BufferedImage naive(BufferedImage source, int size) {
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, 0, 0, size, size, null);
        g.dispose();
        return out;
    }

    /** Pixel by pixel through getRGB/setRGB, so both copies convert colours the same way. */
    private static BufferedImage copy(BufferedImage source, int type) {
        BufferedImage out = new BufferedImage(source.getWidth(), source.getHeight(), type);
        for (int y = 0; y < source.getHeight(); y++) {
            for (int x = 0; x < source.getWidth(); x++) {
                out.setRGB(x, y, source.getRGB(x, y));
            }
        }
        return out;
    }

    private static IntSummaryStatistics greyStats(BufferedImage img, int border) {
        IntSummaryStatistics stats = new IntSummaryStatistics();
        for (int y = border; y < img.getHeight() - border; y++) {
            for (int x = border; x < img.getWidth() - border; x++) {
                stats.accept(img.getRGB(x, y) >> 8 & 0xff);
            }
        }
        return stats;
    }
}
