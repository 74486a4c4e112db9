// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

import id.bingkai.core.i18n.Msg;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The domain rules about a frame's photo places (slots) that every front end and the checker share: which places a
 * frame has and in what order, what the user calls them ("Foto 2"; a one-place frame's place is "Tempat foto"),
 * which are still empty, which one is under a point.
 */
public final class PhotoPlaces {
    private PhotoPlaces() {
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

    /** The first slot without a photo: the one to name when the document cannot be made yet. */
    public static Optional<PhotoSlot> firstEmpty(Document doc) {
        return empty(doc).stream().findFirst();
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

    /** "Foto 2", whatever the number of slots: the label of a slot's own button. */
    public static Msg label(Frame frame, PhotoSlot slot) {
        return Msg.of("slot.label", number(frame, slot.id()));
    }

    /** The place as the user knows it: "Foto 2" in a frame with several, "Tempat foto" in a one-place frame. */
    public static Msg placeName(Frame frame, PhotoSlot slot) {
        return frame.slots().size() > 1 ? label(frame, slot) : Msg.of("guideline.slot.place");
    }

    /** The photo in a place: "Foto 2" in a frame with several, "Foto" in a one-place frame. */
    public static Msg photoName(Frame frame, PhotoSlot slot) {
        return frame.slots().size() > 1 ? label(frame, slot) : Msg.of("guideline.slot.photo");
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
