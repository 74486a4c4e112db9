// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.export;

import id.bingkai.app.common.Controls;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.io.export.ExportSet;
import id.bingkai.core.io.export.ImageFormat;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The file: format, JPEG quality, where it goes, and for "Semua ukuran" the names of the set's files. */
final class FilePane extends VBox {
    /** The print PDF among the image formats of the format choice. */
    private enum Pdf {
        PDF
    }

    private final TextField target = new TextField();

    FilePane(ExportViewModel vm, Messages m, Runnable choose) {
        super(10);
        // PNG and JPEG, and for a frame with a physical size the print PDF too.
        ChoiceBox<Object> format = new ChoiceBox<>();
        format.getItems().setAll((Object[]) ImageFormat.values());
        PrintChoices print = vm.print();
        if (print.offered()) {
            format.getItems().add(Pdf.PDF);
        }
        format.setConverter(Controls.shownAs(f -> f == ImageFormat.PNG ? m.get("export.dialog.format.png")
                : f == ImageFormat.JPEG ? m.get("export.dialog.format.jpeg") : m.get("export.dialog.format.pdf")));
        format.setValue(vm.formatProperty().get());
        format.valueProperty().addListener((obs, old, f) -> {
            print.pdfProperty().set(f == Pdf.PDF);
            if (f instanceof ImageFormat image) {
                vm.formatProperty().set(image);
            }
        });
        vm.formatProperty().addListener((obs, old, f) -> format.setValue(print.pdfProperty().get() ? Pdf.PDF : f));
        print.pdfProperty().addListener((obs, old, pdf) -> format.setValue(pdf ? Pdf.PDF : vm.formatProperty().get()));
        format.setId("format");
        Controls.describe(format, m.get("export.dialog.format"), m.get("export.dialog.format.help"));

        Slider quality = new Slider(50, 100, vm.qualityProperty().get());
        quality.setId("quality");
        Controls.describe(quality, m.get("export.dialog.quality"), m.get("export.dialog.quality.help"));
        quality.valueProperty().addListener((obs, old, v) -> vm.qualityProperty().set(v.intValue()));
        Label qualityValue = new Label();
        qualityValue.textProperty().bind(vm.qualityProperty().asString());
        qualityValue.setMinWidth(28);
        quality.setMinWidth(80);
        HBox qualityRow = new HBox(8, whole(new Label(m.get("export.dialog.quality"))), quality, qualityValue);
        qualityRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(quality, Priority.ALWAYS);
        HBox.setHgrow(qualityRow, Priority.ALWAYS);
        qualityRow.visibleProperty().bind(vm.formatProperty().isEqualTo(ImageFormat.JPEG)
                .and(print.pdfProperty().not()));
        CheckBox cropMarks = new CheckBox(m.get("export.dialog.crop-marks"));
        cropMarks.setId("crop-marks");
        Controls.describe(cropMarks, cropMarks.getText(), m.get("export.dialog.crop-marks.help"));
        cropMarks.selectedProperty().bindBidirectional(print.cropMarksProperty());
        cropMarks.visibleProperty().bind(print.pdfProperty());
        StackPane options = new StackPane(qualityRow, cropMarks);
        StackPane.setAlignment(cropMarks, Pos.CENTER_LEFT);
        HBox.setHgrow(options, Priority.ALWAYS);
        // Beside the format rather than below it, so that choosing JPEG or PDF does not make the dialog taller.
        HBox formatRow = new HBox(8, whole(new Label(m.get("export.dialog.format"))), format, options);
        formatRow.setAlignment(Pos.CENTER_LEFT);

        target.setId("export-target");
        Controls.describe(target, m.get("export.dialog.target"), m.get("export.dialog.target.help"));
        showEnd(vm.targetProperty().get().toString());
        vm.targetProperty().addListener((obs, old, p) -> {
            if (p != null && !p.toString().equals(target.getText())) {
                showEnd(p.toString());
            }
        });
        target.textProperty().addListener((obs, old, t) -> {
            try {
                vm.targetProperty().set(t.isBlank() ? null : Path.of(t.strip()));
            } catch (InvalidPathException e) {
                vm.targetProperty().set(null);
            }
        });
        HBox.setHgrow(target, Priority.ALWAYS);
        Button chooseButton = Controls.button(m.get("export.dialog.choose"), m.get("export.dialog.choose.help"),
                choose);
        chooseButton.setId("export-choose");
        HBox targetRow = new HBox(8, target, chooseButton);

        Label setFiles = Controls.hint("");
        setFiles.setId("export-set-files");
        setFiles.setWrapText(true);
        Runnable listSet = () -> setFiles.setText(vm.plannedSet().map(s -> m.get("export.dialog.set-files",
                s.folder(), names(s))).orElse(""));
        vm.targetProperty().addListener((obs, old, p) -> listSet.run());
        vm.presetProperty().addListener((obs, old, p) -> listSet.run());
        vm.formatProperty().addListener((obs, old, p) -> listSet.run());
        listSet.run();
        // Room for three lines always, so that choosing "Semua ukuran" never pushes Save off a laptop screen.
        setFiles.setMinHeight(54);
        setFiles.setPrefHeight(54);
        setFiles.setMaxHeight(54);
        setFiles.setAlignment(Pos.TOP_LEFT);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(setFiles.textProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(600);
        setFiles.setTooltip(whole);

        getChildren().addAll(Controls.sectionTitle(m.get("export.dialog.file")), formatRow, targetRow,
                setFiles);
    }

    /** The first name in full, the others by what tells them apart: "a-1-whatsapp-640.jpg, …-2-instagram-1080.jpg". */
    private static String names(ExportSet set) {
        String first = set.files().getFirst().path().getFileName().toString();
        String base = first.substring(0, first.length() - (set.files().getFirst().preset().id().length()
                + String.valueOf(set.files().getFirst().width()).length() + set.format().extension().length() + 5));
        return set.files().stream().map(f -> f.path().getFileName().toString())
                .map(n -> n.equals(first) ? n : "…" + n.substring(base.length()))
                .collect(Collectors.joining(", "));
    }

    private static Label whole(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    TextField target() {
        return target;
    }

    /** A long path shows its end, the file name, rather than the start of the folder. */
    void showEnd(String text) {
        target.setText(text);
        target.positionCaret(text.length());
    }

    /** JavaFX moves a field's caret to the start when the focus leaves it; put it back at the end, after JavaFX. */
    void keepEndInView() {
        Platform.runLater(() -> {
            if (!target.isFocused()) {
                target.end();
            }
        });
    }
}
