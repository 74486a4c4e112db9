// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.model.Asset;
import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.Rule;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.util.Optional;

/**
 * {@code logo-clear-space}, {@code logo-min-size} and {@code logo-integrity}: a logo keeps free space around it,
 * is big enough to recognise, and is shown as drawn (not stretched, not faded).
 */
final class LogoCheck implements RuleCheck {
    /** Proportions may differ from the file's by this much before the logo counts as stretched. */
    private static final double STRETCH_TOLERANCE = 0.02;

    @Override
    public void check(CheckContext ctx) {
        for (Element logo : ctx.elements()) {
            if (!isLogo(logo)) {
                continue;
            }
            clearSpace(ctx, logo);
            minSize(ctx, logo);
            integrity(ctx, logo);
        }
    }

    /** The campaign logo and the agency's own logo follow the same rules of space and size. */
    static boolean isLogo(Element e) {
        return e.layer().role() == LayerRole.LOGO || e.layer().role() == LayerRole.AGENCY_LOGO;
    }

    private static void clearSpace(CheckContext ctx, Element logo) {
        double space = ctx.settings().logo().clearSpace() * logo.ink().height();
        Rect zone = Geometry.expand(logo.ink(), space);
        Optional<String> id = Optional.of(logo.layer().id());
        int px = (int) Math.round(space);
        for (Element other : ctx.elements()) {
            if (other == logo || !(other.marked() || other.order() > logo.order()) || AgencyLogoCheck.pair(logo, other)) {
                continue; // the campaign and the agency logo keep their distance by AgencyLogoCheck's stricter rule
            }
            Optional<Rect> region = other.inside(Geometry.awt(zone));
            region.ifPresent(r -> ctx.findings().add(Rule.LOGO_CLEAR_SPACE, r, id,
                    "guideline.logo-clear-space.element", Describe.element(logo), Describe.element(other), px));
        }
        // Edges of the canvas are reported once, below, not again as the edge of a full-canvas slot.
        CanvasSize canvas = ctx.doc().frame().canvas();
        Rectangle2D zoneShape = Geometry.awt(Geometry.intersection(zone, canvas.bounds()).orElse(zone));
        for (PhotoSlot slot : ctx.doc().frame().slots()) {
            Area overlap = new Area(slot.outline());
            overlap.intersect(new Area(zoneShape));
            boolean hidden = logo.layer().position() == LayerPosition.BELOW;
            boolean edgeCrosses = !slot.outline().contains(zoneShape);
            if (!overlap.isEmpty() && (hidden || edgeCrosses)) {
                Geometry.of(overlap.getBounds2D()).ifPresent(region -> ctx.findings().add(Rule.LOGO_CLEAR_SPACE,
                        region, id, "guideline.logo-clear-space.photo-edge", Describe.element(logo), px));
            }
        }
        if (!canvas.bounds().contains(zone)) {
            ctx.findings().add(Rule.LOGO_CLEAR_SPACE, zone, id, "guideline.logo-clear-space.canvas-edge",
                    Describe.element(logo), px);
        }
    }

    private static void minSize(CheckContext ctx, Element logo) {
        GuidelineSettings.Logo rule = ctx.settings().logo();
        Optional<String> id = Optional.of(logo.layer().id());
        double height = logo.ink().height();
        if (ctx.print().isPresent()) {
            double mm = ctx.print().get().toMm(height);
            if (mm < rule.minMillimetres()) {
                ctx.findings().add(Rule.LOGO_MIN_SIZE, logo.ink(), id, "guideline.logo-min-size.print",
                        Describe.element(logo), Shown.down(mm, 1), rule.minMillimetres());
            }
            return;
        }
        double px = height * GuidelineSettings.REFERENCE_WIDTH / ctx.doc().frame().canvas().width();
        if (px < rule.minPixels()) {
            ctx.findings().add(Rule.LOGO_MIN_SIZE, logo.ink(), id, "guideline.logo-min-size.screen",
                    Describe.element(logo), Shown.down(px, 0), rule.minPixels(), GuidelineSettings.REFERENCE_WIDTH);
        }
    }

    private static void integrity(CheckContext ctx, Element logo) {
        if (!(logo.layer() instanceof Layer.Image image)) {
            return;
        }
        Optional<String> id = Optional.of(image.id());
        double intrinsic = switch (image.asset()) {
            case Asset.Raster r -> (double) r.image().getWidth() / r.image().getHeight();
            case Asset.Vector v -> v.document().size().getWidth() / v.document().size().getHeight();
            case Asset.Typeface t -> Double.NaN;
        };
        double placed = image.bounds().width() / image.bounds().height();
        if (Double.isFinite(intrinsic) && intrinsic > 0 && Math.abs(placed / intrinsic - 1) > STRETCH_TOLERANCE) {
            ctx.findings().add(Rule.LOGO_INTEGRITY, image.bounds(), id, "guideline.logo-integrity.stretched",
                    Describe.element(logo), (int) Math.round(Math.abs(placed / intrinsic - 1) * 100));
        }
        if (image.opacity() < 1) {
            ctx.findings().add(Rule.LOGO_INTEGRITY, image.bounds(), id, "guideline.logo-integrity.faded",
                    Describe.element(logo), (int) Math.round(image.opacity() * 100));
        }
    }
}
