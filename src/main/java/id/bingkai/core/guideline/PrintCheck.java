// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.Rule;
import java.awt.geom.Area;
import java.util.Optional;

/**
 * {@code print-margins}: on paper, the canvas has the paper's proportions, the art runs into the bleed, and
 * text and logos keep the safe margin inside the trim, and body text is set at a readable size in points.
 */
final class PrintCheck implements RuleCheck {
    /** Smaller body text is hard to read on a poster or card held at arm's length. */
    static final double MIN_BODY_POINTS = 7;

    @Override
    public void check(CheckContext ctx) {
        if (ctx.print().isEmpty()) {
            return;
        }
        PrintGeometry print = ctx.print().get();
        PrintSpec spec = print.spec();
        Frame frame = ctx.doc().frame();
        CanvasSize canvas = frame.canvas();
        Optional<String> none = Optional.empty();
        if (!print.proportionsMatch()) {
            ctx.findings().add(Rule.PRINT_MARGINS, canvas.bounds(), none, "guideline.print-margins.proportions",
                    canvas.width(), canvas.height(), spec.trimWidthMm(), spec.trimHeightMm());
        } else if (spec.bleedMm() > 0 && !print.bleedIncluded()) {
            ctx.findings().add(Rule.PRINT_MARGINS, canvas.bounds(), none, "guideline.print-margins.no-bleed",
                    spec.bleedMm(), spec.bleedWidthPx(), spec.bleedHeightPx(), spec.dpi());
        } else if (spec.bleedMm() > 0) {
            bleedCovered(ctx, print);
        }
        readableText(ctx, print);
        for (Element e : ctx.marked()) {
            e.outside(Geometry.awt(print.safe())).ifPresent(region -> {
                double mm = print.toMm(distanceInside(e.ink(), print.trim()));
                ctx.findings().add(Rule.PRINT_MARGINS, region, Optional.of(e.layer().id()),
                        "guideline.print-margins.safe", Describe.element(e), Shown.down(Math.max(0, mm), 1),
                        ctx.settings().printSafeMarginMm());
            });
        }
    }

    /** Body text set below a readable size on paper (after shrinking to fit its box). */
    private static void readableText(CheckContext ctx, PrintGeometry print) {
        for (Element e : ctx.elements()) {
            if (e.layer().role() != LayerRole.TEXT || e.text().isEmpty()) {
                continue;
            }
            double points = print.toMm(e.text().get().size()) / PrintSpec.MM_PER_INCH * 72;
            if (points < MIN_BODY_POINTS) {
                ctx.findings().add(Rule.PRINT_MARGINS, e.ink(), Optional.of(e.layer().id()),
                        "guideline.print-margins.text-size", Describe.element(e), Shown.down(points, 1),
                        MIN_BODY_POINTS);
            }
        }
    }

    /** The strip between trim and bleed must be painted: by the background, a layer or a slot reaching it. */
    private static void bleedCovered(CheckContext ctx, PrintGeometry print) {
        Frame frame = ctx.doc().frame();
        if (frame.background().map(argb -> (argb >>> 24) == 0xFF).orElse(false)) {
            return;
        }
        Area strip = new Area(Geometry.awt(print.bleed()));
        strip.subtract(new Area(Geometry.awt(print.trim())));
        for (PhotoSlot slot : frame.slots()) {
            strip.subtract(new Area(slot.outline()));
        }
        for (Element e : ctx.elements()) {
            if (!(e.layer() instanceof Layer.Text)) {
                strip.subtract(e.area());
            }
        }
        Geometry.of(strip.getBounds2D()).ifPresent(region -> ctx.findings().add(Rule.PRINT_MARGINS, region,
                Optional.empty(), "guideline.print-margins.bleed-empty", print.spec().bleedMm()));
    }

    /** How far the element stays inside the trim at its closest side (negative when it crosses it). */
    private static double distanceInside(Rect ink, Rect trim) {
        return Math.min(Math.min(ink.x() - trim.x(), trim.maxX() - ink.maxX()),
                Math.min(ink.y() - trim.y(), trim.maxY() - ink.maxY()));
    }
}
