// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.project;

import id.bingkai.core.model.Placement;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A project file's content, validated, before its pack and photo are looked up.
 *
 * @param packOrigin   where the pack was loaded from; empty for the built-in set
 * @param photoPath    absolute path of the photo when saved
 * @param photoRelative the same photo relative to the project's folder, tried first (projects moved with their
 *                      photo keep working)
 * @param photoInFront  the photo is drawn in front of the frame's upper layers
 * @param otherSlots    the photos of the frame's other slots (frames with several), by slot id, in file order
 */
public record ProjectData(String packId, Optional<Path> packOrigin, String frameId, Optional<Path> photoPath,
        Optional<String> photoRelative, Placement placement, Map<String, String> texts, boolean photoInFront,
        Map<String, SlotPhoto> otherSlots) {

    /** The photo of one more slot: where it was saved (absolute, and relative to the project) and its placement. */
    public record SlotPhoto(Path path, Optional<String> relative, Placement placement) {
        public SlotPhoto {
            Objects.requireNonNull(path);
            Objects.requireNonNull(relative);
            Objects.requireNonNull(placement);
        }
    }

    /** A project of a frame with one slot. */
    public ProjectData(String packId, Optional<Path> packOrigin, String frameId, Optional<Path> photoPath,
            Optional<String> photoRelative, Placement placement, Map<String, String> texts, boolean photoInFront) {
        this(packId, packOrigin, frameId, photoPath, photoRelative, placement, texts, photoInFront, Map.of());
    }

    public ProjectData {
        Objects.requireNonNull(packId);
        Objects.requireNonNull(packOrigin);
        Objects.requireNonNull(frameId);
        Objects.requireNonNull(photoPath);
        Objects.requireNonNull(photoRelative);
        Objects.requireNonNull(placement);
        texts = Map.copyOf(texts);
        otherSlots = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(otherSlots));
    }
}
