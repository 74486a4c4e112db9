// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import id.bingkai.core.guideline.GuidelineReport;
import id.bingkai.core.io.export.ExportOptions;
import id.bingkai.core.io.export.pdf.PdfOptions;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.PhotoRef;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * The three steps of one row, done by the same core services as the {@code render} command (see
 * {@link CoreRowWork}). An interface so that tests can make a step fail on purpose. Must be thread-safe.
 */
public interface RowWork {
    /** Reads the photo's header (format, oriented size); a bad file throws a BadInputException. */
    PhotoRef photo(Path file);

    /** Renders the document at {@code width}, decoding the photo at the size the output needs. */
    BufferedImage render(Document document, int width);

    /**
     * The guideline check the editor runs before an export, at the output width: a row whose design has a
     * blocking finding is not written.
     */
    GuidelineReport check(Document document, int width);

    /** Writes atomically with the keyword metadata and none of the photo's. */
    void write(BufferedImage image, Path file, ExportOptions options);

    /** Renders {@code document} as a one-page print PDF written atomically to {@code file}. */
    default void writePdf(Document document, Path file, PdfOptions options) {
        throw new UnsupportedOperationException("this row work makes no PDF");
    }
}
