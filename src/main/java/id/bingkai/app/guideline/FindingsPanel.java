// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.guideline;

import id.bingkai.app.common.Controls;
import id.bingkai.app.common.NoticeText;
import id.bingkai.core.guideline.Finding;
import id.bingkai.core.guideline.GuidelineReport;
import id.bingkai.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The live findings list: a sign per severity, the rule's name and the message in the user's language. A row
 * is chosen with a click, a tap or the keyboard (Tab or arrow keys to move, Enter or Space to choose, Escape to
 * clear), and its region is highlighted on the canvas.
 */
public final class FindingsPanel extends VBox {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final GuidelineViewModel vm;
    private final Messages m;
    private final Label summary = new Label();
    private final VBox rows = new VBox(4);
    private final List<Row> current = new ArrayList<>();

    private record Row(Finding finding, HBox node) {
    }

    public FindingsPanel(GuidelineViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        setSpacing(6);
        getStyleClass().add("findings");
        setId("findings");
        summary.getStyleClass().add("findings-summary");
        summary.setWrapText(true);
        summary.setId("findings-summary");
        rows.setId("findings-list");
        getChildren().addAll(Controls.sectionTitle(m.get("guideline.ui.findings.title")), summary, rows);
        vm.reportProperty().addListener((obs, old, r) -> rebuild());
        vm.needsPhotoProperty().addListener((obs, old, r) -> rebuild());
        vm.checkingProperty().addListener((obs, old, r) -> updateSummary());
        vm.selectedProperty().addListener((obs, old, f) -> updateSelection());
        rebuild();
    }

    private void rebuild() {
        Finding focused = current.stream().filter(r -> r.node().isFocused()).map(Row::finding).findFirst()
                .orElse(null);
        current.clear();
        rows.getChildren().clear();
        GuidelineReport report = vm.reportProperty().get();
        if (report != null && !vm.needsPhotoProperty().get()) {
            for (Finding f : report.findings()) {
                Row row = new Row(f, row(f));
                current.add(row);
                rows.getChildren().add(row.node());
                if (focused != null && f.rule() == focused.rule() && f.layerId().equals(focused.layerId())) {
                    row.node().requestFocus();
                }
            }
        }
        updateSummary();
        updateSelection();
    }

    private void updateSummary() {
        GuidelineReport report = vm.reportProperty().get();
        String text;
        String style;
        if (vm.needsPhotoProperty().get()) {
            text = m.get("guideline.ui.findings.needs-photo");
            style = "hint";
        } else if (report == null) {
            text = m.get("guideline.ui.findings.checking");
            style = "hint";
        } else if (report.clean()) {
            text = m.get("guideline.ui.findings.clean");
            style = "findings-clean";
        } else {
            int blocking = report.blocking().size();
            text = blocking > 0 ? m.get("guideline.ui.findings.blocking", report.findings().size(), blocking)
                    : m.get("guideline.ui.findings.count", report.findings().size());
            style = blocking > 0 ? "findings-blocked" : "findings-advice";
        }
        summary.setText(text);
        summary.getStyleClass().setAll("label", "findings-summary", style);
        // While the next check runs the list stays as it was; screen readers hear the summary only.
        summary.setOpacity(vm.checkingProperty().get() && report != null ? 0.7 : 1);
    }

    private HBox row(Finding f) {
        Label rule = new Label(m.get(f.rule().nameKey()) + "  ·  " + m.get(f.severity().labelKey()));
        rule.getStyleClass().add("finding-rule");
        rule.setWrapText(true);
        rule.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label message = new Label(NoticeText.sentence(m, f.message()));
        message.getStyleClass().add("finding-message");
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox text = new VBox(2, rule, message);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(10, SeverityIcon.of(f.severity()), text);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().addAll("finding", "finding-" + f.severity().id());
        row.setFocusTraversable(true);
        row.setAccessibleRole(AccessibleRole.TOGGLE_BUTTON);
        row.setAccessibleText(m.get(f.severity().labelKey()) + ": " + message.getText());
        row.setAccessibleHelp(m.get("guideline.ui.findings.help"));
        row.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            row.requestFocus();
            toggle(f);
        });
        row.addEventHandler(KeyEvent.KEY_PRESSED, e -> onKey(e, f));
        return row;
    }

    private void onKey(KeyEvent e, Finding f) {
        int index = indexOf(f);
        switch (e.getCode()) {
            case ENTER, SPACE -> toggle(f);
            case ESCAPE -> vm.select(null);
            case UP -> focusRow(index - 1);
            case DOWN -> focusRow(index + 1);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void toggle(Finding f) {
        vm.select(vm.selectedProperty().get() == f ? null : f);
    }

    private int indexOf(Finding f) {
        for (int i = 0; i < current.size(); i++) {
            if (current.get(i).finding() == f) {
                return i;
            }
        }
        return -1;
    }

    private void focusRow(int index) {
        if (index >= 0 && index < current.size()) {
            current.get(index).node().requestFocus();
        }
    }

    private void updateSelection() {
        Finding selected = vm.selectedProperty().get();
        for (Row r : current) {
            r.node().pseudoClassStateChanged(SELECTED, r.finding() == selected);
        }
    }
}
