// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl+C (SIGINT) during a batch: the first press asks the batch to stop after the rows in flight, so that the
 * report lists every row and the summary is printed; a second press ends the program at once, as usual. Java's
 * own shutdown hooks cannot do this: once they run, the program may no longer print or exit with its own code.
 * Where the signal cannot be caught (a JVM started with -Xrs) the batch simply stops the usual way.
 */
final class CtrlC implements AutoCloseable {
    /** The exit code of a program stopped by SIGINT, as shells report it (128 + 2). */
    static final int EXIT_CODE = 130;

    private static final Signal INT = new Signal("INT");

    private final AtomicBoolean pressed = new AtomicBoolean();
    private final SignalHandler previous;

    private CtrlC(Runnable onPress) {
        SignalHandler before;
        try {
            before = Signal.handle(INT, signal -> {
                if (pressed.compareAndSet(false, true)) {
                    onPress.run();
                }
                Signal.handle(INT, SignalHandler.SIG_DFL);
            });
        } catch (IllegalArgumentException e) {
            before = null; // the JVM does not let us catch it (-Xrs); Ctrl+C ends the program as before
        }
        this.previous = before;
    }

    /** Catches Ctrl+C until {@link #close()}; {@code onPress} runs once, on the signal's thread. */
    static CtrlC catchUntilClosed(Runnable onPress) {
        return new CtrlC(onPress);
    }

    boolean pressed() {
        return pressed.get();
    }

    @Override
    public void close() {
        if (previous != null) {
            try {
                Signal.handle(INT, previous);
            } catch (IllegalArgumentException e) {
                // nothing to restore
            }
        }
    }
}
