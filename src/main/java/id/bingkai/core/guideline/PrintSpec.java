// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.model.CanvasSize;
import java.util.Locale;
import java.util.Optional;

/**
 * The paper a frame will be printed on. The frame model has no physical size, so a print check takes one.
 *
 * @param trimWidthMm  finished width after cutting
 * @param trimHeightMm finished height after cutting
 * @param bleedMm      art that must continue past each trim edge, cut off by the printer
 * @param dpi          output resolution of the print file
 */
public record PrintSpec(double trimWidthMm, double trimHeightMm, double bleedMm, int dpi) {
    public static final double MM_PER_INCH = 25.4;
    /** A4 at 300 dpi with 3 mm bleed: the trim is 2480 x 3508 px. */
    public static final PrintSpec A4 = new PrintSpec(210, 297, 3, 300);
    /** A3 at 300 dpi with 3 mm bleed: the trim is 3508 x 4961 px. */
    public static final PrintSpec A3 = new PrintSpec(297, 420, 3, 300);

    public PrintSpec {
        if (!(trimWidthMm >= 10 && trimWidthMm <= 100_000) || !(trimHeightMm >= 10 && trimHeightMm <= 100_000)) {
            throw new IllegalArgumentException("trim size must be within 10..100000 mm");
        }
        if (!(bleedMm >= 0 && bleedMm <= 50)) {
            throw new IllegalArgumentException("bleed must be within 0..50 mm: " + bleedMm);
        }
        if (dpi < 10 || dpi > 2400) {
            throw new IllegalArgumentException("dpi must be within 10..2400: " + dpi);
        }
    }

    /** {@code a4} or {@code a3} (case-insensitive). */
    public static Optional<PrintSpec> preset(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "a4" -> Optional.of(A4);
            case "a3" -> Optional.of(A3);
            default -> Optional.empty();
        };
    }

    /** The same paper turned to match the canvas: landscape paper for a landscape canvas. */
    public PrintSpec orientedFor(CanvasSize canvas) {
        boolean canvasLandscape = canvas.width() > canvas.height();
        boolean paperLandscape = trimWidthMm > trimHeightMm;
        return canvasLandscape == paperLandscape ? this : new PrintSpec(trimHeightMm, trimWidthMm, bleedMm, dpi);
    }

    public PrintSpec withBleed(double mm) {
        return new PrintSpec(trimWidthMm, trimHeightMm, mm, dpi);
    }

    public PrintSpec withDpi(int newDpi) {
        return new PrintSpec(trimWidthMm, trimHeightMm, bleedMm, newDpi);
    }

    /** Trim width in output pixels (A4 at 300 dpi: 2480). */
    public int trimWidthPx() {
        return toPx(trimWidthMm);
    }

    public int trimHeightPx() {
        return toPx(trimHeightMm);
    }

    /** Width of the print file with the bleed on both sides (A4 at 300 dpi with 3 mm: 2551). */
    public int bleedWidthPx() {
        return toPx(trimWidthMm + 2 * bleedMm);
    }

    public int bleedHeightPx() {
        return toPx(trimHeightMm + 2 * bleedMm);
    }

    private int toPx(double mm) {
        return (int) Math.round(mm / MM_PER_INCH * dpi);
    }
}
