// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.json;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A JSON number as {@link StrictJson} read it: its exact text, turned into a {@link BigDecimal} only when a reader
 * asks for one. The common questions (a double, a whole number, a comparison with a whole number) are answered from
 * the text ({@link JsonFields}), because the first {@code BigDecimal} of a run costs about 20 ms of CPU: its static
 * initialiser computes 5^65536 (JDK 25), and every command that loads a pack paid that (docs/performance.md).
 */
final class JsonNumber extends Number {
    private final String text;
    private transient BigDecimal exact;

    /** {@code text} is a number as the JSON reader accepted it. */
    JsonNumber(String text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    /** The exact value, made on first use. */
    BigDecimal exact() {
        BigDecimal e = exact;
        if (e == null) {
            e = new BigDecimal(text);
            exact = e;
        }
        return e;
    }

    /**
     * Correctly rounded, as {@link BigDecimal#doubleValue()} of the same text is; like it, a zero written with a
     * minus sign ({@code -0}, {@code -0.0e5}) is plain 0.0 (a BigDecimal has no negative zero).
     */
    @Override
    public double doubleValue() {
        double d = Double.parseDouble(text);
        return d == 0 && zeroDigits() ? 0.0 : d;
    }

    /** Whether every digit before the exponent is 0: the exact value is zero, not a tiny number rounded to it. */
    private boolean zeroDigits() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public float floatValue() {
        return exact().floatValue();
    }

    @Override
    public int intValue() {
        return exact().intValue();
    }

    @Override
    public long longValue() {
        return exact().longValue();
    }

    /** The number as written in the file. */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonNumber n && exact().compareTo(n.exact()) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(doubleValue());
    }
}
