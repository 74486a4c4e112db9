// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A JPEG decoder that {@link ImageLoader} tries before ImageIO: one that scales in the DCT domain, so a photo
 * needed small is never decoded at full size (libjpeg-turbo through FFM, {@code core.io.image.turbo}). Empty means
 * "not for this path" (CMYK, over the pixel budget, anything it rejects); the loader then uses ImageIO, which also
 * words the error for the user. Images come back as stored: EXIF orientation and ICC conversion are the loader's
 * job, so the minimum sizes are in stored pixels too.
 */
public interface ScalingJpegDecoder {
    /**
     * A decoded JPEG.
     *
     * @param iccProfile the embedded ICC profile, or null (then the pixels are taken as sRGB)
     */
    record Decoded(BufferedImage image, byte[] iccProfile) {
    }

    /** The file decoded at the smallest scale that still covers {@code minWidth x minHeight} (0, 0: full size). */
    Optional<Decoded> decode(Path file, int minWidth, int minHeight, PixelBudget budget);

    /** The same for bytes already in memory. */
    Optional<Decoded> decode(byte[] data, int minWidth, int minHeight, PixelBudget budget);

    /** Whether {@link #decode(Path, int, int, PixelBudget)} will most likely take this file; reads its header only. */
    boolean accepts(Path file, PixelBudget budget);
}
