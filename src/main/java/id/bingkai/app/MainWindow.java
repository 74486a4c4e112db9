// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import id.bingkai.app.common.FileDialogs;
import id.bingkai.app.common.NativeFileDialogs;
import id.bingkai.app.common.RelayNotices;
import id.bingkai.app.prefs.Preferences;
import id.bingkai.app.prefs.Theme;
import id.bingkai.core.io.project.ProjectCodec;
import id.bingkai.core.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The editor window: builds {@link MainView} in the user's language and theme (rebuilding it when either
 * changes, keeping the work), autosaves every minute, offers recovery after a crash and asks before closing
 * with unsaved changes.
 */
public final class MainWindow {
    public static final Duration AUTOSAVE_EVERY = Duration.minutes(1);
    private static final String APP_CSS = "/id/bingkai/app/app.css";

    private final MainViewModel vm;
    private final RelayNotices notices;
    static final double MIN_WIDTH = 960;
    static final double MIN_HEIGHT = 600;

    private final Stage stage;
    private final Runnable onClosed;
    private final FileDialogs dialogs;
    private Messages messages;
    private MainView view;
    private Scene scene;

    public MainWindow(MainViewModel vm, RelayNotices notices, Runnable onClosed) {
        this(vm, notices, onClosed, new NativeFileDialogs());
    }

    /** @param dialogs the file dialogs of the batch dialog (tests answer them with paths) */
    public MainWindow(MainViewModel vm, RelayNotices notices, Runnable onClosed, FileDialogs dialogs) {
        this(vm, notices, onClosed, dialogs, new Stage());
    }

    /** @param stage a new stage, or the one {@link StartupWindow} already shows: the editor fills it */
    MainWindow(MainViewModel vm, RelayNotices notices, Runnable onClosed, FileDialogs dialogs, Stage stage) {
        this.stage = Objects.requireNonNull(stage);
        this.vm = Objects.requireNonNull(vm);
        this.notices = Objects.requireNonNull(notices);
        this.onClosed = Objects.requireNonNull(onClosed);
        this.dialogs = Objects.requireNonNull(dialogs);
    }

    public Stage stage() {
        return stage;
    }

    MainView view() {
        return view;
    }

    public void show() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // A stage already on screen (StartupWindow) keeps its size, which the user may have changed meanwhile.
        scene = stage.isShowing() && stage.getScene() != null
                ? new Scene(new javafx.scene.layout.Pane(), stage.getScene().getWidth(), stage.getScene().getHeight())
                : new Scene(new javafx.scene.layout.Pane(), Math.min(StartupWindow.WIDTH, screen.getWidth()),
                        Math.min(StartupWindow.HEIGHT, screen.getHeight()));
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> MainView.onTyped(e, vm.editor()));
        stage.setScene(scene);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        build(vm.prefsProperty().get());
        vm.prefsProperty().addListener((obs, old, prefs) -> {
            if (!old.language().equals(prefs.language())) {
                build(prefs);
            } else if (old.theme() != prefs.theme()) {
                applyTheme(prefs.theme());
            }
        });
        vm.editor().dirtyProperty().addListener((obs, o, n) -> updateTitle());
        vm.project().currentFileProperty().addListener((obs, o, n) -> updateTitle());
        vm.recoveryOfferedProperty().addListener((obs, o, offered) -> {
            if (offered) {
                offerRecovery();
            }
        });
        stage.setOnCloseRequest(e -> {
            e.consume();
            confirmDiscard(this::close);
        });
        Timeline autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> vm.project().autosave()));
        autosave.setCycleCount(Animation.INDEFINITE);
        autosave.play();
        stage.setOnHidden(e -> {
            autosave.stop();
            onClosed.run();
        });
        stage.show();
        vm.start();
    }

    private void build(Preferences prefs) {
        messages = new Messages(Locale.of(prefs.language()));
        view = new MainView(vm, messages, stage, dialogs, this::save, this::saveAs, this::openProject);
        scene.setRoot(view);
        view.installShortcuts(scene);
        applyTheme(prefs.theme());
        notices.attach(view.notices());
        updateTitle();
    }

    private void applyTheme(Theme theme) {
        scene.getStylesheets().setAll(css(theme.stylesheet()), css(APP_CSS));
    }

    private String css(String resource) {
        return Objects.requireNonNull(MainWindow.class.getResource(resource), resource).toExternalForm();
    }

    private void updateTitle() {
        Path file = vm.project().currentFileProperty().get();
        String title = messages.get("app.title");
        if (file != null) {
            title += " — " + file.getFileName();
        }
        if (vm.editor().dirtyProperty().get()) {
            title += " •";
        }
        stage.setTitle(title);
    }

    /** Hiding the stage ends the session; the launcher then removes the autosave (off the FX thread). */
    private void close() {
        stage.hide();
    }

    /** Runs {@code then} unless the user has unsaved work and cancels (saving first when asked). */
    void confirmDiscard(Runnable then) {
        if (!vm.editor().dirtyProperty().get()) {
            then.run();
            return;
        }
        ButtonType save = new ButtonType(messages.get("project.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("project.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("app.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("project.unsaved.text"), save, discard,
                cancel);
        alert.initOwner(stage);
        alert.setTitle(messages.get("project.unsaved.title"));
        alert.setHeaderText(messages.get("project.unsaved.title"));
        alert.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == discard) {
            then.run();
        } else if (answer == save) {
            saveThen(then);
        }
    }

    private void save() {
        saveThen(() -> { });
    }

    private void saveThen(Runnable then) {
        Path current = vm.project().currentFileProperty().get();
        if (current != null) {
            vm.project().save(current, then);
        } else {
            chooseProjectFile(true).ifPresent(p -> vm.project().save(p, then));
        }
    }

    private void saveAs() {
        chooseProjectFile(true).ifPresent(p -> vm.project().save(p, () -> { }));
    }

    private void openProject() {
        confirmDiscard(() -> chooseProjectFile(false).ifPresent(vm.project()::open));
    }

    private java.util.Optional<Path> chooseProjectFile(boolean forSaving) {
        String title = messages.get(forSaving ? "project.save-as" : "project.open");
        List<FileDialogs.Filter> filters = List.of(new FileDialogs.Filter(messages.get("project.filter"),
                List.of("*." + ProjectCodec.EXTENSION)));
        Path current = vm.project().currentFileProperty().get();
        Path folder = current == null ? null : current.toAbsolutePath().getParent();
        if (!forSaving) {
            return dialogs.openFile(stage, title, folder, filters);
        }
        String name = current != null && current.getFileName() != null ? current.getFileName().toString()
                : messages.get("project.default-name") + "." + ProjectCodec.EXTENSION;
        return dialogs.saveFile(stage, title, folder, name, filters);
    }

    private void offerRecovery() {
        ButtonType restore = new ButtonType(messages.get("project.recovery.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("project.recovery.discard"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("project.recovery.text"), restore,
                discard);
        alert.initOwner(stage);
        alert.setTitle(messages.get("project.recovery.title"));
        alert.setHeaderText(messages.get("project.recovery.title"));
        alert.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
        vm.acceptRecovery(alert.showAndWait().orElse(discard) == restore);
    }
}
