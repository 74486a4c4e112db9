// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** A {@link TaskRunner} from two executors: one for the work, one for the callbacks (the FX thread in the app). */
public final class ExecutorTaskRunner implements TaskRunner {
    private final Executor background;
    private final Executor ui;

    public ExecutorTaskRunner(Executor background, Executor ui) {
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
    }

    public Executor background() {
        return background;
    }

    public Executor ui() {
        return ui;
    }

    @Override
    public void runOnUi(Runnable step) {
        ui.execute(step);
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        background.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                ui.execute(() -> onFailure.accept(e));
                return;
            } catch (OutOfMemoryError e) {
                ui.execute(() -> onFailure.accept(new IllegalStateException("out of memory", e)));
                return;
            }
            ui.execute(() -> onSuccess.accept(result));
        });
    }
}
