// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

/** The CSV text itself is malformed; {@link #line()} is where the offending record starts. */
public final class CsvFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What is wrong; each has its own message for the user. */
    public enum Kind { UNCLOSED_QUOTE, FIELD_TOO_LONG, TOO_MANY_FIELDS }

    private final Kind kind;
    private final int line;

    CsvFormatException(Kind kind, int line) {
        super(kind + " at line " + line);
        this.kind = kind;
        this.line = line;
    }

    public Kind kind() {
        return kind;
    }

    public int line() {
        return line;
    }
}
