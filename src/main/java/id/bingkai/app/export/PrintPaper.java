// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.export;

/**
 * The paper a print goes on. A print shop gets the PDF; a print from the editor goes to an office or home printer,
 * which holds A4 or, in Indonesian offices, F4 (Folio): there the page (trim + bleed, maybe crop marks) is shrunk to
 * fit, never enlarged, centred, turned like the page.
 */
public enum PrintPaper {
    /** Paper of the PDF page's own size (a printer that takes custom sizes, a print shop's). */
    PAGE(0, 0, "print.dialog.paper.page"),
    A4(210, 297, "print.dialog.paper.a4"),
    /** F4 or Folio, 215 × 330 mm, the other office paper in Indonesia. */
    F4(215, 330, "print.dialog.paper.f4");

    private final double widthMm;
    private final double heightMm;
    private final String labelKey;

    PrintPaper(double widthMm, double heightMm, String labelKey) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.labelKey = labelKey;
    }

    /** The message key of its name in the print dialog. */
    public String labelKey() {
        return labelKey;
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
