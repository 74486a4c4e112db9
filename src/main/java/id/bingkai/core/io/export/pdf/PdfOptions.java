// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export.pdf;

import id.bingkai.core.model.Document;
import java.util.Locale;
import java.util.Objects;

/**
 * How a PDF is made.
 *
 * @param cropMarks draw cut marks outside the bleed (the page grows by {@link #MARK_MARGIN_MM} per side)
 * @param dpi       resolution photos and bitmaps are resampled to at their placed size (at most 300 is useful)
 * @param quality   JPEG quality of photos, 0..1
 * @param overwrite replace an existing file
 * @param title     the document title (XMP dc:title and the document information)
 */
public record PdfOptions(boolean cropMarks, int dpi, float quality, boolean overwrite, String title) {
    public static final int DEFAULT_DPI = 300;
    public static final float DEFAULT_QUALITY = 0.9f;
    /** The margin crop marks add outside the bleed on each side of the page, in mm. */
    public static final double MARK_MARGIN_MM = 10;

    public PdfOptions {
        Objects.requireNonNull(title, "title");
        if (dpi < 36 || dpi > 1200) {
            throw new IllegalArgumentException("dpi must be within 36..1200: " + dpi);
        }
        if (!(quality > 0 && quality <= 1)) {
            throw new IllegalArgumentException("quality must be within 0..1: " + quality);
        }
    }

    /** The defaults, titled with the frame's name and the campaign tag (what a print shop's file list shows). */
    public static PdfOptions forDocument(Document doc) {
        return defaults(doc.frame().name().get(Locale.forLanguageTag("id")) + " " + doc.pack().tag());
    }

    public static PdfOptions defaults(String title) {
        return new PdfOptions(false, DEFAULT_DPI, DEFAULT_QUALITY, false, title);
    }

    public PdfOptions withCropMarks(boolean marks) {
        return new PdfOptions(marks, dpi, quality, overwrite, title);
    }

    public PdfOptions withOverwrite(boolean replace) {
        return new PdfOptions(cropMarks, dpi, quality, replace, title);
    }

    public PdfOptions withDpi(int newDpi) {
        return new PdfOptions(cropMarks, newDpi, quality, overwrite, title);
    }
}
