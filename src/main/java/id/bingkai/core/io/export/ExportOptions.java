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
 * @param dpi       the print resolution recorded in the file (PNG {@code pHYs}, JPEG JFIF density); 0 records none,
 *                  as for screen images, whose bytes then stay as they always were
 */
public record ExportOptions(ImageFormat format, float quality, boolean overwrite, List<String> keywords, int dpi) {
    public static final float DEFAULT_QUALITY = 0.9f;

    public ExportOptions {
        Objects.requireNonNull(format, "format");
        keywords = List.copyOf(keywords);
        if (!(quality >= 0f && quality <= 1f)) {
            throw new IllegalArgumentException("quality must be within 0..1: " + quality);
        }
        if (dpi < 0 || dpi > 65535) {
            throw new IllegalArgumentException("dpi must be within 0..65535: " + dpi);
        }
    }

    /** A screen image: no density recorded. */
    public ExportOptions(ImageFormat format, float quality, boolean overwrite, List<String> keywords) {
        this(format, quality, overwrite, keywords, 0);
    }

    /** The same options recording {@code printDpi} as the image's density (print frames). */
    public ExportOptions withDpi(int printDpi) {
        return new ExportOptions(format, quality, overwrite, keywords, printDpi);
    }
}
