// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.batch;

import id.bingkai.core.io.export.ImageFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Counts the images of a format already in an output folder, before a run that would replace them. */
final class ExistingImages {
    private ExistingImages() {
    }

    /** The row PDFs of a PDF batch. */
    static long countPdf(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().toLowerCase(
                    java.util.Locale.ROOT).endsWith(".pdf")).filter(p -> !hidden(p)).count();
        }
    }

    static long count(Path folder, ImageFormat format) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> ImageFormat.fromFileName(p)
                    .filter(f -> f == format).isPresent()).filter(p -> !hidden(p)).count();
        }
    }

    /** The exporter's temporary files start with a dot; they are not images anybody made. */
    private static boolean hidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }
}
