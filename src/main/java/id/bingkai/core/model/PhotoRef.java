// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A photo on disk and its full-resolution size after EXIF orientation is applied.
 * Pixels are decoded on demand, at the resolution each output needs.
 */
public record PhotoRef(Path path, int width, int height) {
    public PhotoRef {
        Objects.requireNonNull(path, "path");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("photo size must be positive: " + width + "x" + height);
        }
    }
}
