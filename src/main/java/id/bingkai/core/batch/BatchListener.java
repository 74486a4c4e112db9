// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

/** Follows a batch as it runs (a terminal progress line, a dialog's progress bar). Calls come one at a time. */
public interface BatchListener {
    /** Before the first row, once the sheet has been read through and counted. */
    default void started(int rows) {
    }

    /** After each row, in the order rows finish (not necessarily sheet order). */
    default void finished(RowResult result) {
    }

    BatchListener NONE = new BatchListener() {
    };
}
