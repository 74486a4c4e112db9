// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

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
            int lo = Math.max(0, (int) Math.ceil(centre - support));
            int hi = Math.min(srcLength - 1, (int) Math.floor(centre + support));
            int n = Math.min(stride, hi - lo + 1);
            double sum = 0;
            for (int k = 0; k < n; k++) {
                tmp[k] = filter.weight((lo + k - centre) / stretch);
                sum += tmp[k];
            }
            if (n <= 0 || Math.abs(sum) < 1e-12) {
                // Degenerate window (can only happen at the very edge): take the nearest source pixel.
                lo = Math.clamp(Math.round(centre), 0, srcLength - 1);
                n = 1;
                tmp[0] = 1;
                sum = 1;
            }
            start[i] = lo;
            count[i] = n;
            for (int k = 0; k < n; k++) {
                w[i * stride + k] = (float) (tmp[k] / sum);
            }
        }
        return new Weights(start, count, w, stride);
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
