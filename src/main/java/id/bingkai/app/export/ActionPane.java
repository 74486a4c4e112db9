// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.export;

import id.bingkai.app.common.Controls;
import id.bingkai.app.common.NoticeText;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.i18n.Msg;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What happens: the state line (saving, saved, why not), one progress bar, "open folder" and "copy caption" once
 * saved, and Close / Save. A file that exists is replaced only after {@code confirmReplace} says yes.
 */
final class ActionPane extends VBox {
    private final ExportViewModel vm;
    private final Messages m;
    private final Label state = new Label();

    ActionPane(ExportViewModel vm, Messages m, Runnable close, Consumer<Path> openFolder, Runnable copyCaption,
            Predicate<Msg> confirmReplace, PrintAction print) {
        super(10);
        this.vm = vm;
        this.m = m;
        state.setWrapText(true);
        state.setId("export-state");
        state.setMinHeight(40);
        Button openFolderButton = Controls.button(m.get("export.dialog.open-folder"),
                m.get("export.dialog.open-folder.help"), () -> openFolder.accept(vm.savedProperty().get()));
        openFolderButton.setId("open-folder");
        Button caption = Controls.button(m.get("editor.action.copy-caption"),
                m.get("editor.action.copy-caption.help"), copyCaption);
        // Always laid out (disabled until saved) so the dialog never changes size under the user's hand.
        openFolderButton.disableProperty().bind(vm.savedProperty().isNull());
        caption.disableProperty().bind(vm.savedProperty().isNull());

        ProgressBar progress = new ProgressBar();
        progress.setId("export-progress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.setAccessibleText(m.get("export.dialog.saving"));
        Button save = Controls.primary(m.get("export.dialog.save"), m.get("export.dialog.save.help"),
                () -> vm.export(false));
        save.setId("export-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.busyProperty().or(vm.targetProperty().isNull())
                .or(vm.blockedProperty())); // while checking Save stays on: export checks again itself
        Button closeButton = Controls.button(m.get("export.dialog.close"), null, close);
        closeButton.setId("export-close");
        closeButton.setCancelButton(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, progress, openFolderButton, caption, spacer, closeButton, save);
        if (print != null && vm.print().offered()) {
            buttons.getChildren().add(buttons.getChildren().size() - 1, printButton(print));
        }
        buttons.setAlignment(Pos.CENTER_RIGHT);

        vm.busyProperty().addListener((obs, old, busy) -> {
            if (busy) {
                show("hint", m.get("export.dialog.saving"));
            }
        });
        vm.writtenProperty().addListener((obs, old, files) -> {
            if (files.size() > 1) {
                show("export-saved", m.get("export.dialog.saved-set", files.size(), files.getFirst().getParent()));
            } else if (files.size() == 1) {
                show("export-saved", m.get("export.dialog.saved", files.getFirst()));
            }
        });
        vm.blockedProperty().addListener((obs, old, b) -> explainSaveOff());
        explainSaveOff();
        vm.problemProperty().addListener((obs, old, msg) -> {
            if (msg == null) {
                return;
            }
            if (ExportProblems.asksToReplace(msg) && confirmReplace.test(msg)) {
                vm.export(true);
                return;
            }
            show("error-text", NoticeText.format(m, msg));
        });
        getChildren().addAll(state, buttons);
    }

    /** "Cetak…" beside Save: the same page as the PDF, through Bingkai's print dialog. */
    private Button printButton(PrintAction print) {
        Button button = Controls.button(m.get("print.action"), m.get("print.action.help"), () -> {
            show("hint", m.get("print.preparing"));
            print.print(vm.document(), vm.pdfOptions(false), p -> PrintDialog.ask(getScene().getWindow(), m, p),
                    this::printed);
        });
        button.setId("export-print");
        button.disableProperty().bind(print.busyProperty().or(vm.busyProperty()).or(vm.blockedProperty()));
        return button;
    }

    private void printed(Msg outcome) {
        boolean fine = outcome.key().equals("print.sent") || outcome.key().equals("print.cancelled");
        show(fine ? "export-saved" : "error-text", NoticeText.format(m, outcome));
    }

    private void explainSaveOff() {
        String saveOff = m.get("guideline.ui.export.save-off");
        if (vm.blockedProperty().get()) {
            show("error-text", saveOff);
        } else if (saveOff.equals(state.getText())) {
            state.setText("");
        }
    }

    private void show(String style, String text) {
        state.getStyleClass().setAll("label", style);
        state.setText(text);
    }
}
