// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import id.bingkai.core.io.image.ImageLoader;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Decodes a PNG or JPEG file of a pack at full resolution, keeping its alpha channel. Throws
 * {@link id.bingkai.core.error.BadInputException} for a file it cannot or will not decode (too large, broken).
 * An interface so the pack tests do not depend on the image decoder's own tests.
 */
@FunctionalInterface
interface LayerDecoder {
    BufferedImage decode(byte[] data, String name);

    /** The real decoder: content sniffing and the pixel budget live in {@link ImageLoader}. */
    static LayerDecoder of(ImageLoader images) {
        return (data, name) -> images.read(data, Path.of(name), 0, 0);
    }
}
