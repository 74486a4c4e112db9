// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.batch;

import id.bingkai.app.common.TaskRunner;
import id.bingkai.core.batch.RowWork;
import id.bingkai.core.io.export.AtomicFiles;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * What the batch dialog works with.
 *
 * @param work    one row: open the photo, render, write (the editor's core services; a fake in tests)
 * @param tasks   background work with results on the UI thread
 * @param files   atomic writes (the CSV template)
 * @param clock   nanoseconds, for images per second and time left
 * @param threads rows rendered at once
 */
public record BatchServices(RowWork work, TaskRunner tasks, AtomicFiles files, LongSupplier clock, int threads) {
    public BatchServices {
        Objects.requireNonNull(work);
        Objects.requireNonNull(tasks);
        Objects.requireNonNull(files);
        Objects.requireNonNull(clock);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
    }
}
