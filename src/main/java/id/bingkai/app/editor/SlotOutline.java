// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.editor;

import id.bingkai.app.FxShapes;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.PhotoSlot;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Shows the slots of a frame that has several: the active one outlined, the empty ones with a thin line and
 * their name ("Foto 2"), so the user sees where each photo goes. Drawn in canvas units inside the canvas'
 * overlay group; lines and labels keep their size on screen. Frames with one slot show nothing.
 */
final class SlotOutline {
    private static final double LABEL_PX = 15;
    private final EditorViewModel vm;
    private final Messages m;
    private final ReadOnlyDoubleProperty scale;
    private final Group root = new Group();

    SlotOutline(EditorViewModel vm, Messages m, ReadOnlyDoubleProperty scale) {
        this.vm = vm;
        this.m = m;
        this.scale = scale;
        root.setId("slot-outline");
        root.setMouseTransparent(true);
        vm.documentProperty().addListener((obs, o, n) -> redraw());
        vm.activeSlotProperty().addListener((obs, o, n) -> redraw());
        scale.addListener((obs, o, n) -> redraw());
        redraw();
    }

    Node node() {
        return root;
    }

    private void redraw() {
        root.getChildren().clear();
        Frame frame = vm.document().frame();
        if (frame.slots().size() < 2) {
            return;
        }
        double px = 1 / Math.max(scale.get(), 1e-6); // one screen pixel in canvas units
        for (PhotoSlot slot : vm.emptySlots()) {
            root.getChildren().addAll(FxShapes.line(slot.outline(), "slot-empty-line", px, 4 * px, 4 * px),
                    label(frame, slot, px));
        }
        // A dark line under a light dashed one: visible over any photo or frame colour.
        PhotoSlot active = vm.activeSlot();
        root.getChildren().addAll(FxShapes.line(active.outline(), "slot-outline-under", 4 * px),
                FxShapes.line(active.outline(), "slot-outline-line", 2 * px, 10 * px, 6 * px));
    }

    private Text label(Frame frame, PhotoSlot slot, double px) {
        Text t = new Text(SlotSelector.label(m, frame, slot));
        t.getStyleClass().add("slot-empty-label");
        t.setFont(Font.font(null, FontWeight.BOLD, LABEL_PX * px));
        t.setTextOrigin(VPos.CENTER);
        t.setTextAlignment(TextAlignment.CENTER);
        t.setX(slot.bounds().centerX() - t.getLayoutBounds().getWidth() / 2);
        t.setY(slot.bounds().centerY());
        return t;
    }
}
