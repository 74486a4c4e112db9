// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export;

import java.util.List;
import java.util.Objects;

/**
 * How an image is written.
 *
 * @param quality   JPEG quality 0..1 (ignored for PNG)
 * @param overwrite replace an existing file; otherwise an existing target is an error
 * @param keywords  XMP dc:subject keywords; the campaign tag is always among them
 */
public record ExportOptions(ImageFormat format, float quality, boolean overwrite, List<String> keywords) {
    public static final float DEFAULT_QUALITY = 0.9f;

    public ExportOptions {
        Objects.requireNonNull(format, "format");
        keywords = List.copyOf(keywords);
        if (!(quality >= 0f && quality <= 1f)) {
            throw new IllegalArgumentException("quality must be within 0..1: " + quality);
        }
    }
}
