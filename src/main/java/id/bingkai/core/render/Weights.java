// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import java.util.Arrays;

/**
 * Precomputed filter taps for one axis: output pixel {@code i} is the weighted sum of source pixels
 * {@code start[i] .. start[i] + count[i] - 1} with weights {@code w[i * stride ..]} (normalised to sum 1).
 */
final class Weights {
    final int[] start;
    final int[] count;
    final float[] w;
    final int stride;

    private Weights(int[] start, int[] count, float[] w, int stride) {
        this.start = start;
        this.count = count;
        this.w = w;
        this.stride = stride;
    }

    /** Taps mapping {@code srcLength} source pixels onto {@code dstLength} output pixels (pixel areas align). */
    static Weights compute(ResampleFilter filter, int srcLength, int dstLength) {
        double ratio = (double) srcLength / dstLength;
        // Downscaling stretches the kernel so it low-passes below the output's Nyquist frequency.
        double stretch = Math.max(1, ratio);
        double support = filter.radius() * stretch;
        int stride = (int) Math.ceil(2 * support) + 2;
        int[] start = new int[dstLength];
        int[] count = new int[dstLength];
        float[] w = new float[dstLength * stride];
        double[] tmp = new double[stride];
        for (int i = 0; i < dstLength; i++) {
            double centre = (i + 0.5) * ratio - 0.5;
            int lo = (int) Math.ceil(centre - support);
            int hi = (int) Math.floor(centre + support);
            // Taps beyond the edges read the image mirrored there, so the kernel stays whole and symmetric:
            // dropping them instead would tilt the edge pixels (visible as a bright or dark rim on fine detail).
            int first = Integer.MAX_VALUE;
            int last = Integer.MIN_VALUE;
            for (int j = lo; j <= hi; j++) {
                int m = mirror(j, srcLength);
                first = Math.min(first, m);
                last = Math.max(last, m);
            }
            int n = last - first + 1;
            Arrays.fill(tmp, 0, Math.min(stride, Math.max(n, 0)), 0);
            double sum = 0;
            for (int j = lo; j <= hi; j++) {
                double weight = filter.weight((j - centre) / stretch);
                tmp[mirror(j, srcLength) - first] += weight;
                sum += weight;
            }
            if (n <= 0 || Math.abs(sum) < 1e-12) {
                // Degenerate window (cannot happen for the kernels here): take the nearest source pixel.
                first = Math.clamp(Math.round(centre), 0, srcLength - 1);
                n = 1;
                tmp[0] = 1;
                sum = 1;
            }
            start[i] = first;
            count[i] = n;
            for (int k = 0; k < n; k++) {
                w[i * stride + k] = (float) (tmp[k] / sum);
            }
        }
        return new Weights(start, count, w, stride);
    }

    /**
     * Index {@code j} reflected about the edge pixels' centres into {@code 0 .. length-1} (-1 -> 1, -2 -> 2), which
     * continues edges, gradients and fine periodic detail without a seam.
     */
    static int mirror(int j, int length) {
        if (length == 1) {
            return 0;
        }
        int period = 2 * length - 2;
        int m = Math.floorMod(j, period);
        return m < length ? m : period - m;
    }

    /** The largest number of taps of any output pixel: how many source rows a vertical pass needs at once. */
    int maxTaps() {
        int max = 1;
        for (int c : count) {
            max = Math.max(max, c);
        }
        return max;
    }
}
