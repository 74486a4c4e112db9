// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.export;

/**
 * The paper a print goes on. A print shop gets the PDF; a print from the editor goes to an office or home printer,
 * which holds A4 or, in Indonesian offices, F4 (Folio): there the page (trim + bleed, maybe crop marks) is shrunk to
 * fit, never enlarged, centred, turned like the page.
 */
public enum PrintPaper {
    /** Paper of the PDF page's own size (a printer that takes custom sizes, a print shop's). */
    PAGE(0, 0),
    A4(210, 297),
    /** F4 or Folio, 215 × 330 mm, the other office paper in Indonesia. */
    F4(215, 330);

    private final double widthMm;
    private final double heightMm;

    PrintPaper(double widthMm, double heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    public double widthMm() {
        return widthMm;
    }

    public double heightMm() {
        return heightMm;
    }

    /** How much a page of that size is shrunk on this paper turned like the page: 1 when it fits (or for PAGE). */
    public double scale(double pageWidthMm, double pageHeightMm) {
        if (this == PAGE) {
            return 1;
        }
        boolean landscape = pageWidthMm > pageHeightMm;
        double w = landscape ? heightMm : widthMm;
        double h = landscape ? widthMm : heightMm;
        return Math.min(1, Math.min(w / pageWidthMm, h / pageHeightMm));
    }
}
