// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

/**
 * Rounds a measured value for a message towards the wrong side of its limit, so a value just past the limit
 * never reads as equal to it ("3.9 px, at least 4.0 px", not "4.0 px, at least 4.0 px").
 */
final class Shown {
    private Shown() {
    }

    /** A value that is too small, rounded down to {@code decimals}. */
    static double down(double value, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.floor(value * f) / f;
    }

    /** A value that is too large, rounded up to {@code decimals}. */
    static double up(double value, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.ceil(value * f) / f;
    }
}
