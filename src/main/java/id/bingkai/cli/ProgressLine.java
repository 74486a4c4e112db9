// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.batch.BatchListener;
import id.bingkai.core.batch.RowResult;
import id.bingkai.core.i18n.Messages;
import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * One terminal line, redrawn in place: rows finished of total, images per second, time left. Only used when
 * stderr is a terminal; a log file gets the summary alone. Redraws at most a few times a second.
 */
final class ProgressLine implements BatchListener {
    private static final long REDRAW_NANOS = 200_000_000L;

    private final Messages messages;
    private final PrintWriter err;
    private final LongSupplier clock;
    private long start;
    private long lastDraw;
    private int total;
    private int finished;
    private int rendered;

    ProgressLine(Messages messages, PrintWriter err) {
        this(messages, err, System::nanoTime);
    }

    ProgressLine(Messages messages, PrintWriter err, LongSupplier clock) {
        this.messages = messages;
        this.err = err;
        this.clock = clock;
    }

    @Override
    public void started(int rows) {
        total = rows;
        start = clock.getAsLong();
        lastDraw = start - REDRAW_NANOS;
    }

    @Override
    public void finished(RowResult result) {
        finished++;
        if (result.status() == RowResult.Status.DONE || result.status().failed()) {
            rendered++;
        }
        long now = clock.getAsLong();
        if (now - lastDraw < REDRAW_NANOS && finished < total) {
            return;
        }
        lastDraw = now;
        err.print("\r" + line(now));
        if (finished >= total) {
            err.println();
        }
        err.flush();
    }

    String line(long now) {
        double seconds = Math.max((now - start) / 1e9, 1e-9);
        double rate = rendered / seconds;
        long left = rate > 0 ? Math.round((total - finished) / rate) : -1;
        String eta = left < 0 ? "--:--" : String.format("%d:%02d", left / 60, left % 60);
        return messages.get("cli.batch.progress", finished, total, rate, eta) + "   ";
    }
}
