// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.guideline;

import id.bingkai.app.common.Controls;
import id.bingkai.core.i18n.Messages;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;

/**
 * The switches above the canvas: one per guide that applies to the frame (circle crop, WhatsApp's centre,
 * story bands, print lines) and, for frames that are usually printed, the paper they are checked for.
 */
public final class GuidesBar extends HBox {
    private final GuidelineViewModel vm;
    private final Messages m;

    public GuidesBar(GuidelineViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        getStyleClass().add("guides-bar");
        setId("guides-bar");
        setAlignment(Pos.CENTER_LEFT);
        vm.guidesProperty().addListener((obs, old, guides) -> rebuild());
        vm.paperOfferedProperty().addListener((obs, old, offered) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        List<Guide> guides = vm.guidesProperty().get();
        getChildren().clear();
        boolean paper = vm.paperOfferedProperty().get();
        if (guides.isEmpty() && !paper) {
            setVisible(false);
            setManaged(false);
            return;
        }
        setVisible(true);
        setManaged(true);
        Label title = new Label(m.get("guideline.ui.guides"));
        title.getStyleClass().add("guides-title");
        getChildren().add(title);
        for (Guide g : guides) {
            ToggleButton t = new ToggleButton(m.get(g.labelKey()), icon(g));
            t.getStyleClass().add("guide-toggle");
            t.setId("guide-" + g.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            Controls.describe(t, m.get(g.labelKey()), m.get(g.helpKey()));
            t.selectedProperty().bindBidirectional(vm.shownProperty(g));
            getChildren().add(t);
        }
        if (paper) {
            getChildren().add(paperChoice());
        }
    }

    private Node paperChoice() {
        ChoiceBox<Paper> choice = new ChoiceBox<>();
        choice.getItems().setAll(Paper.values());
        choice.setConverter(Controls.shownAs(p -> m.get(p.labelKey())));
        choice.valueProperty().bindBidirectional(vm.paperProperty());
        choice.setId("guide-paper");
        Controls.describe(choice, m.get("guideline.ui.paper"), m.get("guideline.ui.paper.help"));
        Label label = new Label(m.get("guideline.ui.paper"));
        label.setLabelFor(choice);
        HBox box = new HBox(6, label, choice);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Tiny pictures of what each guide draws. */
    private static Node icon(Guide g) {
        Pane p = new Pane();
        p.setPrefSize(16, 16);
        p.setMinSize(16, 16);
        switch (g) {
            case CIRCLE_CROP -> p.getChildren().add(stroked(new Circle(8, 8, 7)));
            case WHATSAPP_CENTRE -> {
                Circle c = stroked(new Circle(8, 8, 7));
                c.getStrokeDashArray().addAll(3.0, 2.0);
                p.getChildren().add(c);
            }
            case STORY_BANDS -> {
                Rectangle frame = stroked(new Rectangle(3.5, 0.5, 9, 15));
                Rectangle top = new Rectangle(3.5, 0.5, 9, 3);
                Rectangle bottom = new Rectangle(3.5, 11.5, 9, 4);
                top.getStyleClass().add("guide-icon-fill");
                bottom.getStyleClass().add("guide-icon-fill");
                p.getChildren().addAll(frame, top, bottom);
            }
            case PRINT -> {
                Rectangle outer = stroked(new Rectangle(1.5, 0.5, 13, 15));
                Rectangle inner = stroked(new Rectangle(4.5, 3.5, 7, 9));
                inner.getStrokeDashArray().addAll(2.0, 1.5);
                p.getChildren().addAll(outer, inner);
            }
        }
        return p;
    }

    private static <S extends javafx.scene.shape.Shape> S stroked(S s) {
        s.getStyleClass().add("guide-icon-line");
        s.setFill(null);
        s.setStrokeWidth(1.3);
        return s;
    }
}
