// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A photo a source delivered, and whose files belong to the visitor: {@code file} is the photo to use;
 * {@code originals} are the hot-folder files of this visitor (the photo and the rest of its burst), which the wipe
 * deletes or moves to the archive. Files a source made itself (webcam captures, uploads) live in the session's
 * own folder and are not listed here.
 */
public record Capture(Path file, List<Path> originals) {
    public Capture {
        Objects.requireNonNull(file, "file");
        originals = List.copyOf(originals);
    }

    /** A photo the kiosk made itself (nothing outside the session folder to clean up). */
    public static Capture owned(Path file) {
        return new Capture(file, List.of());
    }
}
