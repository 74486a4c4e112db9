// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.i18n.Msg;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.PhotoPlaces;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.PlacedPhoto;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.Rule;
import id.bingkai.core.render.PlacementGeometry;
import java.awt.Shape;
import java.awt.geom.Area;
import java.util.Optional;

/**
 * {@code photo-coverage} and {@code photo-resolution}: the photo fills its slot (no empty corners) and has
 * enough pixels for the output: not enlarged past the pack's limit on screen, at least the minimum effective
 * ppi in print.
 */
final class PhotoCheck implements RuleCheck {
    @Override
    public void check(CheckContext ctx) {
        Frame frame = ctx.doc().frame();
        for (PhotoSlot slot : frame.slots()) {
            Optional<String> id = Optional.of(slot.id());
            Optional<PlacedPhoto> placed = ctx.doc().photo(slot.id());
            if (placed.isEmpty()) {
                ctx.findings().add(Rule.PHOTO_COVERAGE, slot.bounds(), id, "guideline.photo-coverage.empty",
                        PhotoPlaces.placeName(frame, slot));
                continue;
            }
            PhotoRef photo = placed.get().photo();
            Shape outline = PlacementGeometry.outline(slot.bounds(), photo, placed.get().placement());
            coverage(ctx, slot, outline, id, PhotoPlaces.photoName(frame, slot));
            resolution(ctx, slot, placed.get(), outline, id);
        }
    }

    private static void coverage(CheckContext ctx, PhotoSlot slot, Shape outline, Optional<String> id, Msg name) {
        Area gap = new Area(slot.outline());
        gap.subtract(new Area(outline));
        Geometry.of(gap.getBounds2D()).ifPresent(region -> ctx.findings().add(Rule.PHOTO_COVERAGE, region, id,
                "guideline.photo-coverage.gap", name));
    }

    private static void resolution(CheckContext ctx, PhotoSlot slot, PlacedPhoto placed, Shape outline,
            Optional<String> id) {
        PhotoRef photo = placed.photo();
        double scale = PlacementGeometry.scale(slot.bounds(), photo, placed.placement());
        Rect region = Geometry.intersection(slot.bounds(), Geometry.of(outline.getBounds2D()).orElse(slot.bounds()))
                .orElse(slot.bounds());
        GuidelineSettings.Photo limits = ctx.settings().photo();
        if (ctx.print().isPresent()) {
            double ppi = ctx.print().get().unitsPerMm() * PrintSpec.MM_PER_INCH / scale;
            if (ppi < limits.minPrintPpi()) {
                ctx.findings().add(Rule.PHOTO_RESOLUTION, region, id, "guideline.photo-resolution.print",
                        photo.width(), photo.height(), Shown.down(ppi, 0), limits.minPrintPpi());
            }
            return;
        }
        double enlargement = scale * ctx.exportWidth() / ctx.doc().frame().canvas().width();
        if (enlargement > limits.maxUpscale()) {
            long needW = (long) Math.ceil(photo.width() * enlargement / limits.maxUpscale());
            long needH = (long) Math.ceil(photo.height() * enlargement / limits.maxUpscale());
            ctx.findings().add(Rule.PHOTO_RESOLUTION, region, id, "guideline.photo-resolution.upscaled",
                    photo.width(), photo.height(), Shown.up(enlargement, 1), limits.maxUpscale(), needW, needH,
                    ctx.exportWidth());
        }
    }
}
