// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An output name pattern such as {@code {nip}_{nama}}: literal text and {@code {column}} placeholders filled from a
 * row; {@code {baris}} (or {@code {row}}) is the row number. The result goes through {@link FileNames#sanitise}.
 */
public final class NamePattern {
    /** Placeholders that are not columns: the spreadsheet row number. */
    public static final Set<String> ROW_PLACEHOLDERS = Set.of("baris", "row");

    private record Part(String text, boolean placeholder) {
    }

    private final String source;
    private final List<Part> parts;

    private NamePattern(String source, List<Part> parts) {
        this.source = source;
        this.parts = List.copyOf(parts);
    }

    /** {@code {nama}} when the sheet has that column, else the row number: never an empty or shared name. */
    public static NamePattern defaultFor(List<String> columns) {
        return parse(columns.contains("nama") ? "{nama}" : "bingkai-{baris}");
    }

    /**
     * @throws IllegalArgumentException for an unclosed or empty {@code {}}; the message is the pattern itself
     */
    public static NamePattern parse(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('{', i);
            if (open < 0) {
                parts.add(new Part(pattern.substring(i), false));
                break;
            }
            if (open > i) {
                parts.add(new Part(pattern.substring(i, open), false));
            }
            int close = pattern.indexOf('}', open);
            if (close < 0 || close == open + 1) {
                throw new IllegalArgumentException(pattern);
            }
            parts.add(new Part(pattern.substring(open + 1, close).strip().toLowerCase(Locale.ROOT), true));
            i = close + 1;
        }
        if (parts.stream().noneMatch(Part::placeholder)) {
            throw new IllegalArgumentException(pattern); // one name for every row would collide on every row
        }
        return new NamePattern(pattern, parts);
    }

    /** The placeholders used, in order of first appearance. */
    public Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        parts.stream().filter(Part::placeholder).forEach(p -> names.add(p.text()));
        return names;
    }

    /** The placeholders that are neither a column of {@code columns} nor the row number. */
    public List<String> unknown(List<String> columns) {
        return placeholders().stream().filter(p -> !columns.contains(p) && !ROW_PLACEHOLDERS.contains(p)).toList();
    }

    /** The placeholders (columns) that are empty in this row: such a row has no usable name. */
    public List<String> emptyIn(Map<String, String> cells) {
        return placeholders().stream().filter(p -> !ROW_PLACEHOLDERS.contains(p))
                .filter(p -> cells.getOrDefault(p, "").isBlank()).toList();
    }

    /** The sanitised stem for a row (may be empty when the values are nothing but forbidden characters). */
    public String stem(Map<String, String> cells, int row) {
        StringBuilder name = new StringBuilder();
        for (Part part : parts) {
            if (!part.placeholder()) {
                name.append(part.text());
            } else if (ROW_PLACEHOLDERS.contains(part.text())) {
                name.append(row);
            } else {
                name.append(cells.getOrDefault(part.text(), ""));
            }
        }
        return FileNames.sanitise(name.toString());
    }

    @Override
    public String toString() {
        return source;
    }
}
