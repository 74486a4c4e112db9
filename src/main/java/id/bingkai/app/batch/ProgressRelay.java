// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.batch;

import id.bingkai.app.common.TaskRunner;
import id.bingkai.core.batch.BatchListener;
import id.bingkai.core.batch.RowResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;

/**
 * Carries a batch's progress from its worker threads to the UI thread, coalesced: however fast rows finish, at most
 * one update waits on the UI thread at a time, and it carries everything that happened since the last one (the
 * newest counts and the rows that failed meanwhile). Three hundred skipped rows are a handful of updates, not three
 * hundred.
 */
final class ProgressRelay implements BatchListener {
    private final TaskRunner tasks;
    private final LongSupplier clock;
    private final BiConsumer<BatchProgress, List<RowResult>> onUi;
    private final AtomicBoolean posted = new AtomicBoolean();
    private final Queue<RowResult> failed = new ConcurrentLinkedQueue<>();
    private final Object lock = new Object();
    private long start;
    private int total;
    private int finished;
    private int rendered;

    ProgressRelay(TaskRunner tasks, LongSupplier clock, BiConsumer<BatchProgress, List<RowResult>> onUi) {
        this.tasks = Objects.requireNonNull(tasks);
        this.clock = Objects.requireNonNull(clock);
        this.onUi = Objects.requireNonNull(onUi);
    }

    @Override
    public void started(int rows) {
        synchronized (lock) {
            total = rows;
            start = clock.getAsLong();
        }
        post();
    }

    @Override
    public void finished(RowResult result) {
        synchronized (lock) {
            finished++;
            if (result.status() == RowResult.Status.DONE || result.status().failed()) {
                rendered++;
            }
        }
        if (result.status().failed()) {
            failed.add(result);
        }
        post();
    }

    private void post() {
        if (posted.compareAndSet(false, true)) {
            tasks.runOnUi(this::deliver);
        }
    }

    /** On the UI thread: the newest state, and the failures not delivered yet. */
    private void deliver() {
        posted.set(false); // from here on a new row posts again, so none is ever left undelivered
        BatchProgress progress;
        synchronized (lock) {
            progress = BatchProgress.of(finished, rendered, total, clock.getAsLong() - start);
        }
        List<RowResult> news = new ArrayList<>();
        for (RowResult r = failed.poll(); r != null; r = failed.poll()) {
            news.add(r);
        }
        onUi.accept(progress, news);
    }
}
