// SPDX-License-Identifier: Apache-2.0
package id.bingkai.bench;

import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Decoding a 12 MP JPEG for a 1080 px twibbon (the slot needs about 1188 x 891): libjpeg-turbo at a DCT scale and
 * 1x oversampling, as the renderer asks it, against ImageIO's point subsampling at 3x.
 */
public class DecodeBenchmark extends BenchmarkSettings {
    @Param({"libjpeg-turbo", "imageio"})
    public String path;

    private ImageLoader loader;
    private Path photo;
    private int minWidth;
    private int minHeight;

    @Setup
    public void setUp() throws IOException {
        photo = BenchPhotos.photo();
        boolean turbo = path.equals("libjpeg-turbo");
        loader = new ImageLoader(PixelBudget.DEFAULT, turbo ? TurboJpegDecoder.system() : Optional.empty());
        if (turbo && !loader.usesLibjpegTurbo()) {
            throw new IllegalStateException("libjpeg-turbo is not installed (apt-get install libturbojpeg0)");
        }
        double oversampling = turbo ? ImageLoader.DCT_OVERSAMPLING : 3;
        minWidth = (int) Math.ceil(1188 * oversampling);
        minHeight = (int) Math.ceil(891 * oversampling);
    }

    @Benchmark
    public BufferedImage decode() {
        return loader.load(photo, minWidth, minHeight);
    }
}
