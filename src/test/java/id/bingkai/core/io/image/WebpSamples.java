// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import java.awt.image.BufferedImage;

/** Opens the tiny lossless WebP writer of these tests to the hostile-input generator in another package. */
public final class WebpSamples {
    private WebpSamples() {
    }

    /** A complete lossless WebP file; each colour channel of the picture may hold only 0x20 or 0xE0. */
    public static byte[] lossless(BufferedImage twoLevelPicture) {
        return TinyWebp.encode(twoLevelPicture);
    }
}
