// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.export;

import id.bingkai.core.model.Frame;
import id.bingkai.core.model.PrintSize;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * What the export dialog offers a frame with a physical size (trim and bleed in mm): a PDF, with crop marks if
 * wanted, and PNG/JPEG at print resolution with that resolution recorded in the file. Screen frames get none of it.
 */
public final class PrintChoices {
    /** The resolution print shops mean by "high resolution". */
    public static final int PRINT_DPI = 300;

    private final Optional<PrintSize> size;
    private final BooleanProperty pdf = new SimpleBooleanProperty(this, "pdf");
    private final BooleanProperty cropMarks = new SimpleBooleanProperty(this, "cropMarks");

    public PrintChoices(Frame frame) {
        this.size = frame.print();
    }

    /** The frame has a physical size, so PDF, crop marks and print resolution are offered. */
    public boolean offered() {
        return size.isPresent();
    }

    public Optional<PrintSize> size() {
        return size;
    }

    /** Write a print PDF rather than an image. */
    public BooleanProperty pdfProperty() {
        return pdf;
    }

    /** "Tanda potong": cut marks outside the bleed, in the PDF only. */
    public BooleanProperty cropMarksProperty() {
        return cropMarks;
    }

    /** The print preset's resolution: 300 dpi, or less when the page would be wider than {@code maxWidth} pixels. */
    public int presetDpi(int maxWidth) {
        PrintSize s = size.orElseThrow();
        if (s.pixelWidth(PRINT_DPI) <= maxWidth) {
            return PRINT_DPI;
        }
        return Math.max(36, (int) Math.floor(maxWidth * PrintSize.MM_PER_INCH / s.pageWidthMm()));
    }

    /** The resolution an image {@code width} pixels wide has on the page with bleed; 0 for screen frames. */
    public int dpiAt(int width) {
        return size.map(s -> (int) Math.round(width * PrintSize.MM_PER_INCH / s.pageWidthMm())).orElse(0);
    }
}
