// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.editor;

import id.bingkai.app.common.Controls;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.PhotoPlaces;
import id.bingkai.core.model.PhotoSlot;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

/**
 * "Photo 1 / Photo 2": which slot the placement controls and a newly opened photo act on. Shown only for frames
 * with more than one slot; a line under the buttons names the slots that still have no photo. The buttons are one
 * ControlsFX SegmentedButton: one choice among joined buttons, as a frame has exactly one active place.
 */
public final class SlotSelector extends VBox {
    private final EditorViewModel vm;
    private final Messages m;
    private final SegmentedButton buttons = new SegmentedButton();
    private final Label empty;
    private Frame shown;

    public SlotSelector(EditorViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        setSpacing(6);
        setId("slot-selector");
        buttons.setId("slot-buttons");
        empty = Controls.hint("");
        empty.setId("slot-empty");
        getChildren().addAll(Controls.sectionTitle(m.get("editor.slot.title")), buttons, empty);
        vm.documentProperty().addListener((obs, old, doc) -> update());
        vm.activeSlotProperty().addListener((obs, old, slot) -> update());
        update();
    }

    /** "Foto 2": the name the user sees for a slot of a frame. */
    public static String label(Messages m, Frame frame, PhotoSlot slot) {
        return m.format(PhotoPlaces.label(frame, slot));
    }

    private void update() {
        Frame frame = vm.document().frame();
        boolean several = frame.slots().size() > 1;
        setVisible(several);
        setManaged(several);
        if (!several) {
            shown = null;
            buttons.getButtons().clear();
            return;
        }
        if (!frame.equals(shown)) {
            shown = frame;
            buttons.getButtons().setAll(frame.slots().stream().map(s -> toggle(frame, s)).toList());
        }
        for (ToggleButton t : buttons.getButtons()) {
            t.setSelected(t.getUserData().equals(vm.activeSlot().id()));
        }
        List<PhotoSlot> missing = vm.emptySlots();
        empty.setText(missing.isEmpty() ? "" : m.get("editor.slot.empty", names(m, frame, missing)));
        empty.setVisible(!missing.isEmpty());
        empty.setManaged(!missing.isEmpty());
    }

    private ToggleButton toggle(Frame frame, PhotoSlot slot) {
        String name = label(m, frame, slot);
        ToggleButton t = new ToggleButton(name);
        t.setUserData(slot.id());
        t.setId("slot-" + PhotoPlaces.number(frame, slot.id()));
        t.getStyleClass().add("slot-toggle");
        Controls.describe(t, name, m.get("editor.slot.help"));
        t.setOnAction(e -> {
            vm.selectSlot(slot.id());
            update(); // a second click on the active slot must not leave it unselected
        });
        return t;
    }

    /** "Foto 1, Foto 2". */
    public static String names(Messages m, Frame frame, List<PhotoSlot> slots) {
        return String.join(", ", slots.stream().map(s -> label(m, frame, s)).toList());
    }
}
