// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.batch;

import id.bingkai.core.batch.CsvTemplate;
import id.bingkai.app.common.Controls;
import id.bingkai.app.common.NoticeText;
import id.bingkai.core.batch.PeopleSheet;
import id.bingkai.core.i18n.Messages;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The CSV part of the batch dialog: template, choice, and what the chosen CSV holds for this frame. */
final class SheetPane extends VBox {
    private final BatchViewModel vm;
    private final Messages m;
    private final VBox facts = new VBox(4);
    private final Label template = new Label();
    private final Label problem = new Label();
    private final ColumnsPane columns;

    SheetPane(BatchViewModel vm, Messages m, Runnable chooseSheet, Runnable saveTemplate) {
        super(8);
        this.vm = vm;
        this.m = m;
        this.columns = new ColumnsPane(vm.columnChoices(), vm.frame().fields(), m);
        Button choose = Controls.primary(m.get("batch.ui.sheet.choose"), m.get("batch.ui.sheet.choose.help"),
                chooseSheet);
        choose.setId("batch-choose-csv");
        Button save = Controls.button(m.get("batch.ui.template.save"), m.get("batch.ui.template.save.help"),
                saveTemplate);
        save.setId("batch-template");
        HBox buttons = new HBox(8, choose, save);
        buttons.setAlignment(Pos.CENTER_LEFT);
        template.getStyleClass().add("hint");
        template.setWrapText(true);
        template.setId("batch-template-saved");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.setId("batch-sheet-problem");
        facts.setId("batch-sheet-facts");
        getChildren().addAll(Controls.sectionTitle(m.get("batch.ui.sheet.title")), buttons, template, facts, problem);
        vm.templateSavedProperty().addListener((obs, old, p) -> show(template,
                p == null ? "" : m.get("batch.ui.template.saved", p)));
        vm.sheetProperty().addListener((obs, old, s) -> refresh());
        vm.readingProperty().addListener((obs, old, r) -> refresh());
        vm.sheetProblemProperty().addListener((obs, old, msg) -> show(problem,
                msg == null ? "" : NoticeText.format(m, msg)));
        refresh();
        show(template, "");
        show(problem, "");
    }

    private void refresh() {
        facts.getChildren().clear();
        SheetInfo s = vm.sheetProperty().get();
        if (vm.readingProperty().get()) {
            facts.getChildren().add(Controls.hint(m.get("batch.ui.sheet.reading")));
            return;
        }
        if (s == null) {
            facts.getChildren().add(Controls.hint(m.get("batch.ui.sheet.none", fieldList(), PeopleSheet.PHOTO_COLUMN)));
            return;
        }
        Label name = new Label(m.get("batch.ui.sheet.rows", s.file().getFileName(), s.rows()));
        name.getStyleClass().add("batch-sheet-name");
        name.setId("batch-sheet-name");
        name.setTooltip(new Tooltip(s.file().toAbsolutePath().toString()));
        facts.getChildren().add(name);
        if (s.rows() == 0) {
            facts.getChildren().add(fact("batch-bad", m.get("batch.ui.sheet.no-rows")));
        }
        if (!s.found().isEmpty()) {
            facts.getChildren().add(fact("batch-good", m.get("batch.ui.sheet.found", String.join(", ", s.found()))));
        }
        if (s.encoding().guessed()) {
            Label encoding = fact("batch-warn", m.get("batch.ui.sheet.encoding", s.encoding().label()));
            encoding.setId("batch-sheet-encoding");
            facts.getChildren().add(encoding);
        }
        if (!s.missing().isEmpty()) {
            facts.getChildren().add(fact("batch-warn", m.get("batch.ui.sheet.missing",
                    String.join(", ", s.missing()))));
        }
        if (!vm.frame().fields().isEmpty()) {
            facts.getChildren().add(columns);
        }
        if (!s.extra().isEmpty()) {
            facts.getChildren().add(Controls.hint(m.get("batch.ui.sheet.extra", String.join(", ", s.extra()))));
        }
        if (s.photoProblemCount() > 0) {
            String rows = s.photoProblems().stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + (s.photoProblemCount() > s.photoProblems().size() ? ", …" : "");
            facts.getChildren().add(fact("batch-warn", m.get("batch.ui.sheet.photos", s.photoProblemCount(), rows)));
        }
    }

    private String fieldList() {
        return String.join(", ", CsvTemplate.forFrame(vm.frame(), m).columns());
    }

    /** A line with a mark in front, so that it does not rely on colour alone. */
    private static Label fact(String style, String text) {
        String mark = switch (style) {
            case "batch-good" -> "✓ ";
            case "batch-bad" -> "✕ ";
            default -> "! ";
        };
        Label l = new Label(mark + text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        l.setAccessibleText(text);
        return l;
    }

    private static void show(Label label, String text) {
        label.setText(text);
        label.setVisible(!text.isEmpty());
        label.setManaged(!text.isEmpty());
    }
}
