// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.batch.BatchListener;
import id.bingkai.core.batch.RowResult;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.i18n.Msg;
import java.io.PrintWriter;

/**
 * What {@code batch} says on the terminal while it runs: notices before the first row (the sheet read as
 * Windows-1252, an earlier report kept), the progress line on a terminal, and a count of rows whose image already
 * existed, so that the end can say in one line how to continue or replace them.
 */
final class BatchConsole implements BatchListener {
    private final Messages messages;
    private final PrintWriter err;
    private final BatchListener progress;
    private int existing;

    BatchConsole(Messages messages, PrintWriter err, BatchListener progress) {
        this.messages = messages;
        this.err = err;
        this.progress = progress;
    }

    @Override
    public void notice(Msg message) {
        err.println(messages.format(message));
        err.flush();
    }

    @Override
    public void started(int rows) {
        progress.started(rows);
    }

    @Override
    public void finished(RowResult result) {
        if (result.reason().map(r -> r.key().equals(RowResult.EXISTS)).orElse(false)) {
            existing++;
        }
        progress.finished(result);
    }

    /** Rows that failed because their image was already there (neither --resume nor --force). */
    int existing() {
        return existing;
    }
}
