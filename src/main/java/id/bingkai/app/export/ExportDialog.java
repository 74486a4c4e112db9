// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.export;

import id.bingkai.app.common.Controls;
import id.bingkai.app.common.FileDialogs;
import id.bingkai.app.common.NoticeText;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.export.ImageFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Choose where the picture goes (size, format, file) and save it; then open its folder or copy the caption. The
 * settings ({@link SizePane}, {@link FilePane}) sit beside the guideline ({@link ExportFindings}); the state and the
 * buttons ({@link ActionPane}) below.
 */
public final class ExportDialog {
    private final ExportViewModel vm;
    private final Messages m;
    private final FileDialogs dialogs;
    private final Stage stage = new Stage();
    private final FilePane file;

    public ExportDialog(ExportViewModel vm, Messages m, Window owner, FileDialogs dialogs, Consumer<Path> openFolder,
            Runnable copyCaption) {
        this(vm, m, owner, dialogs, openFolder, copyCaption, null);
    }

    /** With {@code print} (may be null), a frame with a physical size gets "Cetak…" beside Save. */
    public ExportDialog(ExportViewModel vm, Messages m, Window owner, FileDialogs dialogs, Consumer<Path> openFolder,
            Runnable copyCaption, PrintAction print) {
        this.vm = vm;
        this.m = m;
        this.dialogs = dialogs;
        this.file = new FilePane(vm, m, this::chooseFile);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("export.dialog.title"));

        VBox settings = new VBox(10, new SizePane(vm, m), file);
        settings.setPrefWidth(484);
        HBox.setHgrow(settings, Priority.ALWAYS);
        HBox columns = new HBox(20, settings, guidelineColumn());
        ActionPane actions = new ActionPane(vm, m, stage::close, openFolder, copyCaption, this::confirmReplace,
                print);
        VBox root = new VBox(10, columns, actions); // the window's title says what it is
        root.getStyleClass().add("dialog-body");
        root.setId("export-dialog");
        root.setPrefWidth(840);

        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        scene.focusOwnerProperty().addListener((obs, old, focus) -> {
            if (focus != file.target()) {
                file.keepEndInView();
            }
        });
        vm.formatProperty().addListener((obs, old, f) -> javafx.application.Platform.runLater(stage::sizeToScene));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), () -> {
            if (scene.lookup("#export-print") instanceof javafx.scene.control.Button b && !b.isDisabled()) {
                b.fire();
            }
        });
        stage.setScene(scene);
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    /** The guideline beside the settings, so the dialog keeps its height whatever the findings are. */
    private VBox guidelineColumn() {
        ScrollPane scroll = new ScrollPane(new ExportFindings(vm, m));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("export-findings-scroll");
        scroll.setPrefViewportHeight(120); // the column takes the settings' height, the list scrolls inside
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox column = new VBox(8, Controls.sectionTitle(m.get("guideline.ui.export.title")), scroll);
        column.setPrefWidth(300);
        column.setMinWidth(260);
        column.getStyleClass().add("export-guideline");
        return column;
    }

    private boolean confirmReplace(Msg problem) {
        String text = problem.key().equals("export.dialog.error.exists")
                ? m.get("export.dialog.overwrite", vm.targetProperty().get())
                : m.get("export.dialog.overwrite-set", NoticeText.format(m, problem));
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.YES, ButtonType.NO);
        alert.initOwner(stage);
        alert.setHeaderText(null);
        alert.setTitle(m.get("export.dialog.title"));
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        return alert.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }

    private void chooseFile() {
        Path current = vm.targetProperty().get();
        List<FileDialogs.Filter> filters = List.of(
                new FileDialogs.Filter(m.get("export.dialog.format.png"), List.of("*.png")),
                new FileDialogs.Filter(m.get("export.dialog.format.jpeg"), List.of("*.jpg", "*.jpeg")));
        if (vm.formatProperty().get() == ImageFormat.JPEG) {
            filters = filters.reversed();
        }
        if (vm.print().pdfProperty().get()) {
            filters = java.util.stream.Stream.concat(java.util.stream.Stream.of(new FileDialogs.Filter(
                    m.get("export.dialog.format.pdf"), List.of("*.pdf"))), filters.stream()).toList();
        }
        Path folder = current == null ? null : current.toAbsolutePath().getParent();
        String name = current == null || current.getFileName() == null ? vm.suggestedName(vm.formatProperty().get())
                : current.getFileName().toString();
        dialogs.saveFile(stage, m.get("export.dialog.choose"), folder, name, filters).ifPresent(chosen -> {
            boolean pdf = vm.print().offered() && PdfExport.isPdf(chosen);
            vm.print().pdfProperty().set(pdf);
            ImageFormat.fromFileName(chosen).ifPresent(vm.formatProperty()::set);
            file.showEnd(chosen.toString());
        });
    }
}
