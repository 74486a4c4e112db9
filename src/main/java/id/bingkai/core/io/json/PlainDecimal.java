// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.json;

/**
 * Exact answers about a number written as a plain decimal ({@code -12}, {@code 1080.0}, {@code 0.25}: a sign,
 * digits, a point and digits, no exponent), read from its text. Anything else gives null and the caller asks
 * {@link java.math.BigDecimal}, which answers the same for every form but costs a start-up (see {@link JsonNumber}).
 */
final class PlainDecimal {
    /** Whole parts longer than this are left to BigDecimal (a long holds 18 digits). */
    private static final int MAX_WHOLE_DIGITS = 18;

    private PlainDecimal() {
    }

    /** The value of a whole number of at most nine digits, with or without zero decimals ("7", "-0", "5.00"). */
    static Integer smallWhole(String s) {
        int start = s.startsWith("-") ? 1 : 0;
        int end = digitsEnd(s, start);
        if (end == start || end - start > 9 || !onlyZeroDecimals(s, end)) {
            return null;
        }
        return Integer.parseInt(s, 0, end, 10);
    }

    /** The sign of {@code value(s) - n}; null when {@code s} is not a plain decimal of at most 18 whole digits. */
    static Integer compare(String s, long n) {
        if (n == Long.MIN_VALUE) {
            return null;
        }
        boolean negative = s.startsWith("-");
        int start = negative ? 1 : 0;
        int end = digitsEnd(s, start);
        if (end == start || end - start > MAX_WHOLE_DIGITS) {
            return null;
        }
        boolean fraction = false;
        if (end < s.length()) {
            int fractionEnd = digitsEnd(s, end + 1);
            if (s.charAt(end) != '.' || fractionEnd == end + 1 || fractionEnd != s.length()) {
                return null;
            }
            fraction = !onlyZeroDecimals(s, end);
        }
        long whole = Long.parseLong(s, start, end, 10);
        // |value| = whole + f with 0 <= f < 1, and f > 0 exactly when fraction
        return negative ? -compareMagnitude(whole, fraction, -n) : compareMagnitude(whole, fraction, n);
    }

    private static int compareMagnitude(long whole, boolean fraction, long n) {
        if (whole != n) {
            return whole > n ? 1 : -1;
        }
        return fraction ? 1 : 0;
    }

    private static int digitsEnd(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** Whether {@code s} ends at {@code at} or goes on with a point and one or more zeros only. */
    private static boolean onlyZeroDecimals(String s, int at) {
        if (at == s.length()) {
            return true;
        }
        if (s.charAt(at) != '.' || at + 1 == s.length()) {
            return false;
        }
        for (int i = at + 1; i < s.length(); i++) {
            if (s.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
