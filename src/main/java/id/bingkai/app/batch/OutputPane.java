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
    /** The print PDF among the image formats of the format choice. */
    private static final Object PDF = new Object();

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

        PdfBatch pdf = vm.pdf();
        Object[] kinds = pdf.offered() ? new Object[] {ImageFormat.JPEG, ImageFormat.PNG, PDF}
                : new Object[] {ImageFormat.JPEG, ImageFormat.PNG};
        ChoiceBox<Object> format = choice(kinds, f -> m.get(f == ImageFormat.PNG ? "export.dialog.format.png"
                : f == ImageFormat.JPEG ? "export.dialog.format.jpeg" : "export.dialog.format.pdf"));
        format.setValue(vm.formatProperty().get());
        format.valueProperty().addListener((obs, old, f) -> {
            pdf.pdfProperty().set(f == PDF);
            if (f instanceof ImageFormat image) {
                vm.formatProperty().set(image);
            }
        });
        vm.formatProperty().addListener((obs, old, f) -> format.setValue(pdf.pdfProperty().get() ? PDF : f));
        format.setId("batch-format");
        Controls.describe(format, m.get("export.dialog.format"), m.get("export.dialog.format.help"));
        ChoiceBox<SizePreset> size = choice(vm.sizes().toArray(SizePreset[]::new), this::sizeLabel);
        size.valueProperty().bindBidirectional(vm.sizeProperty());
        size.setId("batch-size");
        size.disableProperty().bind(pdf.pdfProperty()); // a PDF has its physical size
        Controls.describe(size, m.get("batch.ui.size"), m.get("batch.ui.size.help"));
        HBox formatAndSize = new HBox(10, format, new Label(m.get("batch.ui.size")), size);
        formatAndSize.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(3, new Label(m.get("export.dialog.format")), formatAndSize);
        GridPane.setColumnSpan(formatAndSize, 2);

        CheckBox single = new CheckBox(m.get("batch.ui.single-pdf"));
        single.setId("batch-single-pdf");
        single.selectedProperty().bindBidirectional(pdf.singleProperty());
        Label singleFile = Controls.hint("");
        singleFile.textProperty().bind(Bindings.createStringBinding(() -> vm.outDirProperty().get() == null ? ""
                : m.get("batch.ui.single-pdf.file", PdfBatch.singleFile(vm.outDirProperty().get()).getFileName()),
                vm.outDirProperty()));
        Controls.describe(single, single.getText(), m.get("batch.ui.single-pdf.help"));
        HBox singleRow = new HBox(10, single, singleFile);
        singleRow.setAlignment(Pos.CENTER_LEFT);
        singleRow.visibleProperty().bind(pdf.pdfProperty());
        singleRow.managedProperty().bind(pdf.pdfProperty());
        grid.addRow(4, new Label(""), singleRow);
        GridPane.setColumnSpan(singleRow, 2);

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
