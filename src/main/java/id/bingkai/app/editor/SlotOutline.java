// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.editor;

import id.bingkai.app.FxShapes;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Path;

/**
 * Outlines the active slot over the preview when the frame has several, so the user sees which photo the
 * controls move. Drawn in canvas units inside the canvas' overlay group; the line keeps its width on screen.
 * Frames with one slot show nothing.
 */
final class SlotOutline {
    private final EditorViewModel vm;
    private final ReadOnlyDoubleProperty scale;
    private final Group root = new Group();

    SlotOutline(EditorViewModel vm, ReadOnlyDoubleProperty scale) {
        this.vm = vm;
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
        if (vm.document().frame().slots().size() < 2) {
            return;
        }
        double px = 1 / Math.max(scale.get(), 1e-6); // one screen pixel in canvas units
        // A dark line under a light dashed one: visible over any photo or frame colour.
        root.getChildren().addAll(line("slot-outline-under", 4 * px, null),
                line("slot-outline-line", 2 * px, new double[] {10 * px, 6 * px}));
    }

    private Path line(String styleClass, double width, double[] dashes) {
        Path p = FxShapes.toPath(Slots.outline(vm.activeSlot()));
        p.getStyleClass().add(styleClass);
        p.setFill(null);
        p.setStrokeWidth(width);
        if (dashes != null) {
            for (double d : dashes) {
                p.getStrokeDashArray().add(d);
            }
        }
        return p;
    }
}
