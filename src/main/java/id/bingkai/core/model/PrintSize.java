// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

/**
 * The physical size of a print frame: its canvas is the trim plus the bleed on every side, so that canvas units
 * map to millimetres and "300 dpi" and "3 mm" mean something.
 *
 * @param trimWidthMm  finished width after cutting
 * @param trimHeightMm finished height after cutting
 * @param bleedMm      art past each trim edge that the print shop cuts off
 */
public record PrintSize(double trimWidthMm, double trimHeightMm, double bleedMm) {
    public static final double MM_PER_INCH = 25.4;
    /** Smallest and largest trim side: a business card to a 10 m banner. */
    public static final double MIN_TRIM_MM = 20;
    public static final double MAX_TRIM_MM = 10_000;
    public static final double MAX_BLEED_MM = 20;
    /** How far the canvas may stray from the page's proportions. */
    public static final double ASPECT_TOLERANCE = 0.005;

    public PrintSize {
        if (!(trimWidthMm >= MIN_TRIM_MM && trimWidthMm <= MAX_TRIM_MM)
                || !(trimHeightMm >= MIN_TRIM_MM && trimHeightMm <= MAX_TRIM_MM)) {
            throw new IllegalArgumentException("trim size must be within " + MIN_TRIM_MM + ".." + MAX_TRIM_MM
                    + " mm: " + trimWidthMm + " x " + trimHeightMm);
        }
        if (!(bleedMm >= 0 && bleedMm <= MAX_BLEED_MM)) {
            throw new IllegalArgumentException("bleed must be within 0.." + MAX_BLEED_MM + " mm: " + bleedMm);
        }
    }

    /** The whole page with bleed. */
    public double pageWidthMm() {
        return trimWidthMm + 2 * bleedMm;
    }

    public double pageHeightMm() {
        return trimHeightMm + 2 * bleedMm;
    }

    /** Whether a canvas has the page's proportions (within {@link #ASPECT_TOLERANCE}). */
    public boolean fits(CanvasSize canvas) {
        return Math.abs(canvas.aspect() / (pageWidthMm() / pageHeightMm()) - 1) <= ASPECT_TOLERANCE;
    }

    /** The canvas height that gives a canvas of this width the page's proportions. */
    public long heightFor(int canvasWidth) {
        return Math.round(canvasWidth * pageHeightMm() / pageWidthMm());
    }

    /** Canvas units per printed millimetre for a canvas of this page. */
    public double unitsPerMm(CanvasSize canvas) {
        return canvas.width() / pageWidthMm();
    }

    /** The page width in pixels at a print resolution. */
    public int pixelWidth(int dpi) {
        return (int) Math.round(pageWidthMm() / MM_PER_INCH * dpi);
    }

    /** The page in PDF points (1/72 inch). */
    public double pageWidthPt() {
        return pageWidthMm() / MM_PER_INCH * 72;
    }

    public double pageHeightPt() {
        return pageHeightMm() / MM_PER_INCH * 72;
    }

    public static double mmToPt(double mm) {
        return mm / MM_PER_INCH * 72;
    }
}
