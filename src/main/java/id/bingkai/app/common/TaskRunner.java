// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the UI thread and hands the result (or the failure) back on it. The editor never touches files
 * on the FX thread; tests use {@link #sameThread()} so that everything happens in order, deterministically.
 */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    /** Runs a small step on the UI thread (from background work). */
    void runOnUi(Runnable step);

    /** Runs work and callbacks immediately on the calling thread (tests, benchmarks). */
    static TaskRunner sameThread() {
        return new ExecutorTaskRunner(Runnable::run, Runnable::run);
    }
}
