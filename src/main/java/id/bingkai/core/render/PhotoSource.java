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
    /**
     * How many times the output's resolution a renderer asks for when the source reduces by point subsampling
     * (ImageIO): the renderer's own filter then removes the aliasing of the skipped pixels.
     */
    double DEFAULT_OVERSAMPLING = 3;

    BufferedImage pixels(PhotoRef photo, int minWidth, int minHeight);

    /**
     * The oversampling the renderer should ask this source for, per axis. A source whose reduction is itself a
     * proper low-pass filter (libjpeg-turbo's DCT scaling) needs less, and is faster for it.
     */
    default double oversampling(PhotoRef photo) {
        return DEFAULT_OVERSAMPLING;
    }
}
