// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Rect;

/**
 * Where the paper's edges fall on a canvas, in canvas units. A canvas whose proportions match the trim plus
 * bleed on every side is taken to include the bleed; one that matches the trim has none; any other canvas is
 * fitted inside the trim and flagged as {@link #proportionsMatch() not matching}.
 *
 * @param unitsPerMm      canvas units per printed millimetre
 * @param bleedIncluded   the canvas extends past the trim by the bleed on every side
 * @param proportionsMatch the canvas has the paper's proportions (with or without bleed), within 1 %
 * @param trim            the cut edge
 * @param safe            the trim inset by the safe margin: text and logos stay inside it
 * @param bleed           the trim outset by the bleed: art must reach this line
 */
public record PrintGeometry(PrintSpec spec, double unitsPerMm, boolean bleedIncluded, boolean proportionsMatch,
        Rect trim, Rect safe, Rect bleed) {
    private static final double TOLERANCE = 0.01;

    public static PrintGeometry of(CanvasSize canvas, PrintSpec paper, double safeMarginMm) {
        PrintSpec spec = paper.orientedFor(canvas);
        double b = spec.bleedMm();
        double trimAspect = spec.trimWidthMm() / spec.trimHeightMm();
        double bleedAspect = (spec.trimWidthMm() + 2 * b) / (spec.trimHeightMm() + 2 * b);
        double aspect = canvas.aspect();
        double trimError = Math.abs(aspect / trimAspect - 1);
        double bleedError = Math.abs(aspect / bleedAspect - 1);
        boolean withBleed = b > 0 && bleedError < trimError && bleedError <= TOLERANCE;
        boolean match = withBleed || trimError <= TOLERANCE;
        double paperW = withBleed ? spec.trimWidthMm() + 2 * b : spec.trimWidthMm();
        double paperH = withBleed ? spec.trimHeightMm() + 2 * b : spec.trimHeightMm();
        double u = Math.min(canvas.width() / paperW, canvas.height() / paperH);
        double tw = spec.trimWidthMm() * u;
        double th = spec.trimHeightMm() * u;
        Rect trim = new Rect((canvas.width() - tw) / 2, (canvas.height() - th) / 2, tw, th);
        double m = Math.min(safeMarginMm * u, Math.min(tw, th) / 2 - 0.5);
        Rect safe = new Rect(trim.x() + m, trim.y() + m, tw - 2 * m, th - 2 * m);
        double bu = b * u;
        Rect bleed = new Rect(trim.x() - bu, trim.y() - bu, tw + 2 * bu, th + 2 * bu);
        return new PrintGeometry(spec, u, withBleed, match, trim, safe, bleed);
    }

    /** Millimetres on paper for a length in canvas units. */
    public double toMm(double units) {
        return units / unitsPerMm;
    }
}
