// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.batch;

/**
 * Where a running batch is.
 *
 * @param finished    rows finished (made, skipped, failed or not run)
 * @param perSecond   images rendered per second so far (skipped rows are not counted: they cost nothing)
 * @param secondsLeft estimate, or -1 while there is nothing to estimate from
 */
public record BatchProgress(int finished, int total, double perSecond, long secondsLeft) {
    public static BatchProgress waiting() {
        return new BatchProgress(0, 0, 0, -1);
    }

    /** 0..1, or -1 (indeterminate) while the sheet is being counted. */
    public double fraction() {
        return total <= 0 ? -1 : (double) finished / total;
    }

    static BatchProgress of(int finished, int rendered, int total, long elapsedNanos) {
        double seconds = Math.max(elapsedNanos / 1e9, 1e-9);
        double rate = rendered / seconds;
        long left = rate > 0 ? Math.round((total - finished) / rate) : -1;
        return new BatchProgress(finished, total, rate, left);
    }
}
