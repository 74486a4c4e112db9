// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import id.bingkai.app.common.Controls;
import id.bingkai.app.editor.EditorViewModel;
import id.bingkai.app.editor.PlacementPanel;
import id.bingkai.app.editor.SlotSelector;
import id.bingkai.app.editor.TextPanel;
import id.bingkai.core.i18n.Messages;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The right-hand panel: the frame's texts, the photo's placement, a slot for guideline findings (filled by the
 * guideline checker later) and, at the bottom, the two things everybody does last: export and copy caption.
 */
final class SidePanel extends VBox {
    private final VBox findings = new VBox(4);
    private final VBox footer;
    private final ScrollPane scroll;

    SidePanel(EditorViewModel editor, Messages m, Runnable export, Runnable copyCaption, Node agencyLogo) {
        getStyleClass().addAll("side", "right");
        setPrefWidth(320);
        setMinWidth(300);
        Label title = new Label(m.get("editor.panel.title"));
        title.getStyleClass().add("panel-title");
        findings.setId("findings-slot");
        findings.setVisible(false);
        findings.setManaged(false);
        VBox body = new VBox(8, title, new TextPanel(editor, m), agencyLogo, new SlotSelector(editor, m),
                new PlacementPanel(editor, m), findings);
        body.setPadding(new Insets(12, 14, 12, 14));
        scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button exportButton = Controls.primary(m.get("editor.action.export"), m.get("editor.action.export.help"),
                export);
        exportButton.setId("export");
        exportButton.setMaxWidth(Double.MAX_VALUE);
        exportButton.setMinHeight(52);
        exportButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !editor.emptySlots().isEmpty(), editor.documentProperty()));
        Button caption = Controls.button(m.get("editor.action.copy-caption"),
                m.get("editor.action.copy-caption.help"), copyCaption);
        caption.setId("copy-caption");
        caption.setMaxWidth(Double.MAX_VALUE);
        footer = new VBox(8, exportButton, caption);
        footer.setPadding(new Insets(10, 14, 14, 14));
        getChildren().addAll(scroll, footer);
    }

    /** Where the guideline findings list goes (issue 4); hidden while empty. */
    VBox findingsSlot() {
        return findings;
    }

    /** Puts a button in the caption's row (it takes what is left of the width): "Cetak…" for print designs. */
    void addBesideCaption(Button button) {
        int at = footer.getChildren().size() - 1;
        javafx.scene.Node caption = footer.getChildren().get(at);
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(8, caption, button);
        javafx.scene.layout.HBox.setHgrow(caption, Priority.ALWAYS);
        footer.getChildren().add(at, row);
    }

    /** Puts a node above the export button, always in view. */
    void addAboveExport(javafx.scene.Node node) {
        footer.getChildren().addFirst(node);
    }

    /** Scrolls the panel so that the findings list starts at the top (or as near as the scroll allows). */
    void revealFindings() {
        double content = scroll.getContent().getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content > viewport) {
            scroll.setVvalue(Math.min(1, findings.getBoundsInParent().getMinY() / (content - viewport)));
        }
        findings.lookupAll(".finding").stream().findFirst().ifPresent(javafx.scene.Node::requestFocus);
    }
}
