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
 *
 * @param photoInFront the photo is drawn over the frame's upper layers (only where the frame allows it)
 * @param agencyLogo   the agency's own logo, drawn in the frame's logo place if it has one (kept when the frame
 *                     has none, so that switching to a poster shows it again)
 */
public record Document(FramePack pack, Frame frame, Map<String, PlacedPhoto> photos, Map<String, String> texts,
        boolean photoInFront, Optional<AgencyLogo> agencyLogo) {
    public Document {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(agencyLogo, "agencyLogo");
        if (photoInFront && !frame.photoAboveAllowed()) {
            throw new IllegalArgumentException("frame " + frame.id() + " keeps the photo behind its layers");
        }
        photos = Map.copyOf(photos);
        texts = Map.copyOf(new LinkedHashMap<>(texts));
        for (String slotId : photos.keySet()) {
            if (frame.slot(slotId).isEmpty()) {
                throw new IllegalArgumentException("frame " + frame.id() + " has no slot " + slotId);
            }
        }
    }

    /** A document without an agency logo. */
    public Document(FramePack pack, Frame frame, Map<String, PlacedPhoto> photos, Map<String, String> texts,
            boolean photoInFront) {
        this(pack, frame, photos, texts, photoInFront, Optional.empty());
    }

    /** A document with the photo behind the frame's upper layers. */
    public Document(FramePack pack, Frame frame, Map<String, PlacedPhoto> photos, Map<String, String> texts) {
        this(pack, frame, photos, texts, false);
    }

    /** An empty document: the frame with no photo and the fields at their defaults. */
    public static Document of(FramePack pack, Frame frame) {
        Map<String, String> texts = new LinkedHashMap<>();
        frame.fields().forEach(f -> texts.put(f.key(), f.defaultValue()));
        return new Document(pack, frame, Map.of(), texts);
    }

    /** Puts a photo into the primary slot with the default cover-fit placement (a frame without one ignores it). */
    public Document withPhoto(PhotoRef photo) {
        if (!frame.hasPhotoPlace()) {
            return this;
        }
        return withPhoto(frame.primarySlot().id(), new PlacedPhoto(photo, Placement.COVER));
    }

    public Document withPhoto(String slotId, PlacedPhoto placed) {
        Map<String, PlacedPhoto> copy = new HashMap<>(photos);
        copy.put(slotId, placed);
        return new Document(pack, frame, copy, texts, photoInFront, agencyLogo);
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
        return new Document(pack, frame, photos, copy, photoInFront, agencyLogo);
    }

    /** Switches to another frame, keeping the texts and moving the primary photo to the new primary slot. */
    public Document withFrame(Frame newFrame) {
        Map<String, String> newTexts = new LinkedHashMap<>();
        newFrame.fields().forEach(f -> newTexts.put(f.key(), f.defaultValue()));
        newTexts.putAll(texts);
        Map<String, PlacedPhoto> newPhotos = new HashMap<>();
        if (newFrame.hasPhotoPlace()) {
            primaryPhoto().ifPresent(p -> newPhotos.put(newFrame.primarySlot().id(), p));
        }
        return new Document(pack, newFrame, newPhotos, newTexts, photoInFront && newFrame.photoAboveAllowed(),
                agencyLogo);
    }

    /** The photo in front of (or behind) the frame's upper layers; ignored where the frame does not allow it. */
    public Document withPhotoInFront(boolean front) {
        boolean allowed = front && frame.photoAboveAllowed();
        return allowed == photoInFront ? this : new Document(pack, frame, photos, texts, allowed, agencyLogo);
    }

    /** The same document with this agency logo (or none). */
    public Document withAgencyLogo(Optional<AgencyLogo> logo) {
        return logo.equals(agencyLogo) ? this : new Document(pack, frame, photos, texts, photoInFront, logo);
    }

    /** The agency logo and where it is drawn, when the frame has a logo place and a logo is chosen. */
    public Optional<Rect> agencyLogoBox() {
        return agencyLogo.flatMap(logo -> frame.logoPlace().map(place -> logo.fitIn(place.bounds())));
    }

    public Optional<PlacedPhoto> primaryPhoto() {
        return frame.hasPhotoPlace() ? Optional.ofNullable(photos.get(frame.primarySlot().id())) : Optional.empty();
    }

    public Optional<PlacedPhoto> photo(String slotId) {
        return Optional.ofNullable(photos.get(slotId));
    }
}
