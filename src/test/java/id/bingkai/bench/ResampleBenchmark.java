// SPDX-License-Identifier: Apache-2.0
package id.bingkai.bench;

import id.bingkai.core.render.ResampleFilter;
import id.bingkai.core.render.Resampler;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/** The renderer's Lanczos3 downscale of a decoded photo to the slot: 1500 x 1125 (a 12 MP at 3/8) to 1188 x 891. */
public class ResampleBenchmark extends BenchmarkSettings {
    /** 1: one thread, as each batch worker effectively has; 2: the renderer's own fork-join split. */
    @Param({"1", "2"})
    public int threads;

    private Resampler resampler;
    private BufferedImage source;

    @Setup
    public void setUp() {
        resampler = new Resampler(ResampleFilter.LANCZOS3, threads);
        source = new BufferedImage(1500, 1125, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = source.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.RED, 1500, 1125, Color.BLUE));
        g.fillRect(0, 0, 1500, 1125);
        g.dispose();
    }

    @Benchmark
    public BufferedImage resample() {
        return resampler.resize(source, 1188, 891);
    }
}
