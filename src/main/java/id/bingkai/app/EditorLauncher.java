// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import id.bingkai.app.common.NativeFileDialogs;
import id.bingkai.app.common.RelayNotices;
import id.bingkai.app.prefs.Preferences;
import id.bingkai.app.prefs.PreferencesStore;
import id.bingkai.core.io.project.ProjectCodec;
import id.bingkai.wiring.Services;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.text.Font;
import javafx.stage.Stage;

/**
 * Starts JavaFX without an Application subclass, so the window gets its collaborators through constructors.
 * Everything that reads files at start (preferences, the built-in pack) happens here, on the calling thread, never
 * on the FX thread.
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
        return launch(List.of(), false);
    }

    /**
     * Opens the editor and blocks until its window closes. The window comes first: JavaFX starts on a helper
     * thread and shows {@link StartupWindow}; once it is on the screen this thread reads the built-in pack and makes
     * the view model while the window's first frame is drawn; then the editor fills the window, and the packs,
     * thumbnails and the autosave check follow in the background. {@code BINGKAI_STARTUP_TRACE=1} prints when each
     * step was reached ({@link StartupTrace}).
     *
     * @param files opened once the editor is ready, as if dropped on it (a project, a frame pack, a photo): what
     *        the desktop passes when the user opens a file with Bingkai
     * @param training closes the window once the editor is ready (the AOT cache's training run, packaging/build.sh)
     */
    public int launch(List<Path> files, boolean training) {
        StartupTrace trace = new StartupTrace(System.getenv("BINGKAI_STARTUP_TRACE") != null ? err : null);
        trace.mark("editor launch");
        // JavaFX warns when it runs from the class path; that is how the jar is meant to run.
        Logger.getLogger("javafx").setLevel(Level.SEVERE);
        CompletableFuture<Stage> window = new CompletableFuture<>();
        CountDownLatch mapped = new CountDownLatch(1);
        // Java2D's native library reads the environment (getenv) as it loads, while GTK, started by JavaFX on the
        // other thread, may be changing it (setenv): glibc does not make the two safe together, and the installed
        // editor crashed in getenv under ColorModel.initIDs once in ten starts (bench/startup.sh, 2026-12-06). So it
        // is loaded here, before JavaFX starts.
        java.awt.image.ColorModel.getRGBdefault();
        Thread.ofPlatform().name("bingkai-fx-start").start(() -> {
            try {
                Platform.setImplicitExit(true);
                Platform.startup(() -> {
                    trace.mark("toolkit started");
                    try {
                        Stage first = StartupWindow.show(services.messages());
                        trace.mark("window mapped");
                        StartupWindow.afterFirstFrame(() -> {
                            trace.mark("window shown");
                            window.complete(first);
                        });
                    } catch (RuntimeException e) {
                        window.completeExceptionally(e);
                    } finally {
                        mapped.countDown();
                    }
                });
            } catch (RuntimeException | UnsatisfiedLinkError e) {
                window.completeExceptionally(e);
                mapped.countDown();
            }
        });
        CountDownLatch closed = new CountDownLatch(1);
        ExecutorService background = Executors.newFixedThreadPool(2, Thread.ofPlatform().daemon()
                .name("bingkai-work-", 0).factory());
        Preferences prefs = new PreferencesStore(data.preferences()).load();
        // The built-in pack and the view model wait until the first window is on the screen: made beside the
        // toolkit's start they took the second core from it (and from the JIT compiler), and the window came
        // ~0.8 s later on the installed package (docs/performance.md, 2026-12-07); the editor is ready no later.
        awaitQuietly(mapped);
        RelayNotices notices = new RelayNotices();
        EditorContext context = EditorContext.of(services, data, background, Platform::runLater);
        MainViewModel vm = new MainViewModel(context, prefs, notices);
        trace.mark("view model made");
        Stage stage;
        try {
            stage = window.join();
        } catch (CompletionException e) {
            err.println(services.messages().get("app.error.no-display", String.valueOf(e.getCause().getMessage())));
            err.flush();
            background.shutdownNow();
            return NO_DISPLAY;
        }
        // The interface's Inter faces, which the editor's stylesheet names: not needed by the first window, so loaded
        // once it is up rather than beside the toolkit's start.
        loadFonts();
        Platform.runLater(() -> {
            MainWindow main = new MainWindow(vm, notices, closed::countDown, new NativeFileDialogs(), stage);
            main.show();
            StartupWindow.afterFirstFrame(() -> trace.mark("editor ready"));
            whenReady(vm, () -> {
                vm.openFiles(files);
                if (training) {
                    stage.hide();
                }
            });
        });
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

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether {@code bingkai WORD} opens WORD in the editor: a project or a frame pack, as the desktop passes it. */
    public static boolean opens(String word) {
        String name = word.toLowerCase(Locale.ROOT);
        // a .png may be a twibbon (a pack) or a photo: the editor's intake tells them apart, as for a dropped file
        return !word.startsWith("-") && (name.endsWith("." + ProjectCodec.EXTENSION) || name.endsWith(".zip")
                || name.endsWith(".png"));
    }

    /** Runs {@code then} on the FX thread once the packs are loaded and the gallery is filled. */
    private static void whenReady(MainViewModel vm, Runnable then) {
        if (vm.readyProperty().get()) {
            then.run();
            return;
        }
        vm.readyProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean ready) {
                if (ready) {
                    vm.readyProperty().removeListener(this);
                    then.run();
                }
            }
        });
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
