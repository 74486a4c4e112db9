// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import id.bingkai.core.i18n.Msg;
import id.bingkai.core.model.TextField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sheet's header held against the frame's text fields, before any image is made. Each field is read from the
 * column the user chose, else from the column of its own name; a field with neither stops the batch, since 300
 * images without names are worse than none. For such a field an obvious column may be proposed (the same name but
 * for case, spaces, underscores or hyphens; or the one column whose words include the field's name, "Nama Lengkap"
 * for {@code nama}): shown to the user, never used without their word.
 *
 * @param fields    the frame's field keys, in order
 * @param columnOf  field key to the column it is read from; fields kept as the frame has them are absent
 * @param missing   fields with no column and no choice
 * @param proposals a proposed column (as the sheet writes it) for some missing fields
 * @param unknown   chosen columns the sheet does not have, as "field=column"
 */
public record HeaderMatch(List<String> fields, Map<String, String> columnOf, List<String> missing,
        Map<String, String> proposals, List<String> unknown) {
    public HeaderMatch {
        fields = List.copyOf(fields);
        columnOf = Collections.unmodifiableMap(new LinkedHashMap<>(columnOf));
        missing = List.copyOf(missing);
        proposals = Collections.unmodifiableMap(new LinkedHashMap<>(proposals));
        unknown = List.copyOf(unknown);
    }

    /**
     * @param headers the header as the sheet writes it (trimmed), for proposals and messages
     * @param columns the same, normalised as {@link PeopleSheet#columns()}
     */
    public static HeaderMatch of(List<TextField> frameFields, List<String> headers, List<String> columns,
            ColumnMap map) {
        List<String> keys = frameFields.stream().map(TextField::key).toList();
        Map<String, String> columnOf = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String key : keys) {
            String chosen = map.chosenFor(key);
            if (chosen == null) {
                if (columns.contains(key)) {
                    columnOf.put(key, key);
                } else {
                    missing.add(key);
                }
            } else if (!chosen.isEmpty()) {
                if (columns.contains(chosen)) {
                    columnOf.put(key, chosen);
                } else {
                    unknown.add(key + "=" + chosen);
                }
            }
        }
        for (String key : map.chosen().keySet()) {
            if (!keys.contains(key)) {
                unknown.add(key + "=" + map.chosen().get(key));
            }
        }
        Set<String> used = new LinkedHashSet<>(columnOf.values());
        used.add(PeopleSheet.PHOTO_COLUMN);
        Map<String, String> proposals = new LinkedHashMap<>();
        for (String key : missing) {
            proposal(key, headers, columns, used).ifPresent(h -> proposals.put(key, h));
        }
        return new HeaderMatch(keys, columnOf, missing, proposals, unknown);
    }

    /** Every field has a column or was left to the frame on purpose, and every choice names a real column. */
    public boolean complete() {
        return missing.isEmpty() && unknown.isEmpty();
    }

    /** The column names a row offers once matched: the sheet's own, and each field's key (for {@code {nama}}). */
    public List<String> names(List<String> columns) {
        Set<String> names = new LinkedHashSet<>(columns);
        names.addAll(columnOf.keySet());
        return List.copyOf(names);
    }

    /** The row with each field's value under the field's key, so that texts and name patterns read it there. */
    public SheetRow apply(SheetRow row) {
        if (columnOf.entrySet().stream().allMatch(e -> e.getKey().equals(e.getValue()))) {
            return row;
        }
        Map<String, String> cells = new HashMap<>(row.cells());
        columnOf.forEach((key, column) -> cells.put(key, row.get(column)));
        return new SheetRow(row.row(), cells, row.extraCells());
    }

    /**
     * Why the batch cannot start, for the command line: the fields the frame needs, the columns the sheet has, the
     * fields without a column, any proposal, and how to map ({@code --column}).
     */
    public Msg problem(List<String> headers) {
        List<String> present = headers.stream().filter(h -> !h.isEmpty()).map(h -> "\"" + h + "\"").toList();
        StringBuilder hint = new StringBuilder();
        for (String key : missing) {
            String column = proposals.get(key);
            if (column != null) {
                hint.append(hint.isEmpty() ? "" : " ").append("--column ").append(key).append("=\"").append(column)
                        .append('"');
            }
        }
        Msg proposal = hint.isEmpty() ? Msg.of("batch.csv.columns.no-proposal")
                : Msg.of("batch.csv.columns.proposal", hint.toString());
        if (!unknown.isEmpty()) {
            return Msg.of("batch.csv.error.column-unknown", String.join(", ", unknown), String.join(", ", present),
                    String.join(", ", fields));
        }
        return Msg.of("batch.csv.error.columns", String.join(", ", fields), String.join(", ", present),
                String.join(", ", missing), proposal);
    }

    private static Optional<String> proposal(String key, List<String> headers, List<String> columns,
            Set<String> used) {
        List<Integer> same = new ArrayList<>();
        List<Integer> containing = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            if (column.isEmpty() || used.contains(column)) {
                continue;
            }
            if (squash(column).equals(squash(key))) {
                same.add(i);
            } else if (List.of(column.split("[\\s_\\-.]+")).contains(key)) {
                containing.add(i);
            }
        }
        List<Integer> pick = same.size() == 1 ? same : same.isEmpty() && containing.size() == 1 ? containing : List.of();
        return pick.isEmpty() ? Optional.empty() : Optional.of(headers.get(pick.getFirst()));
    }

    private static String squash(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]+", "");
    }
}
