// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import id.bingkai.app.common.RelayNotices;
import id.bingkai.app.prefs.Preferences;
import id.bingkai.cli.Services;
import id.bingkai.core.guideline.Finding;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Rule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;

/**
 * Takes the guideline screenshots in docs/screenshots (not a test): run under Xvfb with a real display, e.g.
 * {@code xvfb-run -a -s "-screen 0 1366x768x24" java -cp <test classpath> id.bingkai.app.GuidelineScreenshots
 * docs/screenshots photo.jpg}. Shoots the whole screen with ImageMagick's {@code import}, like the editor's
 * screenshots, then reduces it to 256 colours.
 */
public final class GuidelineScreenshots {
    private GuidelineScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path photo = Path.of(args[1]);
        Platform.startup(() -> { });
        EditorLauncher.loadFonts();
        ExecutorService background = Executors.newFixedThreadPool(2, Thread.ofPlatform().daemon().factory());
        Services services = Services.create(new Messages(Locale.of("id")), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        Path data = Files.createTempDirectory("bingkai-shots");
        EditorContext context = EditorContext.of(services, new DataFolder(data), background, Platform::runLater);
        RelayNotices notices = new RelayNotices();
        MainViewModel vm = onFx(() -> new MainViewModel(context, Preferences.DEFAULT, notices));
        MainWindow window = onFx(() -> new MainWindow(vm, notices, () -> { }));
        onFx(() -> {
            window.show();
            return null;
        });
        await(() -> vm.readyProperty().get());
        FramePack pack = vm.gallery().entries().getFirst().pack();
        Frame badge = pack.frame("lencana-lingkaran").orElseThrow();
        onFx(() -> {
            vm.editor().selectFrame(pack, badge);
            vm.openPhoto(photo);
            return null;
        });
        await(() -> vm.editor().photo().isPresent());
        onFx(() -> {
            vm.editor().setText("nama", "Siti Aminah");
            vm.editor().setZoom(1.2);
            return null;
        });
        await(() -> !vm.guideline().checkingProperty().get() && vm.guideline().reportProperty().get() != null
                && !vm.guideline().needsPhotoProperty().get());
        onFx(() -> {
            Finding legibility = vm.guideline().reportProperty().get().findings().stream()
                    .filter(f -> f.rule() == Rule.LEGIBILITY).findFirst().orElseThrow();
            ((javafx.scene.control.Button) window.view().lookup("#findings-footer")).fire();
            vm.guideline().select(legibility);
            return null;
        });
        settle();
        shoot(out.resolve("guideline-editor.png"));

        onFx(() -> {
            vm.guideline().select(null);
            vm.editor().setZoom(0.7);
            return null;
        });
        await(() -> !vm.guideline().checkingProperty().get()
                && vm.guideline().reportProperty().get().blocksExport());
        onFx(() -> {
            window.view().export();
            return null;
        });
        settle();
        shoot(out.resolve("guideline-export-blocked.png"));

        Frame status = pack.frame("status-cerita").orElseThrow();
        onFx(() -> {
            javafx.stage.Window.getWindows().stream().filter(w -> w != window.stage()).toList()
                    .forEach(javafx.stage.Window::hide);
            vm.editor().selectFrame(pack, status);
            vm.editor().fitCover();
            vm.setTheme(id.bingkai.app.prefs.Theme.DARK);
            return null;
        });
        await(() -> !vm.guideline().checkingProperty().get());
        settle();
        shoot(out.resolve("guideline-status-dark.png"));
        Platform.exit();
        background.shutdownNow();
        System.exit(0);
    }

    private static void settle() throws Exception {
        Thread.sleep(1500);
        onFx(() -> null);
    }

    private static void shoot(Path file) throws IOException, InterruptedException {
        Path raw = file.resolveSibling(file.getFileName() + ".raw.png");
        run("import", "-window", "root", raw.toString());
        run("convert-im6", raw.toString(), "-colors", "256", "-strip", file.toString());
        Files.delete(raw);
        System.out.println(file + ": " + Files.size(file) + " bytes");
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed");
        }
    }

    private static void await(BooleanSupplier condition) throws Exception {
        long until = System.nanoTime() + 30_000_000_000L;
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(50);
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }
}
