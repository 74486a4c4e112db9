// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import id.bingkai.core.i18n.Msg;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one row.
 *
 * @param row    spreadsheet row number (header = 1)
 * @param output the output file name, empty when the row has no usable name
 * @param reason why the row failed or was skipped; empty when it was done
 * @param photo  the photo as the sheet writes it, so a failed row says which file
 * @param note   something odd in the row that did not stop it (a NIP of the wrong shape); empty when none
 */
public record RowResult(int row, Status status, String output, Optional<Msg> reason, String photo,
        Optional<Msg> note) {
    /** The reason key of a row whose output is already there (neither resume nor overwrite asked for). */
    public static final String EXISTS = "batch.row.error.exists";

    /** The outcome; {@link #code()} is what report.csv says, the same in every language. */
    public enum Status {
        DONE("ok"),
        SKIPPED("skipped"),
        /** The row's input is bad (missing photo, broken image, empty name...). */
        FAILED("failed"),
        /** The row's input looked fine but something else broke (disk full, out of memory, a bug). */
        ERROR("error"),
        /** Not attempted: {@code --fail-fast} stopped the batch, or the user did. */
        NOT_RUN("not-run");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public boolean failed() {
            return this == FAILED || this == ERROR;
        }
    }

    public RowResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(note, "note");
    }

    public RowResult(int row, Status status, String output, Optional<Msg> reason, String photo) {
        this(row, status, output, reason, photo, Optional.empty());
    }

    /** A result without its photo cell (tests, rows that never had one). */
    public RowResult(int row, Status status, String output, Optional<Msg> reason) {
        this(row, status, output, reason, "");
    }

    public RowResult withPhoto(String cell) {
        return new RowResult(row, status, output, reason, cell, note);
    }

    public RowResult withNote(Optional<Msg> remark) {
        return new RowResult(row, status, output, reason, photo, remark);
    }

    static RowResult done(int row, String output) {
        return new RowResult(row, Status.DONE, output, Optional.empty());
    }

    static RowResult of(int row, Status status, String output, Msg reason) {
        return new RowResult(row, status, output, Optional.of(reason));
    }
}
