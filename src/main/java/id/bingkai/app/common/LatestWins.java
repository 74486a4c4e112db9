// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.common;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One job at a time, always on the newest input: while a job runs, newer submissions replace each other and
 * only the last one runs next. Dragging a photo submits a render per mouse event; the renders that were
 * overtaken before they started are simply never done, so the preview keeps up with the hand.
 */
public final class LatestWins<I, O> {
    private final Executor background;
    private final Executor ui;
    private final Function<I, O> work;
    private final BiConsumer<I, O> onResult;
    private final Consumer<RuntimeException> onError;
    private I pending;
    private boolean running;

    public LatestWins(Executor background, Executor ui, Function<I, O> work, BiConsumer<I, O> onResult,
            Consumer<RuntimeException> onError) {
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
        this.work = Objects.requireNonNull(work);
        this.onResult = Objects.requireNonNull(onResult);
        this.onError = Objects.requireNonNull(onError);
    }

    public void submit(I input) {
        Objects.requireNonNull(input);
        synchronized (this) {
            pending = input;
            if (running) {
                return;
            }
            running = true;
        }
        background.execute(this::drain);
    }

    /** True while a job runs or waits; for tests and the status bar. */
    public synchronized boolean busy() {
        return running;
    }

    private void drain() {
        while (true) {
            I next;
            synchronized (this) {
                next = pending;
                pending = null;
                if (next == null) {
                    running = false;
                    return;
                }
            }
            try {
                O out = work.apply(next);
                I in = next;
                ui.execute(() -> onResult.accept(in, out));
            } catch (RuntimeException e) {
                ui.execute(() -> onError.accept(e));
            } catch (OutOfMemoryError e) {
                ui.execute(() -> onError.accept(new IllegalStateException("out of memory", e)));
            }
        }
    }
}
