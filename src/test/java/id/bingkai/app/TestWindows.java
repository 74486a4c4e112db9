// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import id.bingkai.app.common.FileDialogs;
import id.bingkai.app.common.RelayNotices;
import id.bingkai.app.export.PrintOutput;
import id.bingkai.app.prefs.Preferences;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.print.PdfPrinting;
import id.bingkai.wiring.Services;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Window;
import javax.print.PrintService;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real editor window as the FX tests open it: the program's services, a fresh data folder, two background
 * threads, shown; and what every such test does with it (wait for a condition, ask whether a node shows, close every
 * window it opened). One per test instance: open it in the {@code @Start} method, close it in {@code @AfterEach}.
 */
final class TestWindows {
    /** Long enough for a shared, slow machine: a condition that holds returns at once. */
    private static final int WAIT_SECONDS = 60;

    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private MainViewModel vm;
    private MainWindow window;
    private Supplier<List<PrintService>> printers = List::of;

    /** The printers "Cetak…" is offered (none by default, whatever the test machine has); call before showing. */
    TestWindows printers(Supplier<List<PrintService>> offered) {
        this.printers = offered;
        return this;
    }

    /** Opens the editor in Indonesian; call on the FX thread (a TestFX {@code @Start} method). */
    TestWindows show(Path parent, FileDialogs dialogs) throws IOException {
        return show(new Messages(Locale.of("id")), parent, dialogs);
    }

    /** Opens the editor in the given language; call on the FX thread. */
    TestWindows show(Messages messages, Path parent, FileDialogs dialogs) throws IOException {
        Services services = Services.create(messages);
        EditorContext context = EditorContext.of(services, new DataFolder(Files.createTempDirectory(parent, "data")),
                background, Platform::runLater);
        context = context.withPrint(PrintOutput.of(services.pdf(),
                new PdfPrinting(services.pdf(), printers, PrinterJob::getPrinterJob), services.images()));
        RelayNotices notices = new RelayNotices();
        vm = new MainViewModel(context, Preferences.DEFAULT, notices);
        window = new MainWindow(vm, notices, () -> { }, dialogs);
        window.show();
        return this;
    }

    MainViewModel vm() {
        return vm;
    }

    MainWindow window() {
        return window;
    }

    /** Hides the dialogs the test left open and the window, and stops the background threads. */
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Window.getWindows().stream().filter(w -> w != window.stage()).toList().forEach(Window::hide);
            window.stage().hide();
        }).get(5, TimeUnit.SECONDS);
        background.shutdownNow();
    }

    /** Waits until the condition holds (failing the test after a minute), then for the FX events it queued. */
    static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether a node with that CSS selector is in a window and visible. */
    static boolean showing(FxRobot robot, String selector) {
        return robot.lookup(selector).tryQuery().map(Node::isVisible).orElse(false);
    }
}
