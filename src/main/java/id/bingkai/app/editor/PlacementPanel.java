// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.editor;

import static id.bingkai.app.common.Controls.button;
import static id.bingkai.app.common.Controls.describe;

import id.bingkai.app.common.Controls;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.Placement;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Zoom, rotation, flip, fit and reset for the photo in the active slot: sliders and buttons for those who do not
 * drag.
 */
public final class PlacementPanel extends VBox {
    private static final double ZOOM_MIN_LOG = -2; // 25 %
    private static final double ZOOM_MAX_LOG = 3; // 800 %
    private final EditorViewModel vm;
    private final Slider zoom = new Slider(ZOOM_MIN_LOG, ZOOM_MAX_LOG, 0);
    private final Slider rotation = new Slider(-180, 180, 0);
    private final Label zoomValue = new Label();
    private final Label rotationValue = new Label();
    private final CheckBox inFront = new CheckBox();
    private boolean updating;

    public PlacementPanel(EditorViewModel vm, Messages m) {
        this.vm = vm;
        setSpacing(6);
        describe(zoom, m.get("editor.placement.zoom"), m.get("editor.placement.zoom.help"));
        zoom.setId("zoom-slider");
        zoom.setBlockIncrement(0.1);
        describe(rotation, m.get("editor.placement.rotation"), m.get("editor.placement.rotation.help"));
        rotation.setId("rotation-slider");
        rotation.setMajorTickUnit(90);
        rotation.setShowTickMarks(true);
        rotation.setBlockIncrement(1);

        Button zoomOut = button("−", m.get("editor.placement.zoom-out.help"), () -> vm.zoomBy(1 / 1.1));
        zoomOut.setAccessibleText(m.get("editor.placement.zoom-out"));
        Button zoomIn = button("+", m.get("editor.placement.zoom-in.help"), () -> vm.zoomBy(1.1));
        zoomIn.setAccessibleText(m.get("editor.placement.zoom-in"));
        Button left = button("⟲ 90°", m.get("editor.placement.rotate-left.help"), () -> vm.rotateQuarter(false));
        left.setAccessibleText(m.get("editor.placement.rotate-left"));
        Button right = button("⟳ 90°", m.get("editor.placement.rotate-right.help"), () -> vm.rotateQuarter(true));
        right.setAccessibleText(m.get("editor.placement.rotate-right"));
        Button flip = button(m.get("editor.placement.flip"), m.get("editor.placement.flip.help"), vm::toggleFlip);
        Button cover = button(m.get("editor.placement.fit"), m.get("editor.placement.fit.help"), vm::fitCover);
        Button whole = button(m.get("editor.placement.fit-whole"), m.get("editor.placement.fit-whole.help"),
                vm::fitWhole);
        Button reset = button(m.get("editor.placement.reset"), m.get("editor.placement.reset.help"),
                vm::resetPlacement);
        flip.setId("flip");
        cover.setId("fit-cover");
        whole.setId("fit-whole");
        reset.setId("reset-placement");
        inFront.setText(m.get("editor.placement.in-front"));
        describe(inFront, m.get("editor.placement.in-front"), m.get("editor.placement.in-front.help"));
        inFront.setWrapText(true);

        HBox zoomRow = row(zoomOut, zoom, zoomIn);
        HBox rotateRow = row(left, rotation, right);
        GridPane fits = new GridPane(6, 6);
        fits.add(cover, 0, 0);
        fits.add(whole, 1, 0);
        fits.add(flip, 0, 1);
        fits.add(reset, 1, 1);
        for (Button b : new Button[] {cover, whole, flip, reset}) {
            b.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(b, Priority.ALWAYS);
            GridPane.setFillWidth(b, true);
        }
        fits.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
        half.setPercentWidth(50);
        fits.getColumnConstraints().addAll(half, half);

        getChildren().addAll(Controls.sectionTitle(m.get("editor.placement.title")),
                labelled(m.get("editor.placement.zoom"), zoomValue), zoomRow,
                labelled(m.get("editor.placement.rotation"), rotationValue), rotateRow, fits, inFront,
                Controls.hint(m.get("editor.placement.keys")));

        zoom.valueChangingProperty().addListener((obs, was, changing) -> gesture(changing));
        rotation.valueChangingProperty().addListener((obs, was, changing) -> gesture(changing));
        zoom.valueProperty().addListener((obs, old, v) -> {
            if (!updating) {
                vm.setZoom(Math.pow(2, v.doubleValue()));
            }
        });
        rotation.valueProperty().addListener((obs, old, v) -> {
            if (!updating) {
                vm.setRotation(v.doubleValue());
            }
        });
        inFront.selectedProperty().addListener((obs, old, v) -> {
            if (!updating) {
                vm.setPhotoInFront(v);
            }
        });
        vm.documentProperty().addListener((obs, old, doc) -> update(doc));
        vm.activeSlotProperty().addListener((obs, old, slot) -> update(vm.document()));
        update(vm.document());
    }

    private void gesture(boolean starting) {
        if (starting) {
            vm.beginGesture();
        } else {
            vm.endGesture();
        }
    }

    private void update(Document doc) {
        updating = true;
        try {
            Placement p = vm.photo().map(x -> x.placement()).orElse(Placement.COVER);
            boolean hasPhoto = vm.photo().isPresent();
            setDisable(!hasPhoto);
            if (!zoom.isValueChanging()) {
                zoom.setValue(Math.clamp(Math.log(p.zoom()) / Math.log(2), ZOOM_MIN_LOG, ZOOM_MAX_LOG));
            }
            if (!rotation.isValueChanging()) {
                rotation.setValue(p.rotation());
            }
            zoomValue.setText(Math.round(p.zoom() * 100) + " %");
            rotationValue.setText(Math.round(p.rotation()) + "°");
            boolean canFront = doc.frame().photoAboveAllowed() && !doc.frame().layers(LayerPosition.ABOVE).isEmpty();
            inFront.setVisible(canFront);
            inFront.setManaged(canFront);
            inFront.setSelected(doc.photoInFront());
        } finally {
            updating = false;
        }
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.Node n : nodes) {
            if (n instanceof Slider s) {
                HBox.setHgrow(s, Priority.ALWAYS);
                s.setMaxWidth(Double.MAX_VALUE);
            } else if (n instanceof Button b) {
                b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the slider gives way, not the label
            }
        }
        return row;
    }

    private static HBox labelled(String name, Label value) {
        Label l = new Label(name);
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(l, spacer, value);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
