// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import id.bingkai.app.common.FileDialogs;
import id.bingkai.app.common.RelayNotices;
import id.bingkai.app.prefs.Preferences;
import id.bingkai.app.prefs.Theme;
import id.bingkai.core.guideline.Finding;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.wiring.Services;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Retakes every picture in docs/screenshots from the real editor (not a test: surefire does not pick up the name).
 * Run by {@code scripts/screenshots.sh}, which starts it under Xvfb (1366×768, no window manager); each picture is
 * the whole screen taken with ImageMagick's {@code import}, reduced to 256 colours. The placements are chosen for
 * the photo the docs use ("friends" by Aitzol Berasategi, two dogs in a portrait photo).
 */
public final class Screenshots {
    private static final String NAME = "Siti Aminah";
    private static final String UNIT = "Dinas Kominfo Kab. Sleman";
    private static final long MAX_BYTES = 300_000;
    /** Rows of the batch shots' CSV; two of them name a photo that is not there. */
    private static final int BATCH_ROWS = 30;
    private static final List<String> FIRST = List.of("Siti", "Budi", "Ani", "Dewi", "Agus", "Rina", "Joko", "Wulan",
            "Hendra", "Putri");
    private static final List<String> LAST = List.of("Aminah", "Santoso", "Lestari", "Saputra", "Wijaya");
    private final Path out;
    private final MainViewModel vm;
    private final MainWindow window;
    private final Path office;

    private Screenshots(Path out, MainViewModel vm, MainWindow window, Path office) {
        this.out = out;
        this.vm = vm;
        this.window = window;
        this.office = office;
    }

    /** Arguments: the output folder and the photo. */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path photo = Path.of(args[1]);
        Platform.startup(() -> { });
        EditorLauncher.loadFonts();
        ExecutorService background = Executors.newFixedThreadPool(2, Thread.ofPlatform().daemon().factory());
        Services services = Services.create(new Messages(Locale.of("id")));
        // A fixed, short place for the export, since the dialog shows its path.
        Path home = Path.of(System.getProperty("java.io.tmpdir"), "bingkai-screenshots");
        deleteTree(home);
        Path pictures = Files.createDirectories(home.resolve("Gambar"));
        EditorContext base = EditorContext.of(services, new DataFolder(home.resolve("data")), background,
                Platform::runLater);
        EditorContext context = new EditorContext(base.renderer(), base.photos(), base.packs(), base.writer(),
                base.fullPhotos(), base.tasks(), base.data(), pictures, base.checker());
        RelayNotices notices = new RelayNotices();
        Path office = Files.createDirectories(home.resolve("Dokumen"));
        MainViewModel vm = onFx(() -> new MainViewModel(context, Preferences.DEFAULT, notices));
        MainWindow window = onFx(() -> new MainWindow(vm, notices, () -> { }, answering(office.resolve("pegawai.csv"))));
        onFx(() -> {
            window.show();
            return null;
        });
        new Screenshots(out, vm, window, office).takeAll(photo);
        Platform.exit();
        background.shutdownNow();
        deleteTree(home);
        System.exit(0);
    }

    private void takeAll(Path photo) throws Exception {
        await(() -> vm.readyProperty().get());
        FramePack pack = vm.gallery().entries().getFirst().pack();
        settle();
        shoot("start.png");
        batchShots(photo);

        onFx(() -> {
            vm.editor().selectFrame(pack, frame(pack, "lencana-lingkaran"));
            vm.openPhoto(photo);
            return null;
        });
        await(() -> vm.editor().photo().isPresent());
        onFx(() -> {
            vm.editor().setText("nama", NAME);
            // Both dogs' faces inside the circle, above the ribbon.
            vm.editor().setZoom(1.3);
            vm.editor().moveBy(0.02 * 660, 0.1 * 660);
            return null;
        });
        awaitChecked();
        settle();
        shoot("editor-profile.png");

        onFx(() -> {
            window.view().export();
            return null;
        });
        await(() -> dialog() != null);
        onFx(() -> {
            ((Button) dialog().getScene().lookup("#export-save")).fire();
            return null;
        });
        await(() -> !dialog().getScene().lookup("#open-folder").isDisabled());
        settle();
        shoot("export-dialog.png");
        onFx(() -> {
            // "Semua ukuran" as JPEG: the set's four files into the same folder.
            ((javafx.scene.control.RadioButton) dialog().getScene().lookup("#preset-all")).fire();
            @SuppressWarnings("unchecked")
            var format = (javafx.scene.control.ChoiceBox<id.bingkai.core.io.export.ImageFormat>) dialog().getScene()
                    .lookup("#format");
            format.setValue(id.bingkai.core.io.export.ImageFormat.JPEG);
            ((Button) dialog().getScene().lookup("#export-save")).fire();
            return null;
        });
        await(() -> ((javafx.scene.control.Label) dialog().getScene().lookup("#export-state")).getText()
                .contains(" 4 "));
        settle();
        shoot("export-dialog-all.png");
        closeDialogs();

        onFx(() -> {
            // The first finding the user can act on, highlighted on the preview (none: the list is shown empty).
            Finding first = vm.guideline().reportProperty().get().findings().stream().findFirst().orElse(null);
            ((Button) window.view().lookup("#findings-footer")).fire();
            vm.guideline().select(first);
            return null;
        });
        settle();
        shoot("guideline-editor.png");

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
        shoot("guideline-export-blocked.png");
        closeDialogs();

        onFx(() -> {
            vm.editor().selectFrame(pack, frame(pack, "status-cerita"));
            vm.editor().fitCover();
            vm.editor().setText("unit", UNIT);
            return null;
        });
        awaitChecked();
        scrollSidePanelToTop();
        settle();
        shoot("editor-status.png");

        onFx(() -> {
            vm.setTheme(Theme.DARK);
            return null;
        });
        settle();
        shoot("guideline-status-dark.png");

        onFx(() -> {
            vm.setLanguage("en");
            vm.editor().selectFrame(pack, frame(pack, "bingkai-penuh"));
            vm.editor().fitCover();
            vm.editor().setText("nama", "Budi Santoso");
            vm.editor().setText("unit", "Badan Kepegawaian Negara");
            vm.editor().setZoom(1.15);
            return null;
        });
        awaitChecked();
        settle();
        shoot("editor-dark-english.png");
    }

    /**
     * The batch dialog before, during and after a run of {@value #BATCH_ROWS} employees in the frame chosen at start
     * (no photo in the editor): their photos are the jpgs beside the docs photo, in turn.
     */
    private void batchShots(Path photo) throws Exception {
        writeOffice(photo);
        onFx(() -> {
            ((Button) window.view().lookup("#batch-open")).fire();
            return null;
        });
        await(() -> dialog() != null);
        fire("#batch-choose-csv");
        await(() -> dialog().getScene().lookup("#batch-sheet-name") != null);
        settle();
        shoot("batch-dialog-ready.png");
        fire("#batch-start");
        await(() -> ((ProgressBar) dialog().getScene().lookup("#batch-progress")).getProgress() >= 0.25);
        shoot("batch-dialog-running.png");
        await(() -> dialog().getScene().lookup("#batch-summary").isVisible());
        settle();
        shoot("batch-dialog-done.png");
        closeDialogs();
    }

    private void writeOffice(Path photo) throws IOException {
        List<Path> photos;
        try (Stream<Path> files = Files.list(photo.getParent())) {
            photos = files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jpg")).sorted()
                    .toList();
        }
        List<String> lines = new java.util.ArrayList<>(List.of("nama;unit;nip;foto"));
        for (int i = 0; i < BATCH_ROWS; i++) {
            String name = FIRST.get(i % FIRST.size()) + " " + LAST.get((i / FIRST.size() + i) % LAST.size());
            String file = i == 7 ? "foto/" + name.toLowerCase(Locale.ROOT).replace(' ', '-') + ".jpg"
                    : i == 19 ? "" : photos.get(i % photos.size()).toString();
            lines.add(name + ";" + UNIT + ";19800101200501" + String.format("%04d", i + 1) + ";" + file);
        }
        Files.write(office.resolve("pegawai.csv"), lines);
    }

    /** File dialogs that choose the batch shots' CSV (a native dialog has no place in a screenshot run). */
    private static FileDialogs answering(Path csv) {
        return new FileDialogs() {
            @Override
            public Optional<Path> openFile(Window owner, String title, Path folder, List<Filter> filters) {
                return Optional.of(csv);
            }

            @Override
            public Optional<Path> saveFile(Window owner, String title, Path folder, String name,
                    List<Filter> filters) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseFolder(Window owner, String title, Path folder) {
                return Optional.empty();
            }
        };
    }

    private void fire(String id) throws Exception {
        onFx(() -> {
            ((Button) dialog().getScene().lookup(id)).fire();
            return null;
        });
    }

    private static Frame frame(FramePack pack, String id) {
        return pack.frame(id).orElseThrow(() -> new IllegalStateException("no frame " + id + " in the sample set"));
    }

    /** The export dialog, or null while none is open. */
    private Stage dialog() {
        return Window.getWindows().stream().filter(w -> w != window.stage() && w.isShowing())
                .filter(Stage.class::isInstance).map(Stage.class::cast).findFirst().orElse(null);
    }

    private void closeDialogs() throws Exception {
        onFx(() -> {
            Window.getWindows().stream().filter(w -> w != window.stage()).toList().forEach(Window::hide);
            return null;
        });
    }

    private void scrollSidePanelToTop() throws Exception {
        onFx(() -> {
            Node side = window.view().getRight();
            ((ScrollPane) side.lookup(".scroll-pane")).setVvalue(0);
            return null;
        });
    }

    private void awaitChecked() throws Exception {
        await(() -> !vm.guideline().checkingProperty().get() && vm.guideline().reportProperty().get() != null
                && !vm.guideline().needsPhotoProperty().get());
    }

    /** Lets the preview, the previews and the checks of the last edit reach the screen. */
    private static void settle() throws Exception {
        Thread.sleep(1500);
        onFx(() -> null);
    }

    private void shoot(String name) throws IOException, InterruptedException {
        Path file = out.resolve(name);
        Path raw = out.resolve(name + ".raw.png");
        run("import", "-window", "root", raw.toString());
        int colours = 256;
        run("convert-im6", raw.toString(), "-colors", "256", "-strip", file.toString());
        while (Files.size(file) > MAX_BYTES && colours > 64) { // fewer colours until it is small enough for the docs
            colours /= 2;
            run("convert-im6", raw.toString(), "-colors", String.valueOf(colours), "-strip", file.toString());
        }
        Files.delete(raw);
        System.out.println(file + ": " + colours + " colours, " + Files.size(file) + " bytes");
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

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
