// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.project;

import id.bingkai.core.model.Placement;
import java.nio.file.Path;
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
 */
public record ProjectData(String packId, Optional<Path> packOrigin, String frameId, Optional<Path> photoPath,
        Optional<String> photoRelative, Placement placement, Map<String, String> texts, boolean photoInFront) {
    public ProjectData {
        Objects.requireNonNull(packId);
        Objects.requireNonNull(packOrigin);
        Objects.requireNonNull(frameId);
        Objects.requireNonNull(photoPath);
        Objects.requireNonNull(photoRelative);
        Objects.requireNonNull(placement);
        texts = Map.copyOf(texts);
    }
}
