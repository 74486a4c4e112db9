// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user is making: a frame of a pack, the photos placed in its slots and the text values.
 * Immutable; every edit returns a new document, so undo is keeping the previous one.
 */
public record Document(FramePack pack, Frame frame, Map<String, PlacedPhoto> photos, Map<String, String> texts) {
    public Document {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(frame, "frame");
        photos = Map.copyOf(photos);
        texts = Map.copyOf(new LinkedHashMap<>(texts));
        for (String slotId : photos.keySet()) {
            if (frame.slot(slotId).isEmpty()) {
                throw new IllegalArgumentException("frame " + frame.id() + " has no slot " + slotId);
            }
        }
    }

    /** An empty document: the frame with no photo and the fields at their defaults. */
    public static Document of(FramePack pack, Frame frame) {
        Map<String, String> texts = new LinkedHashMap<>();
        frame.fields().forEach(f -> texts.put(f.key(), f.defaultValue()));
        return new Document(pack, frame, Map.of(), texts);
    }

    /** Puts a photo into the primary slot with the default cover-fit placement. */
    public Document withPhoto(PhotoRef photo) {
        return withPhoto(frame.primarySlot().id(), new PlacedPhoto(photo, Placement.COVER));
    }

    public Document withPhoto(String slotId, PlacedPhoto placed) {
        Map<String, PlacedPhoto> copy = new HashMap<>(photos);
        copy.put(slotId, placed);
        return new Document(pack, frame, copy, texts);
    }

    public Document withPlacement(String slotId, Placement placement) {
        PlacedPhoto current = photos.get(slotId);
        if (current == null) {
            throw new IllegalStateException("slot " + slotId + " has no photo");
        }
        return withPhoto(slotId, current.withPlacement(placement));
    }

    public Document withText(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(texts);
        copy.put(key, Objects.requireNonNull(value, "value"));
        return new Document(pack, frame, photos, copy);
    }

    /** Switches to another frame, keeping the texts and moving the primary photo to the new primary slot. */
    public Document withFrame(Frame newFrame) {
        Map<String, String> newTexts = new LinkedHashMap<>();
        newFrame.fields().forEach(f -> newTexts.put(f.key(), f.defaultValue()));
        newTexts.putAll(texts);
        Map<String, PlacedPhoto> newPhotos = new HashMap<>();
        primaryPhoto().ifPresent(p -> newPhotos.put(newFrame.primarySlot().id(), p));
        return new Document(pack, newFrame, newPhotos, newTexts);
    }

    public Optional<PlacedPhoto> primaryPhoto() {
        return Optional.ofNullable(photos.get(frame.primarySlot().id()));
    }

    public Optional<PlacedPhoto> photo(String slotId) {
        return Optional.ofNullable(photos.get(slotId));
    }
}
