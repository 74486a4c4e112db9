// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.editor;

import id.bingkai.core.i18n.Msg;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.PhotoSlot;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Questions about a frame's photo slots that the editor asks: which one is under a point, which are empty. */
public final class Slots {
    private Slots() {
    }

    /** The slot under a canvas point; where slots overlap, the one drawn last (on top). */
    public static Optional<PhotoSlot> at(Frame frame, double x, double y) {
        List<PhotoSlot> slots = frame.slots();
        for (int i = slots.size() - 1; i >= 0; i--) {
            if (slots.get(i).outline().contains(x, y)) {
                return Optional.of(slots.get(i));
            }
        }
        return Optional.empty();
    }

    /** The slots that have no photo yet, in the frame's order. */
    public static List<PhotoSlot> empty(Document doc) {
        return doc.frame().slots().stream().filter(s -> doc.photo(s.id()).isEmpty()).toList();
    }

    /** 1 for the frame's first slot; what the user sees ("Foto 1"). */
    public static int number(Frame frame, String slotId) {
        List<PhotoSlot> slots = frame.slots();
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).id().equals(slotId)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("frame " + frame.id() + " has no slot " + slotId);
    }

    /** "Foto 2": how the user is shown a slot of a frame, as a message. */
    public static Msg name(Frame frame, PhotoSlot slot) {
        return Msg.of("slot.label", number(frame, slot.id()));
    }

    /** The first slot whose photo or placement differs between the two documents (same frame), if any. */
    public static Optional<String> changed(Document before, Document after) {
        if (!before.frame().equals(after.frame())) {
            return Optional.empty();
        }
        return after.frame().slots().stream().map(PhotoSlot::id)
                .filter(id -> !Objects.equals(before.photos().get(id), after.photos().get(id))).findFirst();
    }
}
