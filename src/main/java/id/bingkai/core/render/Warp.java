// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Draws an image under a turned, shrunk or mirrored affine transform, filtering it only once: two separable passes
 * in the manner of Catmull and Smith (SIGGRAPH 1980). Pass one resamples each source row onto the output's
 * columns (scale and shear along x); pass two resamples each output column (scale and shear along y). Each pass
 * uses the {@link Resampler}'s kernel, stretched when shrinking, with weights taken from a table of sub-pixel
 * phases. A photo turned by 3 degrees is therefore resampled once, instead of being shrunk and then interpolated
 * a second time, which is both sharper and cheaper.
 *
 * <p>Outside the image the pixels are mirrored, so the filter never pulls transparent black into the picture; the
 * image's own edges are antialiased by each output pixel's distance to them. Work is split into strips of output
 * columns (a few megabytes of intermediate each, run in parallel for large outputs), so memory does not grow
 * with the size of a print. Stateless and thread-safe.
 *
 * <p>Squeezing rows onto columns loses resolution as the turn grows (by the cosine of the angle), so
 * {@link #handles} accepts turns up to {@value #MAX_TURN_DEGREES} degrees either side of upright or upside down;
 * other turns are drawn by the caller another way.
 */
final class Warp {
    static final double MAX_TURN_DEGREES = 30;
    private static final double MIN_COS = Math.cos(Math.toRadians(MAX_TURN_DEGREES));
    /** Sub-pixel phases of the weight tables, 2^8: a position error of at most 1/512 pixel. */
    private static final int PHASE_BITS = 8;
    private static final int PHASES = 1 << PHASE_BITS;
    /** Positions are stepped in fixed point: 32 fractional bits, the top {@link #PHASE_BITS} pick the phase. */
    private static final int FRACTION_BITS = 32;
    private static final double ONE = 1L << FRACTION_BITS;
    private static final long HALF_PHASE = 1L << (FRACTION_BITS - PHASE_BITS - 1);
    /** Floats of intermediate per strip (4 MB): stays in the cache of one core. */
    private static final long STRIP_FLOATS = 1 << 20;
    private static final long PARALLEL_THRESHOLD = 256 * 256;

    private final ResampleFilter filter;
    private final int parallelism;

    Warp(ResampleFilter filter, int parallelism) {
        this.filter = Objects.requireNonNull(filter, "filter");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1: " + parallelism);
        }
        this.parallelism = parallelism;
    }

    /** Whether {@code toDevice} is a transform this class draws (invertible, turned at most 30 degrees). */
    static boolean handles(AffineTransform toDevice) {
        double a = toDevice.getScaleX();
        double d = toDevice.getShearY();
        double b = toDevice.getShearX();
        double e = toDevice.getScaleY();
        double det = a * e - b * d;
        if (!Double.isFinite(det) || Math.abs(det) < 1e-12) {
            return false;
        }
        // Pass one squeezes rows by |a| / |(a, d)|; pass two shears by b/a.
        return Math.abs(a) >= MIN_COS * Math.hypot(a, d) && Math.abs(e) >= MIN_COS * Math.hypot(b, e);
    }

    /**
     * Writes {@code image} transformed by {@code toDevice} into {@code out} (TYPE_INT_ARGB_PRE, replacing its
     * pixels inside {@code area}; outside the image they become transparent).
     *
     * @param toDevice image pixel coordinates to {@code out} pixel coordinates; {@link #handles} must accept it
     * @param area     the part of {@code out} to write
     */
    void draw(BufferedImage image, AffineTransform toDevice, BufferedImage out, Rectangle area) {
        if (!handles(toDevice)) {
            throw new IllegalArgumentException("transform not handled: " + toDevice);
        }
        if (out.getType() != BufferedImage.TYPE_INT_ARGB_PRE) {
            throw new IllegalArgumentException("output must be TYPE_INT_ARGB_PRE");
        }
        Rectangle clip = area.intersection(new Rectangle(0, 0, out.getWidth(), out.getHeight()));
        if (clip.isEmpty()) {
            return;
        }
        Job job = new Job(image, new Geometry(toDevice), filter,
                ((DataBufferInt) out.getRaster().getDataBuffer()).getData(), out.getWidth(), clip);
        int strips = job.strips();
        if (parallelism == 1 || strips == 1 || (long) clip.width * clip.height < PARALLEL_THRESHOLD) {
            float[] columns = job.stripBuffer();
            for (int s = 0; s < strips; s++) {
                job.strip(s, columns);
            }
        } else {
            IntStream.range(0, strips).parallel().forEach(s -> job.strip(s, job.stripBuffer()));
        }
    }

    /** The transform and the quantities both passes derive from it. */
    record Geometry(double a, double b, double c, double d, double e, double f, AffineTransform inverse,
            double scaleU, double scaleV) {

        Geometry(AffineTransform t) {
            this(t.getScaleX(), t.getShearX(), t.getTranslateX(), t.getShearY(), t.getScaleY(), t.getTranslateY(),
                    inverse(t), Math.hypot(t.getScaleX(), t.getShearY()), Math.hypot(t.getShearX(), t.getScaleY()));
        }

        private static AffineTransform inverse(AffineTransform t) {
            try {
                return t.createInverse();
            } catch (NoninvertibleTransformException e) {
                throw new IllegalArgumentException(e);
            }
        }

        /** Pass one: source column index (centre at i) for output column centre {@code xc} on row centre {@code vc}. */
        double rowPosition(double xc, double vc) {
            return (xc - b * vc - c) / a - 0.5;
        }

        /** Source columns per output column in pass one. */
        double rowStep() {
            return 1 / a;
        }

        /** Pass two: source row index for output centre {@code (xc, yc)}. */
        double columnPosition(double xc, double yc) {
            return (yc - f - d * (xc - c) / a) / (e - d * b / a) - 0.5;
        }

        /** Source rows per output row in pass two. */
        double columnStep() {
            return 1 / (e - d * b / a);
        }

        /** The image point under an output point. */
        Point2D source(double x, double y) {
            return inverse.transform(new Point2D.Double(x, y), null);
        }
    }

    /** One draw: its weight tables and output; {@link #strip} may run concurrently for different strips. */
    private static final class Job {
        private final BufferedImage image;
        private final Geometry g;
        private final Taps rowTaps;
        private final Taps columnTaps;
        private final int[] dst;
        private final int dstStride;
        private final Rectangle clip;
        private final int rowsFrom;
        private final int rowsTo;
        private final int stripWidth;
        /** No alpha channel: only colour is filtered (a quarter less work). */
        private final boolean opaque;

        Job(BufferedImage image, Geometry g, ResampleFilter filter, int[] dst, int dstStride, Rectangle clip) {
            this.image = image;
            this.opaque = !image.getColorModel().hasAlpha();
            this.g = g;
            this.rowTaps = Taps.of(filter, Math.abs(g.rowStep()));
            this.columnTaps = Taps.of(filter, Math.abs(g.columnStep()));
            this.dst = dst;
            this.dstStride = dstStride;
            this.clip = clip;
            int[] rows = sourceRows(clip.x, clip.x + clip.width);
            this.rowsFrom = rows[0];
            this.rowsTo = rows[1];
            long perColumn = 4L * Math.max(1, rowsTo - rowsFrom);
            this.stripWidth = (int) Math.clamp(STRIP_FLOATS / perColumn, 8, Math.max(8, clip.width));
        }

        int strips() {
            return (clip.width + stripWidth - 1) / stripWidth;
        }

        /** The source rows (after mirroring) pass two reads for output columns {@code x0 .. x1-1}. */
        private int[] sourceRows(int x0, int x1) {
            double lo = Double.MAX_VALUE;
            double hi = -Double.MAX_VALUE;
            for (double x : new double[] {x0 + 0.5, x1 - 0.5}) {
                for (double y : new double[] {clip.y + 0.5, clip.y + clip.height - 0.5}) {
                    double p = g.columnPosition(x, y);
                    lo = Math.min(lo, p);
                    hi = Math.max(hi, p);
                }
            }
            // One more on each side: rounding to the nearest phase (and stepping in fixed point) may move a
            // position across a pixel boundary.
            return mirroredSpan(Math.floor(lo) - columnTaps.half, Math.floor(hi) + columnTaps.half + 1,
                    image.getHeight());
        }

        /** Source columns pass one reads for output columns {@code x0 .. x1-1} on the rows of this job. */
        private int[] sourceColumns(int x0, int x1) {
            double lo = Double.MAX_VALUE;
            double hi = -Double.MAX_VALUE;
            for (double x : new double[] {x0 + 0.5, x1 - 0.5}) {
                for (double v : new double[] {rowsFrom + 0.5, rowsTo - 0.5}) {
                    double p = g.rowPosition(x, v);
                    lo = Math.min(lo, p);
                    hi = Math.max(hi, p);
                }
            }
            return mirroredSpan(Math.floor(lo) - rowTaps.half, Math.floor(hi) + rowTaps.half + 1, image.getWidth());
        }

        /** {@code [from, to)} covering every index in {@code lo .. hi} once mirrored into {@code 0 .. length-1}. */
        private static int[] mirroredSpan(double lo, double hi, int length) {
            long from = (long) Math.max(lo, -2L * length);
            long to = (long) Math.min(hi, 3L * length);
            if (from < 0 || to >= length) {
                int min = length;
                int max = -1;
                for (long j = from; j <= to; j++) {
                    int m = Weights.mirror((int) j, length);
                    min = Math.min(min, m);
                    max = Math.max(max, m);
                }
                return new int[] {min, max + 1};
            }
            return new int[] {(int) from, (int) to + 1};
        }

        /** Room for the intermediate of one strip; one is enough for any number of strips done one after another. */
        float[] stripBuffer() {
            return new float[Math.min(stripWidth, clip.width) * (rowsTo - rowsFrom) * 4];
        }

        void strip(int index, float[] columns) {
            int x0 = clip.x + index * stripWidth;
            int x1 = Math.min(clip.x + clip.width, x0 + stripWidth);
            int rows = rowsTo - rowsFrom;
            rowPass(x0, x1, columns, rows);
            columnPass(x0, x1, columns, rows);
        }

        /** Pass one: every needed source row, filtered onto output columns x0..x1-1, stored column by column. */
        private void rowPass(int x0, int x1, float[] columns, int rows) {
            int[] span = sourceColumns(x0, x1);
            int from = span[0];
            int width = span[1] - span[0];
            int imageWidth = image.getWidth();
            RowReader reader = RowReader.of(image, from, width);
            float[] row = new float[width * 4];
            int n = rowTaps.count;
            int[] index = new int[n];
            long step = fixed(g.rowStep());
            for (int v = rowsFrom; v < rowsTo; v++) {
                reader.read(v, row);
                long p = fixed(g.rowPosition(x0 + 0.5, v + 0.5));
                int o = (v - rowsFrom) * 4;
                for (int x = x0; x < x1; x++, p += step, o += rows * 4) {
                    long rounded = p + HALF_PHASE;
                    int first = (int) (rounded >> FRACTION_BITS) - rowTaps.half + 1;
                    int wb = phase(rounded) * n;
                    if (first >= from && first + n <= from + width) {
                        if (opaque) {
                            rowTaps.sumOpaque(row, (first - from) * 4, wb, columns, o);
                        } else {
                            rowTaps.sum(row, (first - from) * 4, wb, columns, o);
                        }
                    } else {
                        for (int k = 0; k < n; k++) {
                            index[k] = (Weights.mirror(first + k, imageWidth) - from) * 4;
                        }
                        rowTaps.sumAt(row, index, wb, columns, o);
                    }
                }
            }
        }

        /** Pass two: each output column x0..x1-1, filtered down from the intermediate, written to the output. */
        private void columnPass(int x0, int x1, float[] columns, int rows) {
            int n = columnTaps.count;
            int[] index = new int[n];
            int imageHeight = image.getHeight();
            long step = fixed(g.columnStep());
            float[] acc = new float[4];
            int y0 = clip.y;
            int y1 = clip.y + clip.height;
            for (int x = x0; x < x1; x++) {
                int base = (x - x0) * rows * 4;
                long p = fixed(g.columnPosition(x + 0.5, y0 + 0.5));
                Edges edges = Edges.of(g, image, x + 0.5, y0 + 0.5, y1 - 0.5);
                for (int y = y0; y < y1; y++, p += step) {
                    long rounded = p + HALF_PHASE;
                    int first = (int) (rounded >> FRACTION_BITS) - columnTaps.half + 1;
                    int wb = phase(rounded) * n;
                    if (first >= rowsFrom && first + n <= rowsTo) {
                        if (opaque) {
                            columnTaps.sumOpaque(columns, base + (first - rowsFrom) * 4, wb, acc, 0);
                        } else {
                            columnTaps.sum(columns, base + (first - rowsFrom) * 4, wb, acc, 0);
                        }
                    } else {
                        for (int k = 0; k < n; k++) {
                            index[k] = base + (Weights.mirror(first + k, imageHeight) - rowsFrom) * 4;
                        }
                        columnTaps.sumAt(columns, index, wb, acc, 0);
                    }
                    dst[y * dstStride + x] = pack(acc, edges == null ? 1f : edges.next());
                }
            }
        }

        /** A position in fixed point (an arithmetic shift floors negative positions too). */
        private static long fixed(double position) {
            return Math.round(position * ONE);
        }

        /** The weight table row of a fixed-point position already rounded to the nearest phase. */
        private static int phase(long rounded) {
            return (int) ((rounded & ((1L << FRACTION_BITS) - 1)) >>> (FRACTION_BITS - PHASE_BITS));
        }

        /** Rounds and clamps; premultiplied colour never exceeds alpha (Lanczos lobes overshoot). */
        private static int pack(float[] acc, float coverage) {
            int a = clamp(acc[0] * coverage, 255);
            return a << 24 | clamp(acc[1] * coverage, a) << 16 | clamp(acc[2] * coverage, a) << 8
                    | clamp(acc[3] * coverage, a);
        }

        private static int clamp(float v, int max) {
            int i = (int) (v + 0.5f);
            return i < 0 ? 0 : Math.min(i, max);
        }
    }

    /**
     * How much of each output pixel down one column the image covers: its distance (in output pixels) to the
     * nearest image edge along each image axis, plus a half, clamped to 0..1 per axis.
     */
    private static final class Edges {
        private final double width;
        private final double height;
        private final double scaleU;
        private final double scaleV;
        private final double stepU;
        private final double stepV;
        private double u;
        private double v;

        /**
         * The edges down the column from {@code y} to {@code yLast}, or null when every pixel there is fully
         * inside the image: the distance to the nearest edge is concave along a line, so checking both ends is
         * enough.
         */
        static Edges of(Geometry g, BufferedImage image, double x, double y, double yLast) {
            Edges first = new Edges(g, image, x, y);
            Edges last = new Edges(g, image, x, yLast);
            return first.inside() && last.inside() ? null : first;
        }

        private boolean inside() {
            return Math.min(u, width - u) * scaleU >= 0.5 && Math.min(v, height - v) * scaleV >= 0.5;
        }

        Edges(Geometry g, BufferedImage image, double x, double y) {
            Point2D start = g.source(x, y);
            Point2D next = g.source(x, y + 1);
            this.width = image.getWidth();
            this.height = image.getHeight();
            this.scaleU = g.scaleU();
            this.scaleV = g.scaleV();
            this.u = start.getX();
            this.v = start.getY();
            this.stepU = next.getX() - u;
            this.stepV = next.getY() - v;
        }

        float next() {
            double cu = Math.min(u, width - u) * scaleU + 0.5;
            double cv = Math.min(v, height - v) * scaleV + 0.5;
            u += stepU;
            v += stepV;
            if (cu >= 1 && cv >= 1) {
                return 1f;
            }
            return (float) (Math.clamp(cu, 0, 1) * Math.clamp(cv, 0, 1));
        }
    }

    /** A kernel sampled at {@link #PHASES} sub-pixel phases: {@code count} weights per phase, summing to 1. */
    private static final class Taps {
        final int count;
        final int half;
        final float[] w;

        private Taps(int count, float[] w) {
            this.count = count;
            this.half = count / 2;
            this.w = w;
        }

        /** @param step source pixels per output pixel; shrinking stretches the kernel by it */
        static Taps of(ResampleFilter filter, double step) {
            double stretch = Math.max(1, step);
            int half = Math.max(1, (int) Math.ceil(filter.radius() * stretch));
            int count = 2 * half;
            // Positions are rounded to the nearest phase before the table is read, so phase 1.0 never occurs: it is
            // phase 0 of the next pixel.
            float[] w = new float[PHASES * count];
            for (int phase = 0; phase < PHASES; phase++) {
                double t = (double) phase / PHASES;
                double sum = 0;
                for (int k = 0; k < count; k++) {
                    sum += filter.weight((k - half + 1 - t) / stretch);
                }
                for (int k = 0; k < count; k++) {
                    w[phase * count + k] = (float) (filter.weight((k - half + 1 - t) / stretch) / sum);
                }
            }
            return new Taps(count, w);
        }

        /** Weighted sum of {@code count} consecutive pixels (4 floats each) from {@code in[at]} into {@code out[o]}. */
        void sum(float[] in, int at, int wb, float[] out, int o) {
            float a = 0;
            float r = 0;
            float g = 0;
            float b = 0;
            for (int k = 0, j = at; k < count; k++, j += 4) {
                float wk = w[wb + k];
                a += wk * in[j];
                r += wk * in[j + 1];
                g += wk * in[j + 2];
                b += wk * in[j + 3];
            }
            out[o] = a;
            out[o + 1] = r;
            out[o + 2] = g;
            out[o + 3] = b;
        }

        /** {@link #sum} for an opaque image: alpha is 255 everywhere, so only the colour is filtered. */
        void sumOpaque(float[] in, int at, int wb, float[] out, int o) {
            float r = 0;
            float g = 0;
            float b = 0;
            for (int k = 0, j = at; k < count; k++, j += 4) {
                float wk = w[wb + k];
                r += wk * in[j + 1];
                g += wk * in[j + 2];
                b += wk * in[j + 3];
            }
            out[o] = 255;
            out[o + 1] = r;
            out[o + 2] = g;
            out[o + 3] = b;
        }

        /** The same at explicit offsets (mirrored taps at the image's edges). */
        void sumAt(float[] in, int[] at, int wb, float[] out, int o) {
            float a = 0;
            float r = 0;
            float g = 0;
            float b = 0;
            for (int k = 0; k < count; k++) {
                float wk = w[wb + k];
                int j = at[k];
                a += wk * in[j];
                r += wk * in[j + 1];
                g += wk * in[j + 2];
                b += wk * in[j + 3];
            }
            out[o] = a;
            out[o + 1] = r;
            out[o + 2] = g;
            out[o + 3] = b;
        }
    }
}
