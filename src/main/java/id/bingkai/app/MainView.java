// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import id.bingkai.app.batch.BatchDialog;
import id.bingkai.app.batch.BatchServices;
import id.bingkai.app.batch.BatchViewModel;
import id.bingkai.app.batch.EditorRowWork;
import id.bingkai.app.common.Controls;
import id.bingkai.app.common.FileDialogs;
import id.bingkai.app.logo.AgencyLogoPanel;
import id.bingkai.app.common.FolderOpener;
import id.bingkai.app.common.Notice;
import id.bingkai.app.common.NoticeArea;
import id.bingkai.app.common.YieldingBar;
import id.bingkai.app.editor.CanvasView;
import id.bingkai.app.editor.EditorViewModel;
import id.bingkai.app.editor.Preview;
import id.bingkai.app.export.ExportDialog;
import id.bingkai.app.export.ExportViewModel;
import id.bingkai.app.export.PrintAction;
import id.bingkai.app.export.PrintDialog;
import id.bingkai.core.io.export.pdf.PdfOptions;
import id.bingkai.app.gallery.GalleryView;
import id.bingkai.app.guideline.FindingsPanel;
import id.bingkai.app.guideline.FindingsSummary;
import id.bingkai.app.guideline.GuidelineViewModel;
import id.bingkai.app.guideline.GuidesBar;
import id.bingkai.app.guideline.OverlayLayer;
import id.bingkai.app.guideline.PreviewStrip;
import id.bingkai.app.prefs.PreferencesDialog;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.core.model.Document;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The editor window's content: top bar, gallery on the left, canvas in the middle, texts and placement on the
 * right, status bar at the bottom. Pure code, no FXML; it only binds to {@link MainViewModel}.
 */
final class MainView extends BorderPane {
    private final MainViewModel vm;
    private final EditorViewModel editor;
    private final Messages m;
    private final Stage stage;
    private final NoticeArea notices;
    private final CanvasView canvas;
    private final SidePanel side;
    private final MenuButton recent;
    private final FileDialogs dialogs;

    MainView(MainViewModel vm, Messages m, Stage stage, FileDialogs dialogs, Runnable saveProject,
            Runnable saveProjectAs, Runnable openProject) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.editor = vm.editor();
        this.m = m;
        this.stage = stage;
        this.notices = new NoticeArea(m);
        this.recent = new MenuButton(m.get("editor.action.recent"));
        getStyleClass().add("main");

        canvas = new CanvasView(editor, m, this::choosePhoto);
        canvas.setId("canvas");
        GuidelineViewModel guideline = vm.guideline();
        canvas.overlay().getChildren().add(new OverlayLayer(guideline, m, Bindings.createObjectBinding(
                () -> editor.document().frame().canvas(), editor.documentProperty()),
                canvas.displayScaleProperty()).node());
        CentreArea area = new CentreArea(new GuidesBar(guideline, m), canvas, new PreviewStrip(guideline, m),
                () -> editor.document().frame().canvas());
        StackPane centre = new StackPane(area, notices);
        StackPane.setAlignment(notices, Pos.TOP_CENTER);
        StackPane.setMargin(notices, new Insets(12));
        side = new SidePanel(editor, m, this::export, this::copyCaption,
                new AgencyLogoPanel(vm.agencyLogo(), m, dialogs, () -> stage));
        side.findingsSlot().getChildren().add(new FindingsPanel(guideline, m));
        side.findingsSlot().setVisible(true);
        side.findingsSlot().setManaged(true);
        side.addAboveExport(FindingsSummary.create(guideline, m, side::revealFindings));
        side.addBesideCaption(printButton());

        setTop(appBar(saveProject, saveProjectAs, openProject));
        setLeft(new GalleryView(vm.gallery(), editor, m, this::chooseFolderPack, this::chooseFilePack));
        setCenter(centre);
        setRight(side);
        setBottom(statusBar());
        installDragAndDrop();
    }

    NoticeArea notices() {
        return notices;
    }

    CanvasView canvas() {
        return canvas;
    }

    /** Keyboard shortcuts; the scene is the window's, the content may be rebuilt (language switch). */
    void installShortcuts(Scene scene) {
        var acc = scene.getAccelerators();
        acc.clear();
        acc.put(KeyCombination.keyCombination("Shortcut+O"), this::choosePhoto);
        acc.put(KeyCombination.keyCombination("Shortcut+Z"), editor::undo);
        acc.put(KeyCombination.keyCombination("Shortcut+Y"), editor::redo);
        acc.put(KeyCombination.keyCombination("Shortcut+Shift+Z"), editor::redo);
        acc.put(KeyCombination.keyCombination("Shortcut+E"), this::export);
        acc.put(KeyCombination.keyCombination("Shortcut+P"), this::print);
        acc.put(KeyCombination.keyCombination("Shortcut+B"), this::batch);
        acc.put(KeyCombination.keyCombination("Shortcut+V"), this::paste);
        acc.put(KeyCombination.keyCombination("F1"), () -> notices.show(Notice.info("editor.help.keys")));
    }

    /** + and - zoom, [ and ] rotate, anywhere except while typing. */
    static void onTyped(KeyEvent e, EditorViewModel editor) {
        Node focus = e.getTarget() instanceof Node n ? n : null;
        if (focus instanceof TextInputControl || e.isShortcutDown()) {
            return;
        }
        double turn = e.isShiftDown() ? 15 : 1;
        switch (e.getCharacter()) {
            case "+", "=" -> editor.zoomBy(1.1);
            case "-", "_" -> editor.zoomBy(1 / 1.1);
            case "[", "{" -> editor.rotateBy(-turn);
            case "]", "}" -> editor.rotateBy(turn);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private HBox appBar(Runnable saveProject, Runnable saveProjectAs, Runnable openProject) {
        Label brand = new Label("Bingkai");
        brand.getStyleClass().add("brand");
        Label tag = new Label(m.get("app.bar.tagline"));
        tag.getStyleClass().add("brand-tag");
        Button open = Controls.primary(m.get("editor.action.open-photo"), m.get("editor.action.open-photo.help"),
                this::choosePhoto);
        open.setId("open-photo");
        Controls.describe(recent, m.get("editor.action.recent"), m.get("editor.action.recent.help"));
        recent.setId("recent");
        recent.setOnShowing(e -> fillRecent());
        fillRecent();
        Button paste = Controls.button(m.get("editor.action.paste"), m.get("editor.action.paste.help"), this::paste);
        Button undo = Controls.button(m.get("editor.action.undo"), m.get("editor.action.undo.help"), editor::undo);
        undo.setId("undo");
        undo.disableProperty().bind(editor.canUndoProperty().not());
        Button redo = Controls.button(m.get("editor.action.redo"), m.get("editor.action.redo.help"), editor::redo);
        redo.setId("redo");
        redo.disableProperty().bind(editor.canRedoProperty().not());

        MenuItem openProjectItem = new MenuItem(m.get("project.open"));
        openProjectItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+O"));
        openProjectItem.setOnAction(e -> openProject.run());
        MenuItem saveItem = new MenuItem(m.get("project.save"));
        saveItem.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        saveItem.setOnAction(e -> saveProject.run());
        MenuItem saveAsItem = new MenuItem(m.get("project.save-as"));
        saveAsItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+S"));
        saveAsItem.setOnAction(e -> saveProjectAs.run());
        MenuButton project = new MenuButton(m.get("project.menu"), null, openProjectItem, saveItem, saveAsItem);
        Controls.describe(project, m.get("project.menu"), m.get("project.menu.help"));
        project.setId("project-menu");

        Button batch = Controls.button(m.get("batch.ui.open"), m.get("batch.ui.open.help"), this::batch);
        batch.setId("batch-open");
        Button prefs = Controls.button(m.get("prefs.open"), m.get("prefs.open.help"), this::preferences);
        prefs.setId("preferences");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new YieldingBar(tag, brand, tag, gap(), open, recent, paste,
                new Separator(javafx.geometry.Orientation.VERTICAL), undo, redo, spacer, batch, project, prefs);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("app-bar");
        // In a narrow window the tagline goes first, then paste, undo and redo shrink (they have shortcuts).
        for (Region r : List.of(brand, open, recent, batch, project, prefs)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        return bar;
    }

    private static Region gap() {
        Region r = new Region();
        r.setMinWidth(12);
        return r;
    }

    private HBox statusBar() {
        Label state = new Label();
        state.setId("status");
        Label zoom = new Label();
        Label timing = new Label();
        timing.setId("status-timing");
        Runnable update = () -> {
            Document doc = editor.document();
            String frame = doc.frame().name().get(m.locale());
            state.setText(m.get("app.status.line", frame, StatusText.photo(m, editor))
                    + (editor.dirtyProperty().get() ? "  ·  " + m.get("app.status.unsaved") : ""));
            zoom.setText(editor.photo().map(p -> m.get("app.status.zoom", Math.round(p.placement().zoom() * 100)))
                    .orElse(""));
        };
        editor.documentProperty().addListener((obs, old, d) -> update.run());
        editor.dirtyProperty().addListener((obs, old, d) -> update.run());
        editor.activeSlotProperty().addListener((obs, old, s) -> update.run());
        editor.previewProperty().addListener((obs, old, p) -> timing.setText(timing(p)));
        timing.setText(timing(editor.previewProperty().get()));
        // Render times help us, not a civil servant: shown only when debugging (BINGKAI_DEBUG=1).
        boolean debug = System.getenv("BINGKAI_DEBUG") != null;
        timing.setVisible(debug);
        timing.setManaged(debug);
        update.run();
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(state, spacer, zoom, timing);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private String timing(Preview p) {
        return p == null ? "" : m.get("app.status.preview", p.renderNanos() / 1_000_000);
    }

    private void fillRecent() {
        List<Path> photos = vm.prefsProperty().get().recentPhotos();
        recent.getItems().clear();
        if (photos.isEmpty()) {
            MenuItem none = new MenuItem(m.get("editor.action.recent.none"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
        for (Path p : photos) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + (p.getParent() == null ? "" : p.getParent()));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> vm.openPhoto(p));
            recent.getItems().add(item);
        }
    }

    private void choosePhoto() {
        List<FileDialogs.Filter> filters = List.of(new FileDialogs.Filter(m.get("editor.filter.photos"),
                List.of("*.jpg", "*.jpeg", "*.png", "*.webp", "*.tif", "*.tiff", "*.bmp", "*.gif", "*.psd", "*.heic",
                        "*.heif", "*.avif", "*.JPG", "*.JPEG", "*.PNG", "*.HEIC")), new FileDialogs.Filter(m.get("editor.filter.all"), List.of("*")));
        Path folder = vm.prefsProperty().get().recentPhotos().stream().findFirst().map(Path::getParent)
                .orElse(null);
        dialogs.openFile(stage, m.get("editor.action.open-photo"), folder, filters).ifPresent(vm::openPhoto);
    }

    private void chooseFilePack() {
        dialogs.openFile(stage, m.get("gallery.import.file"), null, List.of(new FileDialogs.Filter(
                m.get("gallery.filter.packs"), List.of("*.zip", "*.png", "*.ZIP", "*.PNG"))))
                .ifPresent(vm.gallery()::importPack);
    }

    private void chooseFolderPack() {
        dialogs.chooseFolder(stage, m.get("gallery.import.folder"), null).ifPresent(vm.gallery()::importPack);
    }

    void export() {
        Document doc = editor.document();
        var missing = ExportViewModel.missingPhoto(doc);
        if (missing.isPresent()) {
            notices.show(new Notice(Notice.Kind.INFO, missing.get()));
            return;
        }
        EditorContext ctx = vm.context();
        ExportViewModel export = new ExportViewModel(doc, ctx.renderer(), ctx.fullPhotos(), ctx.writer(),
                ctx.tasks(), ctx.exportFolder(), vm.guideline().exportCheck()::apply, ctx.print());
        new ExportDialog(export, m, stage, dialogs, this::openFolder, this::copyCaption, printAction()).show();
    }

    /** "Cetak…" (Ctrl+P) under Export, for designs with a physical size; the page is the print PDF's. */
    private Button printButton() {
        Button print = Controls.button(m.get("print.action"), m.get("print.action.help"), this::print);
        print.setId("print");
        print.setMinWidth(Region.USE_PREF_SIZE);
        var printable = Bindings.createBooleanBinding(() -> editor.document().frame().print().isPresent(),
                editor.documentProperty());
        print.visibleProperty().bind(printable);
        print.managedProperty().bind(printable);
        print.disableProperty().bind(Bindings.createBooleanBinding(() -> !editor.emptySlots().isEmpty(),
                editor.documentProperty()));
        return print;
    }

    private PrintAction printAction() {
        EditorContext ctx = vm.context();
        return new PrintAction(ctx.print(), vm.guideline().exportCheck()::apply, ctx.tasks());
    }

    /** Ctrl+P: a print frame goes straight to the print dialog; other designs open the export dialog. */
    void print() {
        Document doc = editor.document();
        if (doc.frame().print().isEmpty()) {
            export();
            return;
        }
        notices.show(Notice.info("print.preparing"));
        printAction().print(doc, PdfOptions.forDocument(doc), p -> PrintDialog.ask(stage, m, p),
                msg -> notices.show(new Notice(msg.key().equals("print.sent") || msg.key().equals("print.cancelled")
                        ? Notice.Kind.INFO : Notice.Kind.ERROR, msg)));
    }

    /** One image per employee from a CSV, in the frame and pack chosen now (no photo needed in the editor). */
    void batch() {
        Document doc = editor.document();
        EditorContext ctx = vm.context();
        BatchServices services = new BatchServices(new EditorRowWork(ctx), ctx.tasks(), new AtomicFiles(),
                System::nanoTime, Runtime.getRuntime().availableProcessors());
        BatchViewModel batch = new BatchViewModel(doc.pack(), doc.frame(), services, m, ctx.exportFolder());
        batch.setAgencyLogo(doc.agencyLogo());
        new BatchDialog(batch, m, stage, dialogs, this::open).show();
    }

    /** Opens a file or folder with the system (a folder in the file manager, report.csv in a spreadsheet). */
    private void open(Path path) {
        vm.context().tasks().run(() -> {
            FolderOpener.open(path);
            return path;
        }, p -> { }, e -> notices.show(Notice.error(id.bingkai.app.common.UserErrors.describe(e))));
    }

    private void openFolder(Path file) {
        if (file == null) {
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        vm.context().tasks().run(() -> {
            FolderOpener.open(folder);
            return folder;
        }, f -> { }, e -> notices.show(Notice.error(id.bingkai.app.common.UserErrors.describe(e))));
    }

    void copyCaption() {
        String caption = editor.caption(m.locale());
        ClipboardContent content = new ClipboardContent();
        content.putString(caption);
        Clipboard.getSystemClipboard().setContent(content);
        notices.show(Notice.info("editor.caption.copied", caption));
    }

    private void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasFiles()) {
            vm.openFiles(clipboard.getFiles().stream().map(File::toPath).toList());
        } else if (clipboard.hasImage()) {
            vm.openPastedImage(FxImages.fromFx(clipboard.getImage()));
        } else {
            notices.show(Notice.info("editor.paste.nothing"));
        }
    }

    private void preferences() {
        PreferencesDialog.ask(stage, m, vm.prefsProperty().get()).ifPresent(choice -> {
            vm.setTheme(choice.theme());
            vm.setLanguage(choice.language());
        });
    }

    private void installDragAndDrop() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                if (!canvas.getStyleClass().contains("drag-over")) {
                    canvas.getStyleClass().add("drag-over");
                }
            }
            e.consume();
        });
        setOnDragExited(e -> canvas.getStyleClass().remove("drag-over"));
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                canvas.pickSlot(e.getSceneX(), e.getSceneY()); // a photo dropped on a slot goes into that slot
                vm.openFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            canvas.getStyleClass().remove("drag-over");
            e.setDropCompleted(ok);
            e.consume();
        });
    }

}
