// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import id.bingkai.core.model.PhotoRef;
import java.awt.image.BufferedImage;

/**
 * Supplies a photo's pixels at the resolution an output needs. The returned image is upright (EXIF orientation
 * applied), in sRGB, and covers the whole photo; it may be smaller than the full resolution as long as it is at
 * least {@code minWidth} x {@code minHeight} (or the full resolution when that is smaller).
 */
@FunctionalInterface
public interface PhotoSource {
    BufferedImage pixels(PhotoRef photo, int minWidth, int minHeight);
}
