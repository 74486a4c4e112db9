// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One design of a pack: a canvas, the photo slots and the layers drawn below and above the photo.
 *
 * @param background  colour under everything, 0xAARRGGBB; empty means transparent
 * @param fields      the text fields this frame's text layers use, in the order the user fills them in
 * @param photoAboveAllowed whether the user may put the photo in front of the frame's layers
 * @param guideline   the values the guideline checks use for this frame (the pack's block, then the frame's)
 * @param print       the physical page of a print frame (its canvas is the trim plus bleed); empty for screens
 */
public record Frame(String id, LocalizedText name, FrameKind kind, CanvasSize canvas, Optional<Integer> background,
        List<PhotoSlot> slots, List<Layer> layers, List<TextField> fields, boolean photoAboveAllowed,
        GuidelineSettings guideline, Optional<PrintSize> print) {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    public Frame {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(canvas, "canvas");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(guideline, "guideline");
        Objects.requireNonNull(print, "print");
        slots = List.copyOf(slots);
        layers = List.copyOf(layers);
        fields = List.copyOf(fields);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("frame id must be lower-case letters, digits, '.', '_' or '-': " + id);
        }
        if (slots.isEmpty() && print.isEmpty()) {
            throw new IllegalArgumentException("frame " + id + " has no photo slot");
        }
        if (print.isPresent() && !print.get().fits(canvas)) {
            throw new IllegalArgumentException("frame " + id + ": canvas " + canvas.width() + "x" + canvas.height()
                    + " does not have the proportions of its print page");
        }
        requireUnique(slots.stream().map(PhotoSlot::id).toList(), "slot");
        requireUnique(layers.stream().map(Layer::id).toList(), "layer");
        requireUnique(fields.stream().map(TextField::key).toList(), "field");
        if (layers.stream().filter(Layer.LogoPlace.class::isInstance).count() > 1) {
            throw new IllegalArgumentException("frame " + id + " has more than one agency logo place");
        }
    }

    /** A screen frame (no physical size). */
    public Frame(String id, LocalizedText name, FrameKind kind, CanvasSize canvas, Optional<Integer> background,
            List<PhotoSlot> slots, List<Layer> layers, List<TextField> fields, boolean photoAboveAllowed,
            GuidelineSettings guideline) {
        this(id, name, kind, canvas, background, slots, layers, fields, photoAboveAllowed, guideline,
                Optional.empty());
    }

    /** A frame that follows Bingkai's default guideline values. */
    public Frame(String id, LocalizedText name, FrameKind kind, CanvasSize canvas, Optional<Integer> background,
            List<PhotoSlot> slots, List<Layer> layers, List<TextField> fields, boolean photoAboveAllowed) {
        this(id, name, kind, canvas, background, slots, layers, fields, photoAboveAllowed, GuidelineSettings.DEFAULT);
    }

    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    private static void requireUnique(List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("duplicate " + what + " id: " + id);
            }
        }
    }

    /** The first slot; most frames have exactly one. Only a print frame may have none (a pledge card). */
    public PhotoSlot primarySlot() {
        if (slots.isEmpty()) {
            throw new IllegalStateException("frame " + id + " has no photo place");
        }
        return slots.getFirst();
    }

    /** Whether the frame takes a photo at all (a print frame such as a pledge card may not). */
    public boolean hasPhotoPlace() {
        return !slots.isEmpty();
    }

    public Optional<PhotoSlot> slot(String slotId) {
        return slots.stream().filter(s -> s.id().equals(slotId)).findFirst();
    }

    /** The place the frame offers for the agency's own logo, if any (at most one). */
    public Optional<Layer.LogoPlace> logoPlace() {
        return layers.stream().filter(Layer.LogoPlace.class::isInstance).map(Layer.LogoPlace.class::cast).findFirst();
    }

    public List<Layer> layers(LayerPosition position) {
        return layers.stream().filter(l -> l.position() == position).toList();
    }
}
