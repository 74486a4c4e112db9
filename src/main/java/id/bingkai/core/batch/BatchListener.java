// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import id.bingkai.core.i18n.Msg;

/** Follows a batch as it runs (a terminal progress line, a dialog's progress bar). Calls come one at a time. */
public interface BatchListener {
    /**
     * Something the user should know before the rows start: the sheet was read as Windows-1252, an earlier report
     * was kept under another name.
     */
    default void notice(Msg message) {
    }

    /** Before the first row, once the sheet has been read through and counted. */
    default void started(int rows) {
    }

    /** After each row, in the order rows finish (not necessarily sheet order). */
    default void finished(RowResult result) {
    }

    BatchListener NONE = new BatchListener() {
    };
}
