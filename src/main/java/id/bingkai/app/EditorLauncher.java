// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import id.bingkai.cli.ExitCode;
import id.bingkai.cli.Services;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Starts JavaFX without an Application subclass, so the window gets its collaborators through constructors.
 * Blocks until the last window closes.
 */
public final class EditorLauncher {
    private final Services services;

    public EditorLauncher(Services services) {
        this.services = services;
    }

    public int launch() {
        // JavaFX warns when it runs from the class path; that is how the jar is meant to run.
        Logger.getLogger("javafx").setLevel(Level.SEVERE);
        CountDownLatch closed = new CountDownLatch(1);
        try {
            Platform.setImplicitExit(true);
            Platform.startup(() -> new EditorWindow(services, closed::countDown).show());
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            services.err().println(services.messages().get("app.error.no-display", String.valueOf(e.getMessage())));
            services.err().flush();
            return ExitCode.FAILURE;
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
        return ExitCode.OK;
    }
}
