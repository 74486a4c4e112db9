// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The columns the user chose for the frame's text fields ({@code --column nama="Nama Lengkap"}, or the drop-downs
 * of the editor's dialog): field key to column name, compared as {@link #normalise} does. An empty column means
 * "no column: keep the frame's own text for this field". Fields not chosen are looked up by their own name.
 */
public record ColumnMap(Map<String, String> chosen) {
    /** Nothing chosen: every field is read from the column of its own name. */
    public static final ColumnMap NONE = new ColumnMap(Map.of());

    public ColumnMap {
        Map<String, String> copy = new LinkedHashMap<>();
        chosen.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "field").strip().toLowerCase(Locale.ROOT),
                normalise(Objects.requireNonNull(v, "column"))));
        chosen = Collections.unmodifiableMap(copy);
    }

    /** A column name as the sheet compares it: trimmed, NFC, lower case. */
    public static String normalise(String column) {
        return Normalizer.normalize(column.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The column chosen for {@code field}; null when the user chose none (then the field's own name is used). */
    public String chosenFor(String field) {
        return chosen.get(field);
    }

    public ColumnMap with(String field, String column) {
        Map<String, String> copy = new LinkedHashMap<>(chosen);
        copy.put(field, column);
        return new ColumnMap(copy);
    }
}
