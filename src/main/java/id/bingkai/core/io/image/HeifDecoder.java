// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Decodes HEIF files, the HEIC photos of iPhones and AVIF (the system's libheif through FFM, {@code core.io.image.heif}).
 * {@link ImageLoader} sniffs the format, checks the declared size against its pixel budget between {@link #header}
 * and {@link #decode}, and converts the ICC profile; the decoder applies the container's own rotation and mirroring
 * (irot/imir), which is where HEIF keeps the orientation, so images come back upright. Failures are
 * {@link id.bingkai.core.error.BadInputException}s naming {@code name}.
 */
public interface HeifDecoder {
    /**
     * What the header of the primary image says: its upright size, and its ICC profile (or null: sRGB, or an nclx
     * description that libheif already applies when it converts to RGB).
     */
    record Header(int width, int height, boolean alpha, byte[] iccProfile) {
    }

    /**
     * Reads the container and the primary image's header only; no pixel is decoded. {@code budget} words the refusal
     * of a file whose declared size libheif's own security limits already refuse.
     */
    Header header(byte[] data, Path name, String format, PixelBudget budget);

    /** Decodes the primary image, upright, 8 bits per channel; ARGB when it has alpha, else RGB. */
    BufferedImage decode(byte[] data, Path name, String format, PixelBudget budget);
}
