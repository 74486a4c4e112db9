// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

/** Counts the bytes read from one pack, so many files that each pass the per-file cap still hit a total. */
final class ByteBudget {
    private final long max;
    private long used;

    ByteBudget(long max) {
        this.max = max;
    }

    long max() {
        return max;
    }

    /** Counts {@code n} more bytes; false once the total passes the maximum. */
    boolean take(long n) {
        used += n;
        return used <= max;
    }
}
