// SPDX-License-Identifier: Apache-2.0
package id.bingkai.bench;

import com.sun.management.OperatingSystemMXBean;
import id.bingkai.core.io.image.ImageInfo;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.image.heif.LibHeifDecoder;
import id.bingkai.testing.HeifFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Issue 14: a 12 MP iPhone-sized HEIC through the system's libheif, as the editor and the batch open it: {@code probe}
 * (the header, for the photo reference) and {@code load} (header check and full decode, one read and one parse). The
 * HEIC is made once with {@code heif-enc -q 80} from a 12 MP JPEG of the corpus ({@code -Dbingkai.bench.heic.source},
 * default /work/photos/12mp/p12-01-kleiber.jpg) and kept in the temp folder for the next run. Besides JMH's wall
 * time, each iteration prints the process CPU time per operation (user + system, every thread), the figure that
 * still means something on a shared machine.
 */
public class HeicBenchmark extends BenchmarkSettings {
    private static final String DEFAULT_SOURCE = "/work/photos/12mp/p12-01-kleiber.jpg";

    private ImageLoader loader;
    private Path heic;
    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long cpuStart;
    private long ops;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path source = Path.of(System.getProperty("bingkai.bench.heic.source", DEFAULT_SOURCE));
        if (!Files.isRegularFile(source)) {
            throw new IllegalStateException("skipped: no 12 MP JPEG at " + source
                    + " (set -Dbingkai.bench.heic.source=FILE)");
        }
        loader = new ImageLoader(PixelBudget.DEFAULT, Optional.empty(), LibHeifDecoder.system());
        if (!loader.readsHeif()) {
            throw new IllegalStateException("skipped: libheif is not installed (apt-get install libheif1)");
        }
        heic = Path.of(System.getProperty("java.io.tmpdir"), "bingkai-bench-" + source.getFileName() + ".heic");
        if (!Files.isRegularFile(heic) || Files.getLastModifiedTime(heic).compareTo(
                Files.getLastModifiedTime(source)) < 0) {
            HeifFiles.encode(source, heic, false, 80); // heif-enc; fails with its own message when it is missing
        }
        ImageInfo info = loader.probe(heic);
        System.out.printf("HEIC %s: %d x %d, %d bytes%n", heic, info.width(), info.height(), Files.size(heic));
    }

    @Setup(Level.Iteration)
    public void startClock() {
        cpuStart = os.getProcessCpuTime();
        ops = 0;
    }

    @TearDown(Level.Iteration)
    public void cpuPerOperation() {
        double ms = (os.getProcessCpuTime() - cpuStart) / 1e6;
        System.out.printf("  process CPU %.2f ms/op (%d ops)%n", ops == 0 ? 0 : ms / ops, ops);
    }

    @Benchmark
    public BufferedImage load() {
        ops++;
        return loader.load(heic, 0, 0);
    }

    @Benchmark
    public ImageInfo probe() {
        ops++;
        return loader.probe(heic);
    }
}
