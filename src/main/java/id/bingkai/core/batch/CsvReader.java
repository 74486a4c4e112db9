// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records one at a time, as spreadsheets export them: fields separated by {@code ,} or {@code ;},
 * optionally quoted, quotes doubled inside quotes, line breaks (CRLF, LF or CR) inside quotes kept. Holds one
 * record in memory, never the file.
 */
public final class CsvReader {
    /** Longest field accepted: a runaway quote in a big file should fail fast, not fill the heap. */
    static final int MAX_FIELD = 64 * 1024;
    /** Most fields accepted in one record. */
    static final int MAX_FIELDS = 1024;

    private final Reader in;
    private final char separator;
    private int peeked = -2;
    private int line = 1;
    private int recordLine;
    private int records;

    /** @param in buffered text with any byte-order mark already removed */
    public CsvReader(Reader in, char separator) {
        this.in = in;
        this.separator = separator;
    }

    public char separator() {
        return separator;
    }

    /** Physical line (1-based) where the record last returned by {@link #next()} starts. */
    public int recordLine() {
        return recordLine;
    }

    /** Number of records returned so far; the header is record 1, as a spreadsheet numbers its rows. */
    public int recordNumber() {
        return records;
    }

    /** The next record, or {@code null} at the end of the input. */
    public List<String> next() throws IOException {
        int c = read();
        if (c < 0) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        boolean afterQuote = false;
        while (true) {
            if (quoted) {
                if (c < 0) {
                    throw new CsvFormatException(CsvFormatException.Kind.UNCLOSED_QUOTE, recordLine);
                }
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        append(field, '"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                        c = d;
                        continue;
                    }
                } else {
                    append(field, (char) c);
                }
            } else if (c < 0 || c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                addField(fields, field, wasQuoted);
                records++;
                return fields;
            } else if (c == separator) {
                addField(fields, field, wasQuoted);
                field.setLength(0);
                wasQuoted = false;
                afterQuote = false;
            } else if (afterQuote && Character.isWhitespace(c)) {
                // spaces between a closing quote and the separator are layout, not content
            } else if (c == '"' && field.chars().allMatch(Character::isWhitespace) && !wasQuoted) {
                field.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else {
                // text after a closing quote ("a"b) is kept, as spreadsheets do, rather than refused
                append(field, (char) c);
            }
            c = read();
        }
    }

    private void addField(List<String> fields, StringBuilder field, boolean wasQuoted) {
        if (fields.size() >= MAX_FIELDS) {
            throw new CsvFormatException(CsvFormatException.Kind.TOO_MANY_FIELDS, recordLine);
        }
        fields.add(wasQuoted ? field.toString() : field.toString().strip());
    }

    private void append(StringBuilder field, char c) {
        if (field.length() >= MAX_FIELD) {
            throw new CsvFormatException(CsvFormatException.Kind.FIELD_TOO_LONG, recordLine);
        }
        field.append(c);
    }

    private int read() throws IOException {
        int c;
        if (peeked != -2) {
            c = peeked;
            peeked = -2;
        } else {
            c = in.read();
        }
        if (c == '\n' || (c == '\r' && peek() != '\n')) {
            line++;
        }
        return c;
    }

    private int peek() throws IOException {
        if (peeked == -2) {
            peeked = in.read();
        }
        return peeked;
    }
}
