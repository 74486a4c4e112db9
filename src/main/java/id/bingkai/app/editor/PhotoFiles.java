// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.editor;

import id.bingkai.core.model.PhotoRef;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/** The core image loader as the editor uses it (probe, then decode subsampled); an interface so tests can fake it. */
public interface PhotoFiles {
    /** Reads the header: the photo's oriented size. Throws BadInputException for unusable files. */
    PhotoRef ref(Path file);

    /** Decodes upright, at least {@code minWidth} x {@code minHeight} (or full size when smaller). */
    BufferedImage load(Path file, int minWidth, int minHeight);
}
