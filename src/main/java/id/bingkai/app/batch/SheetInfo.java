// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.batch;

import id.bingkai.core.batch.ColumnMap;
import id.bingkai.core.batch.HeaderMatch;
import id.bingkai.core.batch.PeopleSheet;
import id.bingkai.core.batch.PhotoCell;
import id.bingkai.core.batch.SheetEncoding;
import id.bingkai.core.batch.SheetRow;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.TextField;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the dialog knows about a chosen CSV before anything is rendered: its columns and rows, which of the frame's
 * text fields it fills, and the rows whose photo is missing already (the batch would fail them).
 *
 * @param columns       the named columns, as the batch compares them (lower case)
 * @param headers       the same columns as the sheet writes them, for the drop-downs
 * @param encoding      how the bytes were read (Windows-1252 is said in the dialog)
 * @param match         the header against the frame's fields with nothing chosen yet: exact matches, proposals
 * @param first         the first row, for the example file name; empty when the sheet has no rows
 * @param missing       the frame's fields without a column (their text stays as the frame has it)
 * @param extra         columns that are neither a field nor the photo (usable in the file name, e.g. nip)
 * @param photoProblems sheet row numbers whose photo cell is empty or names no file, the first few of them
 * @param photoProblemCount how many rows that is in all
 */
public record SheetInfo(Path file, List<String> columns, List<String> headers, SheetEncoding encoding,
        HeaderMatch match, int rows, Optional<SheetRow> first, List<String> found, List<String> missing,
        List<String> extra, List<Integer> photoProblems, int photoProblemCount) {
    /** How many rows with a photo problem are named; the rest are counted. */
    static final int NAMED_PHOTO_PROBLEMS = 5;

    public SheetInfo {
        Objects.requireNonNull(file);
        Objects.requireNonNull(first);
        columns = List.copyOf(columns);
        headers = List.copyOf(headers);
        Objects.requireNonNull(encoding);
        Objects.requireNonNull(match);
        found = List.copyOf(found);
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
        photoProblems = List.copyOf(photoProblems);
    }

    /**
     * Reads the whole sheet once, a row at a time (so any length costs the memory of one row).
     *
     * @throws id.bingkai.core.error.BadInputException naming the CSV and the reason (missing, not UTF-8, no photo
     *                                                 column, a broken quote...)
     */
    public static SheetInfo read(Path csv, Frame frame) {
        try (PeopleSheet sheet = PeopleSheet.open(csv)) {
            List<String> columns = sheet.columns().stream().filter(c -> !c.isEmpty()).toList();
            List<String> headers = sheet.headers().stream().filter(c -> !c.isEmpty()).toList();
            Path base = csv.toAbsolutePath().getParent();
            SheetRow first = null;
            int rows = 0;
            List<Integer> problems = new ArrayList<>();
            int problemCount = 0;
            for (SheetRow row = sheet.next(); row != null; row = sheet.next()) {
                first = first == null ? row : first;
                rows++;
                if (!photoExists(base, row.get(PeopleSheet.PHOTO_COLUMN))) {
                    problemCount++;
                    if (problems.size() < NAMED_PHOTO_PROBLEMS) {
                        problems.add(row.row());
                    }
                }
            }
            List<String> keys = frame.fields().stream().map(TextField::key).toList();
            HeaderMatch match = HeaderMatch.of(frame.fields(), sheet.headers(), sheet.columns(), ColumnMap.NONE);
            return new SheetInfo(csv, columns, headers, sheet.encoding(), match, rows, Optional.ofNullable(first),
                    keys.stream().filter(columns::contains).toList(),
                    keys.stream().filter(k -> !columns.contains(k)).toList(),
                    columns.stream().filter(c -> !keys.contains(c) && !c.equals(PeopleSheet.PHOTO_COLUMN)).toList(),
                    problems, problemCount);
        }
    }

    /** The photo as the batch finds it: relative to the CSV's folder (with Windows' separators too), or absolute. */
    private static boolean photoExists(Path base, String cell) {
        if (cell.isBlank()) {
            return false;
        }
        PhotoCell photo = PhotoCell.resolve(base, cell);
        return photo.usable() && Files.isRegularFile(photo.file());
    }

    /** The header as the sheet writes it for a normalised column name. */
    public String header(String column) {
        int i = columns.indexOf(column);
        return i < 0 ? column : headers.get(i);
    }
}
