// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.batch;

import id.bingkai.app.common.Controls;
import id.bingkai.app.common.NoticeText;
import id.bingkai.app.export.SizePreset;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.io.export.ImageFormat;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Where the images go and how: folder, file names (with an example), format, size, and skipping finished ones. */
final class OutputPane extends VBox {
    private final BatchViewModel vm;
    private final Messages m;

    OutputPane(BatchViewModel vm, Messages m, Runnable chooseFolder) {
        super(8);
        this.vm = vm;
        this.m = m;
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.LEFT);
        labels.setMinWidth(USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields, new ColumnConstraints());

        Label folder = new Label();
        folder.setId("batch-out");
        folder.getStyleClass().add("batch-path");
        folder.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS); // a long path shows its end, the folder's own name
        folder.setMaxWidth(Double.MAX_VALUE);
        folder.setMinWidth(120);
        Controls.describe(folder, m.get("batch.ui.out.folder"), m.get("batch.ui.out.folder.help"));
        folder.textProperty().bind(Bindings.createStringBinding(() -> vm.outDirProperty().get() == null ? ""
                : vm.outDirProperty().get().toString(), vm.outDirProperty()));
        Tooltip path = new Tooltip();
        path.textProperty().bind(folder.textProperty());
        folder.setTooltip(path);
        Button choose = Controls.button(m.get("batch.ui.out.choose"), m.get("batch.ui.out.choose.help"),
                chooseFolder);
        choose.setId("batch-choose-out");
        grid.addRow(0, new Label(m.get("batch.ui.out.folder")), folder, choose);

        TextField pattern = new TextField();
        pattern.setId("batch-pattern");
        pattern.textProperty().bindBidirectional(vm.patternProperty());
        Controls.describe(pattern, m.get("batch.ui.pattern"), m.get("batch.ui.pattern.help"));
        grid.addRow(1, new Label(m.get("batch.ui.pattern")), pattern);
        GridPane.setColumnSpan(pattern, 2);
        Label example = new Label();
        example.setId("batch-example");
        example.getStyleClass().add("hint");
        example.setWrapText(true);
        Runnable showExample = () -> {
            var problem = vm.patternProblemProperty().get();
            String name = vm.exampleProperty().get();
            example.getStyleClass().setAll("label", problem != null ? "error-text" : "hint");
            example.setText(problem != null ? NoticeText.sentence(m, problem)
                    : name.isEmpty() ? m.get("batch.ui.pattern.help") : m.get("batch.ui.pattern.example", name));
        };
        vm.exampleProperty().addListener((obs, old, e) -> showExample.run());
        vm.patternProblemProperty().addListener((obs, old, e) -> showExample.run());
        showExample.run();
        grid.add(example, 1, 2, 2, 1);

        ChoiceBox<ImageFormat> format = choice(ImageFormat.values(), f -> m.get(f == ImageFormat.PNG
                ? "export.dialog.format.png" : "export.dialog.format.jpeg"));
        format.valueProperty().bindBidirectional(vm.formatProperty());
        format.setId("batch-format");
        Controls.describe(format, m.get("export.dialog.format"), m.get("export.dialog.format.help"));
        ChoiceBox<SizePreset> size = choice(vm.sizes().toArray(SizePreset[]::new), this::sizeLabel);
        size.valueProperty().bindBidirectional(vm.sizeProperty());
        size.setId("batch-size");
        Controls.describe(size, m.get("batch.ui.size"), m.get("batch.ui.size.help"));
        HBox formatAndSize = new HBox(10, format, new Label(m.get("batch.ui.size")), size);
        formatAndSize.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(3, new Label(m.get("export.dialog.format")), formatAndSize);
        GridPane.setColumnSpan(formatAndSize, 2);

        CheckBox resume = new CheckBox(m.get("batch.ui.resume"));
        resume.setId("batch-resume");
        resume.selectedProperty().bindBidirectional(vm.resumeProperty());
        Controls.describe(resume, m.get("batch.ui.resume"), m.get("batch.ui.resume.help"));
        Label resumeHint = Controls.hint(m.get("batch.ui.resume.help"));
        resumeHint.setPadding(new Insets(-10, 0, 0, 28));
        getChildren().addAll(Controls.sectionTitle(m.get("batch.ui.out.title")), grid, resume, resumeHint);
    }

    private String sizeLabel(SizePreset p) {
        int h = vm.frame().canvas().heightFor(p.width());
        return m.get(p.key()) + "  ·  " + m.get("export.dialog.size-px", p.width(), h);
    }

    private static <T> ChoiceBox<T> choice(T[] values, Function<T, String> label) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return box;
    }
}
