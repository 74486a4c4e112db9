// SPDX-License-Identifier: Apache-2.0
package id.bingkai.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * Compares two images with a tolerance: a pixel differs when any premultiplied channel (so the colour of fully
 * transparent pixels does not matter) is off by more than {@code tolerance} (0..255); the images match when at
 * most {@code maxDifferentFraction} of the pixels differ. On failure the expected, actual and a diff image are
 * written to {@code target/image-diffs/<name>-*.png} and the assertion message says where.
 *
 * <pre>{@code
 * ImageComparison.of(expected, actual).tolerance(6).maxDifferentFraction(0.002).named("ellipse-slot").assertMatches();
 * }</pre>
 */
public final class ImageComparison {
    /** What a comparison found. */
    public record Result(int width, int height, long differentPixels, int maxDelta) {
        public double differentFraction() {
            return (double) differentPixels / ((long) width * height);
        }
    }

    private final BufferedImage expected;
    private final BufferedImage actual;
    private final int tolerance;
    private final double maxDifferentFraction;
    private final String name;

    private ImageComparison(BufferedImage expected, BufferedImage actual, int tolerance, double maxDifferentFraction,
            String name) {
        this.expected = Objects.requireNonNull(expected, "expected");
        this.actual = Objects.requireNonNull(actual, "actual");
        this.tolerance = tolerance;
        this.maxDifferentFraction = maxDifferentFraction;
        this.name = name;
    }

    /** Defaults: tolerance 2, no differing pixel allowed. */
    public static ImageComparison of(BufferedImage expected, BufferedImage actual) {
        return new ImageComparison(expected, actual, 2, 0, "image");
    }

    public ImageComparison tolerance(int channelDelta) {
        return new ImageComparison(expected, actual, channelDelta, maxDifferentFraction, name);
    }

    public ImageComparison maxDifferentFraction(double fraction) {
        return new ImageComparison(expected, actual, tolerance, fraction, name);
    }

    /** Used for the diff file names. */
    public ImageComparison named(String label) {
        return new ImageComparison(expected, actual, tolerance, maxDifferentFraction, label);
    }

    /** Counts differing pixels; images of different sizes throw. */
    public Result compare() {
        int w = expected.getWidth();
        int h = expected.getHeight();
        if (actual.getWidth() != w || actual.getHeight() != h) {
            throw new AssertionError(name + ": size differs, expected " + w + "x" + h + " but was "
                    + actual.getWidth() + "x" + actual.getHeight());
        }
        long different = 0;
        int maxDelta = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int d = delta(premultiplied(expected.getRGB(x, y)), premultiplied(actual.getRGB(x, y)));
                maxDelta = Math.max(maxDelta, d);
                if (d > tolerance) {
                    different++;
                }
            }
        }
        return new Result(w, h, different, maxDelta);
    }

    /** Fails (after writing the diff images) when more than the allowed fraction of pixels differ. */
    public Result assertMatches() {
        Result result = compare();
        if (result.differentFraction() > maxDifferentFraction) {
            Path folder = writeDiff();
            throw new AssertionError(String.format(
                    "%s: %d of %d pixels (%.4f%%) differ by more than %d (max delta %d, allowed %.4f%%); see %s",
                    name, result.differentPixels(), (long) result.width() * result.height(),
                    100 * result.differentFraction(), tolerance, result.maxDelta(), 100 * maxDifferentFraction,
                    folder.resolve(name + "-diff.png")));
        }
        return result;
    }

    /** Writes expected, actual and diff PNGs to target/image-diffs and returns that folder. */
    public Path writeDiff() {
        Path folder = diffFolder();
        try {
            Files.createDirectories(folder);
            ImageIO.write(expected, "png", folder.resolve(name + "-expected.png").toFile());
            ImageIO.write(actual, "png", folder.resolve(name + "-actual.png").toFile());
            ImageIO.write(diffImage(), "png", folder.resolve(name + "-diff.png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** Matching pixels as a faint grey copy of the expected image, differing ones in red (brighter = larger). */
    private BufferedImage diffImage() {
        int w = Math.min(expected.getWidth(), actual.getWidth());
        int h = Math.min(expected.getHeight(), actual.getHeight());
        BufferedImage diff = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int e = premultiplied(expected.getRGB(x, y));
                int d = delta(e, premultiplied(actual.getRGB(x, y)));
                if (d > tolerance) {
                    diff.setRGB(x, y, Math.min(255, 96 + d) << 16);
                } else {
                    int grey = 200 + luma(e) / 5;
                    diff.setRGB(x, y, grey << 16 | grey << 8 | grey);
                }
            }
        }
        return diff;
    }

    static Path diffFolder() {
        String build = System.getProperty("bingkai.build.dir", "target");
        return Path.of(build, "image-diffs");
    }

    private static int premultiplied(int argb) {
        int a = argb >>> 24;
        int r = (argb >> 16 & 0xff) * a / 255;
        int g = (argb >> 8 & 0xff) * a / 255;
        int b = (argb & 0xff) * a / 255;
        return a << 24 | r << 16 | g << 8 | b;
    }

    private static int delta(int p, int q) {
        int max = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            max = Math.max(max, Math.abs((p >>> shift & 0xff) - (q >>> shift & 0xff)));
        }
        return max;
    }

    private static int luma(int p) {
        return ((p >> 16 & 0xff) * 3 + (p >> 8 & 0xff) * 6 + (p & 0xff)) / 10;
    }
}
