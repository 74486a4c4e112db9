// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * High-quality image scaling: a separable filter (Lanczos3 by default) in premultiplied alpha, vertical pass
 * then horizontal pass. Java2D's own drawImage scaling samples only 1, 4 or 16 source pixels per output pixel and
 * aliases (moire) when shrinking by more than about 2x; this filter looks at every source pixel it covers.
 *
 * <p>Memory stays small: source rows are converted lazily into a ring of just the rows the vertical kernel
 * needs, so a 48 MP source never gets a full-size intermediate copy. Large outputs are split into row bands on
 * the common fork-join pool. Stateless and thread-safe.
 */
public final class Resampler {
    /** Below this many output pixels one thread is faster than forking. */
    private static final long PARALLEL_THRESHOLD = 256 * 256;

    private final ResampleFilter filter;
    private final int parallelism;

    /** Lanczos3, using up to 4 threads for large outputs. */
    public Resampler() {
        this(ResampleFilter.LANCZOS3, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    public Resampler(ResampleFilter filter, int parallelism) {
        this.filter = Objects.requireNonNull(filter, "filter");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1: " + parallelism);
        }
        this.parallelism = parallelism;
    }

    ResampleFilter filter() {
        return filter;
    }

    int parallelism() {
        return parallelism;
    }

    /** The whole image scaled to {@code width x height}, as TYPE_INT_ARGB_PRE. */
    public BufferedImage resize(BufferedImage source, int width, int height) {
        return resize(source, new Rectangle(0, 0, source.getWidth(), source.getHeight()), width, height, 0);
    }

    /**
     * A region of the image scaled to {@code width x height}, as TYPE_INT_ARGB_PRE, surrounded by {@code pad}
     * transparent pixels on every side (so a later transformed draw gets soft, antialiased image edges).
     */
    public BufferedImage resize(BufferedImage source, Rectangle region, int width, int height, int pad) {
        Objects.requireNonNull(source, "source");
        Rectangle bounds = new Rectangle(0, 0, source.getWidth(), source.getHeight());
        if (region.isEmpty() || !bounds.contains(region)) {
            throw new IllegalArgumentException("region " + region + " is not inside the image " + bounds);
        }
        if (width < 1 || height < 1 || pad < 0) {
            throw new IllegalArgumentException("bad output size " + width + "x" + height + " pad " + pad);
        }
        BufferedImage out = new BufferedImage(width + 2 * pad, height + 2 * pad, BufferedImage.TYPE_INT_ARGB_PRE);
        int[] dst = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        Job job = new Job(source, region, Weights.compute(filter, region.width, width),
                Weights.compute(filter, region.height, height), dst, width + 2 * pad, pad);
        int bands = (long) width * height < PARALLEL_THRESHOLD ? 1 : Math.min(parallelism, height);
        if (bands == 1) {
            job.rows(0, height);
        } else {
            IntStream.range(0, bands).parallel()
                    .forEach(b -> job.rows(height * b / bands, height * (b + 1) / bands));
        }
        return out;
    }

    /** One resize; {@link #rows} may run concurrently on disjoint output row ranges. */
    private record Job(BufferedImage source, Rectangle region, Weights horizontal, Weights vertical, int[] dst,
            int dstStride, int pad) {

        /**
         * Vertical pass first: each output row is a weighted sum of whole source rows (a simple loop the JIT
         * vectorises), kept in a ring so every source row is read and converted once; the horizontal filter then
         * runs on that single row. Filtering horizontally first would run the slower per-pixel loop on every
         * source row instead of every output row.
         */
        void rows(int fromY, int toY) {
            int outWidth = horizontal.start.length;
            int ringSize = vertical.maxTaps();
            float[][] ring = new float[ringSize][region.width * 4];
            int[] ringRow = new int[ringSize];
            Arrays.fill(ringRow, -1);
            float[] column = new float[region.width * 4];
            float[][] rows = new float[ringSize][];
            float[] out = new float[outWidth * 4];
            RowReader reader = RowReader.of(source, region.x, region.width);
            for (int y = fromY; y < toY; y++) {
                Arrays.fill(column, 0f);
                int first = vertical.start[y];
                int taps = vertical.count[y];
                int base = y * vertical.stride;
                for (int k = 0; k < taps; k++) {
                    int sy = first + k;
                    int slot = sy % ringSize;
                    if (ringRow[slot] != sy) {
                        reader.read(region.y + sy, ring[slot]);
                        ringRow[slot] = sy;
                    }
                    rows[k] = ring[slot];
                }
                // Four rows per sweep: the accumulator row is read and written a quarter as often.
                int k = 0;
                for (; k + 4 <= taps; k += 4) {
                    float w0 = vertical.w[base + k];
                    float w1 = vertical.w[base + k + 1];
                    float w2 = vertical.w[base + k + 2];
                    float w3 = vertical.w[base + k + 3];
                    float[] r0 = rows[k];
                    float[] r1 = rows[k + 1];
                    float[] r2 = rows[k + 2];
                    float[] r3 = rows[k + 3];
                    for (int i = 0; i < column.length; i++) {
                        column[i] += w0 * r0[i] + w1 * r1[i] + w2 * r2[i] + w3 * r3[i];
                    }
                }
                for (; k < taps; k++) {
                    float w = vertical.w[base + k];
                    float[] row = rows[k];
                    for (int i = 0; i < column.length; i++) {
                        column[i] += w * row[i];
                    }
                }
                filterRow(column, out);
                pack(out, (y + pad) * dstStride + pad);
            }
        }

        private void filterRow(float[] in, float[] out) {
            int stride = horizontal.stride;
            float[] weights = horizontal.w;
            for (int x = 0, o = 0; x < horizontal.start.length; x++, o += 4) {
                int s = horizontal.start[x] * 4;
                int n = horizontal.count[x];
                int wb = x * stride;
                float a = 0;
                float r = 0;
                float g = 0;
                float b = 0;
                for (int k = 0, j = s; k < n; k++, j += 4) {
                    float w = weights[wb + k];
                    a += w * in[j];
                    r += w * in[j + 1];
                    g += w * in[j + 2];
                    b += w * in[j + 3];
                }
                out[o] = a;
                out[o + 1] = r;
                out[o + 2] = g;
                out[o + 3] = b;
            }
        }

        /** Rounds and clamps; premultiplied colour can never exceed alpha (Lanczos lobes overshoot). */
        private void pack(float[] acc, int offset) {
            for (int i = 0, x = 0; i < acc.length; i += 4, x++) {
                int a = clamp(acc[i], 255);
                dst[offset + x] = a << 24 | clamp(acc[i + 1], a) << 16 | clamp(acc[i + 2], a) << 8
                        | clamp(acc[i + 3], a);
            }
        }

        private static int clamp(float v, int max) {
            int i = (int) (v + 0.5f);
            return i < 0 ? 0 : Math.min(i, max);
        }
    }
}
