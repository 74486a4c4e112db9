// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Output formats; chosen from the target file's extension. */
public enum ImageFormat {
    PNG("png"), JPEG("jpg", "jpeg");

    private final String[] extensions;

    ImageFormat(String... extensions) {
        this.extensions = extensions;
    }

    public String extension() {
        return extensions[0];
    }

    public static Optional<ImageFormat> fromFileName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ImageFormat format : values()) {
            for (String ext : format.extensions) {
                if (name.endsWith("." + ext)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }
}
