// SPDX-License-Identifier: Apache-2.0
package id.bingkai.bench;

import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.core.io.export.ExportOptions;
import id.bingkai.core.io.export.ImageExporter;
import id.bingkai.core.io.export.ImageFormat;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.core.io.image.turbo.TurboJpegEncoder;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/** Exporting a 1080 x 1080 render as JPEG q90 with the XMP keyword, in memory: libjpeg-turbo against the JDK. */
public class EncodeBenchmark extends BenchmarkSettings {
    @Param({"libjpeg-turbo", "jdk"})
    public String encoder;

    private ImageExporter exporter;
    private BufferedImage render;
    private final ExportOptions options = new ExportOptions(ImageFormat.JPEG, 0.9f, true, List.of("#ASNpilihNETRAL"));

    @Setup
    public void setUp() throws IOException {
        Optional<TurboJpegEncoder> turbo = encoder.equals("libjpeg-turbo") ? TurboJpegEncoder.system()
                : Optional.empty();
        if (encoder.equals("libjpeg-turbo") && turbo.isEmpty()) {
            throw new IllegalStateException("libjpeg-turbo is not installed (apt-get install libturbojpeg0)");
        }
        exporter = new ImageExporter(new AtomicFiles(), turbo);
        BufferedImage photo = new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system()).load(BenchPhotos.photo(), 1080, 1080);
        render = new BufferedImage(1080, 1080, BufferedImage.TYPE_INT_ARGB_PRE); // what the renderer returns
        Graphics2D g = render.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(photo, 0, 0, 1080, 1080, null);
        g.dispose();
    }

    @Benchmark
    public byte[] encode() {
        return exporter.encode(render, options);
    }
}
