// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.export;

import id.bingkai.app.common.NoticeText;
import id.bingkai.app.guideline.SeverityIcon;
import id.bingkai.core.guideline.Finding;
import id.bingkai.core.guideline.GuidelineReport;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.Severity;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The guideline in the export dialog: what blocks the export (and that Save stays off until it is fixed in the
 * editor) and the warnings that go along with it. Notes are left to the editor's list.
 */
final class ExportFindings extends VBox {
    private final ExportViewModel vm;
    private final Messages m;

    ExportFindings(ExportViewModel vm, Messages m) {
        super(6);
        this.vm = vm;
        this.m = m;
        setId("export-findings");
        vm.reportProperty().addListener((obs, old, r) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        GuidelineReport report = vm.reportProperty().get();
        if (report == null) {
            getChildren().add(hint(m.get("guideline.ui.export.checking")));
            return;
        }
        if (report.blocksExport()) {
            Label why = new Label(m.get("guideline.ui.export.blocked", report.blocking().size()));
            why.getStyleClass().addAll("error-text", "export-blocked");
            why.setId("export-blocked");
            why.setWrapText(true);
            why.setMinHeight(Region.USE_PREF_SIZE);
            getChildren().add(why);
        }
        int shown = 0;
        for (Finding f : report.findings()) {
            if (f.severity() != Severity.INFO) {
                getChildren().add(row(f));
                shown++;
            }
        }
        if (shown == 0) {
            getChildren().add(hint(m.get("guideline.ui.export.clean")));
        } else if (!report.blocksExport()) {
            getChildren().add(hint(m.get("guideline.ui.export.warnings-only")));
        }
    }

    private HBox row(Finding f) {
        Label message = new Label(NoticeText.sentence(m, f.message()));
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add("finding-message");
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox row = new HBox(8, SeverityIcon.of(f.severity()), message);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().addAll("export-finding", "finding-" + f.severity().id());
        row.setFocusTraversable(false);
        message.setAccessibleText(m.get(f.severity().labelKey()) + ": " + message.getText());
        return row;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
