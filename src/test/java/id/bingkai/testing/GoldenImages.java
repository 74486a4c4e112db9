// SPDX-License-Identifier: Apache-2.0
package id.bingkai.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Expected images kept as small PNGs under {@code src/test/resources/<folder>}. To regenerate them after an
 * intended change in rendering, run the tests with {@code -Dbingkai.updateGoldens=true}, look at the new PNGs
 * (git diff shows them changed) and commit them:
 *
 * <pre>./mvnw -q test -Dtest='RendererGoldenTest' -Dbingkai.updateGoldens=true</pre>
 */
public final class GoldenImages {
    public static final String UPDATE_PROPERTY = "bingkai.updateGoldens";

    private final String folder;
    private final int tolerance;
    private final double maxDifferentFraction;

    /**
     * @param folder resource folder such as {@code id/bingkai/core/render/golden}
     */
    public GoldenImages(String folder, int tolerance, double maxDifferentFraction) {
        this.folder = folder;
        this.tolerance = tolerance;
        this.maxDifferentFraction = maxDifferentFraction;
    }

    /** Compares with {@code <folder>/<name>.png}, or (re)writes that file when updating goldens. */
    public void assertMatches(String name, BufferedImage actual) {
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            write(name, actual);
            return;
        }
        BufferedImage expected = read(name);
        assertThat(expected).as("golden %s/%s.png is missing; run with -D%s=true to create it", folder, name,
                UPDATE_PROPERTY).isNotNull();
        ImageComparison.of(expected, actual).tolerance(tolerance).maxDifferentFraction(maxDifferentFraction)
                .named(name).assertMatches();
    }

    private BufferedImage read(String name) {
        try (InputStream in = GoldenImages.class.getResourceAsStream("/" + folder + "/" + name + ".png")) {
            return in == null ? null : ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String name, BufferedImage image) {
        // Surefire runs in the project folder, so this is the source tree, not target/.
        Path file = Path.of("src", "test", "resources").resolve(folder).resolve(name + ".png");
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(straight(image), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ImageIO writes premultiplied rasters as they are; store straight ARGB so the PNG means what it shows. */
    private static BufferedImage straight(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                out.setRGB(x, y, image.getRGB(x, y));
            }
        }
        return out;
    }
}
