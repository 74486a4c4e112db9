// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import java.nio.file.Path;

/**
 * What a file is, read from its header only.
 *
 * @param format      format name sniffed from the content (e.g. "jpeg", "png")
 * @param width       width after EXIF orientation
 * @param height      height after EXIF orientation
 * @param orientation EXIF orientation 1..8 (1 when absent)
 */
public record ImageInfo(Path file, String format, int width, int height, int orientation) {
}
