// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.Rule;
import java.awt.geom.Ellipse2D;
import java.util.Optional;

/**
 * {@code circle-crop} and {@code whatsapp-centre}: on a profile picture, logos and text must survive the circular
 * crop every platform applies, and ideally WhatsApp's stricter centre circle.
 */
final class CircleCropCheck implements RuleCheck {
    @Override
    public void check(CheckContext ctx) {
        if (ctx.doc().frame().kind() != FrameKind.PROFILE) {
            return;
        }
        Ellipse2D circle = GuidelineOverlays.circleCrop(ctx.doc().frame().canvas());
        Ellipse2D centre = GuidelineOverlays.whatsappCentre(ctx.doc().frame().canvas(),
                ctx.settings().whatsappCentre());
        int percent = (int) Math.round(ctx.settings().whatsappCentre() * 100);
        for (Element e : ctx.marked()) {
            Optional<String> id = Optional.of(e.layer().id());
            e.outside(circle).ifPresentOrElse(
                    region -> ctx.findings().add(Rule.CIRCLE_CROP, region, id, "guideline.circle-crop.outside",
                            Describe.element(e)),
                    () -> e.outside(centre).ifPresent(region -> ctx.findings().add(Rule.WHATSAPP_CENTRE, region, id,
                            "guideline.whatsapp-centre.outside", Describe.element(e), percent)));
        }
    }
}
