// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import id.bingkai.app.common.RelayNotices;
import id.bingkai.app.prefs.Preferences;
import id.bingkai.app.prefs.PreferencesStore;
import id.bingkai.wiring.Services;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.text.Font;

/**
 * Starts JavaFX without an Application subclass, so the window gets its collaborators through constructors.
 * Everything that reads files at start (preferences, the built-in pack) happens here, before the window
 * exists, not on the FX thread. Blocks until the window closes.
 */
public final class EditorLauncher {
    /** The process exit codes the editor returns (README.md: 1 is a failure of the system, not of the user). */
    public static final int CLOSED = 0;
    public static final int NO_DISPLAY = 1;
    private static final String[] FONTS = {"Inter-Regular.otf", "Inter-SemiBold.otf", "Inter-Bold.otf"};
    private final Services services;
    private final PrintWriter err;
    private final DataFolder data;

    /**
     * @param err where to say that no display could be opened (the window shows every other problem itself)
     */
    public EditorLauncher(Services services, PrintWriter err) {
        this(services, err, DataFolder.forThisUser());
    }

    public EditorLauncher(Services services, PrintWriter err, DataFolder data) {
        this.services = services;
        this.err = err;
        this.data = data;
    }

    public int launch() {
        // JavaFX warns when it runs from the class path; that is how the jar is meant to run.
        Logger.getLogger("javafx").setLevel(Level.SEVERE);
        CountDownLatch closed = new CountDownLatch(1);
        ExecutorService background = Executors.newFixedThreadPool(2, Thread.ofPlatform().daemon()
                .name("bingkai-work-", 0).factory());
        try {
            Platform.setImplicitExit(true);
            Platform.startup(() -> { });
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            err.println(services.messages().get("app.error.no-display", String.valueOf(e.getMessage())));
            err.flush();
            background.shutdownNow();
            return NO_DISPLAY;
        }
        loadFonts();
        Preferences prefs = new PreferencesStore(data.preferences()).load();
        RelayNotices notices = new RelayNotices();
        EditorContext context = EditorContext.of(services, data, background, Platform::runLater);
        MainViewModel vm = new MainViewModel(context, prefs, notices);
        Platform.runLater(() -> new MainWindow(vm, notices, closed::countDown).show());
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        vm.shutdown();
        background.shutdownNow();
        Platform.exit();
        return CLOSED;
    }

    /** The interface uses the same Inter typeface as the built-in frames. */
    static void loadFonts() {
        for (String name : FONTS) {
            try (InputStream in = EditorLauncher.class.getResourceAsStream("/id/bingkai/core/fonts/" + name)) {
                if (in != null) {
                    Font.loadFont(in, 14);
                }
            } catch (java.io.IOException e) {
                // the system font is used instead
            }
        }
    }
}
