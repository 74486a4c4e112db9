// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.export;

import id.bingkai.core.io.export.ExportOptions;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/** The core exporter (atomic write, XMP keyword, no source metadata) as the export dialog uses it. */
@FunctionalInterface
public interface ImageWriter {
    void write(BufferedImage image, Path target, ExportOptions options);
}
