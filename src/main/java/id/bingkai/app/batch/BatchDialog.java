// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.batch;

import id.bingkai.app.batch.BatchViewModel.Phase;
import id.bingkai.app.common.Controls;
import id.bingkai.app.common.FileDialogs;
import id.bingkai.app.common.NoticeText;
import id.bingkai.core.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * "Many employees (CSV)": one image per row of a spreadsheet in the frame chosen in the editor. Settings on the
 * left, the run on the right. Closing while it runs asks first, and stopping lets the rows in flight finish.
 */
public final class BatchDialog {
    private final BatchViewModel vm;
    private final Messages m;
    private final FileDialogs dialogs;
    private final Stage stage = new Stage();
    private boolean closeWhenStopped;

    public BatchDialog(BatchViewModel vm, Messages m, Window owner, FileDialogs dialogs, Consumer<Path> open) {
        this.vm = vm;
        this.m = m;
        this.dialogs = dialogs;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("batch.ui.title"));
        Scene scene = new Scene(build(open));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), this::requestClose);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestClose();
        });
        vm.phaseProperty().addListener((obs, old, p) -> {
            if (p != Phase.RUNNING && closeWhenStopped) {
                stage.hide();
            }
        });
        vm.existingImagesProperty().addListener((obs, old, n) -> {
            if (n.intValue() > 0 && confirmReplace(n.intValue())) {
                vm.start(true);
            }
        });
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    private VBox build(Consumer<Path> open) {
        Label title = new Label(m.get("batch.ui.title"));
        title.getStyleClass().add("panel-title");
        Label intro = Controls.hint(m.get("batch.ui.intro", vm.frame().name().get(m.locale()),
                vm.pack().name().get(m.locale())));
        intro.setId("batch-intro");

        VBox settings = new VBox(14, new SheetPane(vm, m, this::chooseSheet, this::saveTemplate),
                new OutputPane(vm, m, this::chooseFolder));
        settings.disableProperty().bind(vm.phaseProperty().isNotEqualTo(Phase.SETUP));
        settings.setPrefWidth(660);
        ScrollPane scroll = new ScrollPane(settings);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("batch-settings-scroll");
        HBox.setHgrow(scroll, Priority.ALWAYS);
        RunPane run = new RunPane(vm, m, open);
        run.setPrefWidth(360);
        run.setMinWidth(320);
        run.getStyleClass().add("batch-run");
        HBox columns = new HBox(20, scroll, run);
        VBox.setVgrow(columns, Priority.ALWAYS);

        Label problem = new Label();
        problem.setId("batch-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.setMaxWidth(Double.MAX_VALUE);
        vm.problemProperty().addListener((obs, old, msg) -> problem.setText(msg == null ? ""
                : NoticeText.sentence(m, msg)));

        VBox root = new VBox(10, title, intro, columns, problem, buttons());
        root.getStyleClass().add("dialog-body");
        root.setId("batch-dialog");
        root.setPrefSize(1100, 660); // fits 1366x768 less a taskbar and a title bar (DialogsFitFxTest)
        return root;
    }

    private HBox buttons() {
        Button close = Controls.button(m.get("batch.ui.close"), null, this::requestClose);
        close.setId("batch-close");
        Button stop = Controls.button(m.get("batch.ui.stop"), m.get("batch.ui.stop.help"), vm::cancel);
        stop.setId("batch-stop");
        stop.visibleProperty().bind(vm.phaseProperty().isEqualTo(Phase.RUNNING));
        stop.managedProperty().bind(stop.visibleProperty());
        stop.disableProperty().bind(vm.stoppingProperty());
        Button start = Controls.primary(m.get("batch.ui.start"), m.get("batch.ui.start.help"),
                () -> vm.start(false));
        start.setId("batch-start");
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.canStartProperty().not());
        start.visibleProperty().bind(vm.phaseProperty().isNotEqualTo(Phase.FINISHED));
        start.managedProperty().bind(start.visibleProperty());
        Button again = Controls.button(m.get("batch.ui.again"), m.get("batch.ui.again.help"), vm::again);
        again.setId("batch-again");
        again.visibleProperty().bind(vm.phaseProperty().isEqualTo(Phase.FINISHED));
        again.managedProperty().bind(again.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, close, stop, again, start);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        return buttons;
    }

    private List<FileDialogs.Filter> csvFilters() {
        return List.of(new FileDialogs.Filter(m.get("batch.ui.filter.csv"), List.of("*.csv", "*.CSV")),
                new FileDialogs.Filter(m.get("editor.filter.all"), List.of("*")));
    }

    private void chooseSheet() {
        dialogs.openFile(stage, m.get("batch.ui.sheet.choose"), vm.startFolder(), csvFilters())
                .ifPresent(vm::openSheet);
    }

    private void saveTemplate() {
        dialogs.saveFile(stage, m.get("batch.ui.template.save"), vm.startFolder(), vm.templateName(),
                csvFilters().subList(0, 1)).ifPresent(vm::saveTemplate);
    }

    private void chooseFolder() {
        Path current = vm.outDirProperty().get();
        dialogs.chooseFolder(stage, m.get("batch.ui.out.choose"), current != null ? current : vm.startFolder())
                .ifPresent(vm.outDirProperty()::set);
    }

    /** Closes, unless a batch runs: then asks, and a "stop" closes once the rows in flight are done. */
    private void requestClose() {
        if (vm.phaseProperty().get() != Phase.RUNNING) {
            stage.hide();
            return;
        }
        if (vm.stoppingProperty().get() || confirmStop()) {
            closeWhenStopped = true;
            vm.cancel();
        }
    }

    private boolean confirmStop() {
        ButtonType stop = new ButtonType(m.get("batch.ui.close-running.stop"), ButtonBar.ButtonData.YES);
        ButtonType go = new ButtonType(m.get("batch.ui.close-running.continue"), ButtonBar.ButtonData.CANCEL_CLOSE);
        BatchProgress p = vm.progressProperty().get();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, m.get("batch.ui.close-running.text",
                p == null ? 0 : p.finished(), p == null ? 0 : p.total()), stop, go);
        return ask(alert, m.get("batch.ui.close-running.title")) == stop;
    }

    private boolean confirmReplace(int count) {
        ButtonType replace = new ButtonType(m.get("batch.ui.replace.yes"), ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType(m.get("app.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, m.get("batch.ui.replace.text", count,
                vm.outDirProperty().get()), replace, cancel);
        return ask(alert, m.get("batch.ui.replace.title")) == replace;
    }

    private ButtonType ask(Alert alert, String heading) {
        alert.initOwner(stage);
        alert.setTitle(m.get("batch.ui.title"));
        alert.setHeaderText(heading);
        alert.getDialogPane().getStylesheets().setAll(stage.getScene().getStylesheets());
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        return alert.showAndWait().orElse(ButtonType.CANCEL);
    }
}
