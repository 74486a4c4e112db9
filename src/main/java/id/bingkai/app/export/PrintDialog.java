// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.export;

import id.bingkai.app.common.Controls;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.io.export.pdf.PdfOptions;
import id.bingkai.core.model.PrintSize;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Bingkai's own print dialog, in the user's language (the JDK's is English only): the printer, the number of copies,
 * crop marks, and the page size the printer is asked for. Modal; shown on the FX thread.
 */
public final class PrintDialog {
    private PrintDialog() {
    }

    /** Asks; empty when the user cancelled. */
    public static Optional<PrintRequest> ask(Window owner, Messages m, PrintPrompt prompt) {
        Dialog<PrintRequest> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("print.dialog.title"));
        dialog.setHeaderText(null);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.getDialogPane().setId("print-dialog");

        ComboBox<PrintPrompt.Printer> printer = new ComboBox<>();
        printer.getItems().setAll(prompt.printers());
        printer.getSelectionModel().select(prompt.preselected());
        printer.setConverter(Controls.shownAs(p -> printerName(m, p)));
        printer.setId("print-printer");
        printer.setMaxWidth(Double.MAX_VALUE);
        Controls.describe(printer, m.get("print.dialog.printer"), null);
        Label paused = new Label(m.get("print.dialog.printer.paused"));
        paused.setId("print-printer-paused");
        paused.getStyleClass().add("warning-text");
        paused.setWrapText(true);
        paused.setPrefWidth(460);
        paused.setMinHeight(Region.USE_PREF_SIZE);
        // Its place is kept while hidden, so the dialog never changes size under the user's hand.
        paused.visibleProperty().bind(printer.valueProperty().map(p -> !p.accepting()).orElse(false));

        Spinner<Integer> copies = new Spinner<>(1, PrintRequest.MAX_COPIES, 1);
        copies.setEditable(true);
        copies.setId("print-copies");
        copies.setPrefWidth(110);
        Controls.describe(copies, m.get("print.dialog.copies"), null);

        ComboBox<PrintPaper> paper = new ComboBox<>();
        paper.getItems().setAll(PrintPaper.values());
        paper.setValue(PrintPaper.A4);
        paper.setConverter(Controls.shownAs(p -> m.get(p.labelKey())));
        paper.setId("print-paper");
        paper.setMaxWidth(Double.MAX_VALUE);
        Controls.describe(paper, m.get("print.dialog.paper"), null);

        CheckBox marks = new CheckBox(m.get("print.dialog.crop-marks"));
        marks.setSelected(prompt.cropMarks());
        marks.setId("print-crop-marks");
        Label page = new Label();
        page.setId("print-page");
        page.setWrapText(true);
        page.setPrefWidth(460);
        page.setMinHeight(Region.USE_PREF_SIZE);
        page.textProperty().bind(Bindings.createStringBinding(
                () -> pageText(m, prompt.size(), marks.isSelected(), paper.getValue()), marks.selectedProperty(),
                paper.valueProperty()));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, fieldName(m.get("print.dialog.printer")), printer);
        grid.add(paused, 1, 1);
        grid.addRow(2, fieldName(m.get("print.dialog.copies")), copies);
        grid.addRow(3, fieldName(m.get("print.dialog.paper")), paper);
        grid.add(marks, 1, 4);
        grid.add(page, 0, 5, 2, 1);
        grid.getStyleClass().add("dialog-body");
        dialog.getDialogPane().setContent(grid);

        ButtonType ok = new ButtonType(m.get("print.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("app.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).setId("print-ok");
        dialog.getDialogPane().lookupButton(ok).getStyleClass().add("primary");
        dialog.getDialogPane().lookupButton(cancel).setId("print-cancel");
        dialog.setResultConverter(button -> {
            if (button != ok) {
                return null;
            }
            copies.commitValue(); // a number typed without Enter still counts
            return new PrintRequest(printer.getSelectionModel().getSelectedIndex(), copies.getValue(),
                    marks.isSelected(), paper.getValue());
        });
        return dialog.showAndWait();
    }

    private static Label fieldName(String text) {
        Label name = new Label(text);
        name.setMinWidth(Region.USE_PREF_SIZE);
        return name;
    }

    /** The PDF page (trim with bleed, and the crop-mark margin when marks are on), and how it goes on the paper. */
    static String pageText(Messages m, PrintSize size, boolean marks, PrintPaper paper) {
        double margin = marks ? 2 * PdfOptions.MARK_MARGIN_MM : 0;
        double w = size.pageWidthMm() + margin;
        double h = size.pageHeightMm() + margin;
        String page = m.get(marks ? "print.dialog.page.marks" : "print.dialog.page", w, h, size.trimWidthMm(),
                size.trimHeightMm(), size.bleedMm(), PdfOptions.MARK_MARGIN_MM);
        double scale = paper.scale(w, h);
        String onPaper = paper == PrintPaper.PAGE ? m.get("print.dialog.on-page")
                : scale < 1 ? m.get("print.dialog.shrunk", Math.floor(scale * 100))
                : m.get("print.dialog.true-size");
        return page + " " + onPaper;
    }

    /** A printer as the list shows it: its queue name, what the system says of it, and whether it is the default. */
    static String printerName(Messages m, PrintPrompt.Printer printer) {
        String name = printer.description().isEmpty() ? printer.name()
                : printer.name() + " — " + printer.description();
        return printer.systemDefault() ? m.get("print.dialog.printer.default", name) : name;
    }
}
