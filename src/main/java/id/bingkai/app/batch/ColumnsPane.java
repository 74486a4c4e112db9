// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.batch;

import id.bingkai.app.common.Controls;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.TextField;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * One drop-down per frame field: which CSV column fills it, or "keep the frame's text". Fields the CSV names
 * itself are chosen already; an obvious other column is proposed in words and taken only with "Use the proposal".
 */
final class ColumnsPane extends VBox {
    private final ColumnChoices choices;
    private final Messages m;
    private final Label proposals = new Label();
    private final Button accept;
    private final ObservableList<String> items = FXCollections.observableArrayList();

    ColumnsPane(ColumnChoices choices, Iterable<TextField> fields, Messages m) {
        super(6);
        this.choices = choices;
        this.m = m;
        setId("batch-columns");
        GridPane grid = new GridPane(10, 4);
        int row = 0;
        for (TextField field : fields) {
            Label label = new Label(m.get("batch.ui.columns.field", field.label().get(m.locale()), field.key()));
            ComboBox<String> box = new ComboBox<>(items);
            box.setId("batch-column-" + field.key());
            box.setPromptText(m.get("batch.ui.columns.prompt"));
            box.setConverter(converter());
            box.valueProperty().bindBidirectional(choices.choice(field.key()));
            Controls.describe(box, label.getText(), m.get("batch.ui.columns.help"));
            label.setLabelFor(box);
            grid.addRow(row++, label, box);
        }
        proposals.setWrapText(true);
        proposals.setId("batch-column-proposals");
        accept = Controls.button(m.get("batch.ui.columns.accept"), m.get("batch.ui.columns.accept.help"),
                choices::acceptProposals);
        accept.setId("batch-accept-proposals");
        HBox proposalRow = new HBox(8, proposals, accept);
        proposalRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(Controls.hint(m.get("batch.ui.columns.intro")), grid, proposalRow);
        choices.columns().addListener((ListChangeListener<String>) c -> refreshItems());
        choices.proposals().addListener((MapChangeListener<String, String>) c -> refreshProposals());
        refreshItems();
        refreshProposals();
    }

    private void refreshItems() {
        java.util.List<String> all = new java.util.ArrayList<>();
        all.add(ColumnChoices.KEEP);
        all.addAll(choices.columns());
        items.setAll(all);
    }

    private void refreshProposals() {
        String text = choices.proposals().entrySet().stream()
                .map(e -> m.get("batch.ui.columns.proposal", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
        proposals.setText(text.isEmpty() ? "" : "! " + m.get("batch.ui.columns.proposals", text));
        boolean any = !text.isEmpty();
        proposals.setVisible(any);
        proposals.setManaged(any);
        accept.setVisible(any);
        accept.setManaged(any);
    }

    private StringConverter<String> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(String column) {
                if (column == null) {
                    return "";
                }
                return column.equals(ColumnChoices.KEEP) ? m.get("batch.ui.columns.keep") : column;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
    }
}
