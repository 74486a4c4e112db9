// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.export;

import id.bingkai.app.common.Controls;
import id.bingkai.app.common.NoticeText;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.io.export.ImageFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Choose where the picture goes (size, format, file) and save it; then open its folder or copy the caption. */
public final class ExportDialog {
    private final ExportViewModel vm;
    private final Messages m;
    private final Stage stage = new Stage();
    private final Consumer<Path> openFolder;
    private final Runnable copyCaption;
    private TextField target;

    public ExportDialog(ExportViewModel vm, Messages m, Window owner, Consumer<Path> openFolder,
            Runnable copyCaption) {
        this.vm = vm;
        this.m = m;
        this.openFolder = openFolder;
        this.copyCaption = copyCaption;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("export.dialog.title"));
        Scene scene = new Scene(build());
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        // JavaFX moves a text field's caret to the start whenever the focus goes elsewhere, which hides the file name
        // at the end of a long path: put it back at the end (after JavaFX has done so).
        scene.focusOwnerProperty().addListener((obs, old, focus) -> {
            if (focus != target) {
                javafx.application.Platform.runLater(() -> {
                    if (!target.isFocused()) {
                        target.end();
                    }
                });
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

    private VBox build() {
        VBox root = new VBox(10);
        root.getStyleClass().add("dialog-body");
        root.setId("export-dialog");
        root.setPrefWidth(840);

        Label title = new Label(m.get("export.dialog.title"));
        title.getStyleClass().add("panel-title");

        // size presets
        ToggleGroup sizes = new ToggleGroup();
        VBox presets = new VBox(2);
        for (SizePreset p : vm.presets()) {
            RadioButton r = new RadioButton(presetLabel(p));
            r.setToggleGroup(sizes);
            r.setUserData(p);
            r.setId("preset-" + p.key().substring(p.key().lastIndexOf('.') + 1));
            Controls.describe(r, r.getText(), null);
            r.setSelected(p.equals(vm.presetProperty().get()));
            presets.getChildren().add(r);
        }
        sizes.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t != null) {
                vm.presetProperty().set((SizePreset) t.getUserData());
            }
        });
        Spinner<Integer> custom = new Spinner<>(ExportViewModel.MIN_WIDTH, ExportViewModel.MAX_WIDTH,
                vm.customWidthProperty().get(), 10);
        custom.setEditable(true);
        custom.setId("custom-width");
        custom.setPrefWidth(130);
        Controls.describe(custom, m.get("export.dialog.custom-width"), m.get("export.dialog.custom-width.help",
                ExportViewModel.MIN_WIDTH, ExportViewModel.MAX_WIDTH));
        custom.valueProperty().addListener((obs, old, v) -> vm.customWidthProperty().set(v));
        custom.disableProperty().bind(vm.presetProperty().isNotEqualTo(SizePreset.CUSTOM));
        Label px = new Label(m.get("export.dialog.px"));
        HBox customRow = new HBox(8, new Label(m.get("export.dialog.custom-width")), custom, px);
        customRow.setAlignment(Pos.CENTER_LEFT);
        customRow.setPadding(new Insets(0, 0, 0, 28));
        Label result = new Label();
        result.getStyleClass().add("hint");
        Runnable updateSize = () -> result.setText(m.get("export.dialog.result-size", vm.widthBinding().get(),
                vm.height()));
        vm.widthBinding().addListener((obs, old, w) -> updateSize.run());
        updateSize.run();

        // format and quality
        ChoiceBox<ImageFormat> format = new ChoiceBox<>();
        format.getItems().setAll(ImageFormat.values());
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ImageFormat f) {
                return f == null ? "" : f == ImageFormat.PNG ? m.get("export.dialog.format.png")
                        : m.get("export.dialog.format.jpeg");
            }

            @Override
            public ImageFormat fromString(String s) {
                return null;
            }
        });
        format.valueProperty().bindBidirectional(vm.formatProperty());
        format.setId("format");
        Controls.describe(format, m.get("export.dialog.format"), m.get("export.dialog.format.help"));
        Slider quality = new Slider(50, 100, vm.qualityProperty().get());
        quality.setId("quality");
        Controls.describe(quality, m.get("export.dialog.quality"), m.get("export.dialog.quality.help"));
        Label qualityValue = new Label();
        quality.valueProperty().addListener((obs, old, v) -> vm.qualityProperty().set(v.intValue()));
        qualityValue.textProperty().bind(vm.qualityProperty().asString());
        HBox qualityRow = new HBox(8, new Label(m.get("export.dialog.quality")), quality, qualityValue);
        qualityRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(quality, Priority.ALWAYS);
        qualityRow.visibleProperty().bind(vm.formatProperty().isEqualTo(ImageFormat.JPEG));
        qualityRow.managedProperty().bind(qualityRow.visibleProperty());
        vm.formatProperty().addListener((obs, old, f) -> javafx.application.Platform.runLater(stage::sizeToScene));
        HBox formatRow = new HBox(8, new Label(m.get("export.dialog.format")), format);
        formatRow.setAlignment(Pos.CENTER_LEFT);

        // target file
        target = new TextField();
        target.setId("export-target");
        Controls.describe(target, m.get("export.dialog.target"), m.get("export.dialog.target.help"));
        showEnd(target, vm.targetProperty().get().toString());
        vm.targetProperty().addListener((obs, old, p) -> {
            if (p != null && !p.toString().equals(target.getText())) {
                showEnd(target, p.toString());
            }
        });
        target.textProperty().addListener((obs, old, t) -> {
            try {
                vm.targetProperty().set(t.isBlank() ? null : Path.of(t.strip()));
            } catch (java.nio.file.InvalidPathException e) {
                vm.targetProperty().set(null);
            }
        });
        HBox.setHgrow(target, Priority.ALWAYS);
        Button choose = Controls.button(m.get("export.dialog.choose"), m.get("export.dialog.choose.help"),
                this::chooseFile);
        HBox targetRow = new HBox(8, target, choose);

        // progress, result and actions
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(28, 28);
        progress.visibleProperty().bind(vm.busyProperty());
        progress.setAccessibleText(m.get("export.dialog.saving"));
        Label state = new Label();
        state.setWrapText(true);
        state.setId("export-state");
        Button openFolderButton = Controls.button(m.get("export.dialog.open-folder"),
                m.get("export.dialog.open-folder.help"), () -> openFolder.accept(vm.savedProperty().get()));
        openFolderButton.setId("open-folder");
        Button caption = Controls.button(m.get("editor.action.copy-caption"),
                m.get("editor.action.copy-caption.help"), copyCaption);
        HBox after = new HBox(8, openFolderButton, caption);
        // Always laid out (disabled until saved) so the dialog never changes size under the user's hand.
        after.disableProperty().bind(vm.savedProperty().isNull());
        state.setMinHeight(40);

        Button save = Controls.primary(m.get("export.dialog.save"), m.get("export.dialog.save.help"),
                () -> vm.export(false));
        save.setId("export-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.busyProperty().or(vm.targetProperty().isNull())
                .or(vm.blockedProperty())); // while checking Save stays on: export checks again itself
        Button close = Controls.button(m.get("export.dialog.close"), null, stage::close);
        close.setCancelButton(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, progress, spacer, close, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        vm.busyProperty().addListener((obs, old, busy) -> {
            if (busy) {
                state.getStyleClass().setAll("label", "hint");
                state.setText(m.get("export.dialog.saving"));
            }
        });
        vm.savedProperty().addListener((obs, old, p) -> {
            if (p != null) {
                state.getStyleClass().setAll("label", "export-saved");
                state.setText(m.get("export.dialog.saved", p));
            }
        });
        String saveOff = m.get("guideline.ui.export.save-off");
        Runnable explainSaveOff = () -> {
            if (vm.blockedProperty().get()) {
                state.getStyleClass().setAll("label", "error-text");
                state.setText(saveOff);
            } else if (saveOff.equals(state.getText())) {
                state.setText("");
            }
        };
        vm.blockedProperty().addListener((obs, old, b) -> explainSaveOff.run());
        explainSaveOff.run();
        vm.problemProperty().addListener((obs, old, msg) -> {
            if (msg == null) {
                return;
            }
            if (msg.key().equals("export.dialog.error.exists") && confirmOverwrite()) {
                vm.export(true);
                return;
            }
            state.getStyleClass().setAll("label", "error-text");
            state.setText(NoticeText.format(m, msg));
        });

        VBox settings = new VBox(10, Controls.sectionTitle(m.get("export.dialog.size")), presets, customRow, result,
                Controls.sectionTitle(m.get("export.dialog.file")), formatRow, qualityRow, targetRow);
        settings.setPrefWidth(484);
        HBox.setHgrow(settings, Priority.ALWAYS);
        HBox columns = new HBox(20, settings, guidelineColumn());
        root.getChildren().addAll(title, columns, state, after, buttons);
        return root;
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

    /** A long path shows its end, the file name, rather than the start of the folder. */
    private static void showEnd(TextField field, String text) {
        field.setText(text);
        field.positionCaret(text.length());
    }

    private String presetLabel(SizePreset p) {
        if (p.custom()) {
            return m.get(p.key());
        }
        int h = vm.document().frame().canvas().heightFor(p.width());
        return m.get(p.key()) + "  ·  " + m.get("export.dialog.size-px", p.width(), h);
    }

    private boolean confirmOverwrite() {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION, m.get("export.dialog.overwrite",
                        vm.targetProperty().get()), ButtonType.YES, ButtonType.NO);
        alert.initOwner(stage);
        alert.setHeaderText(null);
        alert.setTitle(m.get("export.dialog.title"));
        return alert.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("export.dialog.choose"));
        Path current = vm.targetProperty().get();
        if (current != null && current.getParent() != null) {
            File dir = current.getParent().toFile();
            if (dir.isDirectory()) {
                chooser.setInitialDirectory(dir);
            }
            chooser.setInitialFileName(current.getFileName().toString());
        }
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(m.get("export.dialog.format.png"), "*.png"),
                new FileChooser.ExtensionFilter(m.get("export.dialog.format.jpeg"), "*.jpg", "*.jpeg"));
        if (vm.formatProperty().get() == ImageFormat.JPEG) {
            chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(1));
        }
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            ImageFormat.fromFileName(file.toPath()).ifPresent(vm.formatProperty()::set);
            showEnd(target, file.getPath());
        }
    }
}
