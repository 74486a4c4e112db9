// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import java.util.Map;

/**
 * One person of the sheet.
 *
 * @param row        the row number a spreadsheet shows (the header is row 1)
 * @param cells      column name to trimmed value; every named column is present (empty when the row lacks it)
 * @param extraCells non-empty cells beyond the header, usually an unquoted separator inside a name
 */
public record SheetRow(int row, Map<String, String> cells, int extraCells) {
    public SheetRow {
        cells = Map.copyOf(cells);
    }

    public String get(String column) {
        return cells.getOrDefault(column, "");
    }
}
