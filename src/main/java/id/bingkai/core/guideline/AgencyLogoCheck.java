// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.Rule;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The agency's own logo beside the campaign logo. {@code logo-clear-space}: the clear space around the agency logo
 * may not reach into the campaign logo's clear space, so the two stand at least both spaces apart.
 * {@code agency-logo-size}: the agency logo is never taller than the campaign logo, which stays the one that
 * leads. Its own minimum size, canvas edge and clear space against other elements are {@link LogoCheck}'s.
 */
final class AgencyLogoCheck implements RuleCheck {
    /** Rounding of the box maths; a logo exactly as tall as the campaign logo is fine. */
    private static final double SIZE_TOLERANCE = 0.005;

    @Override
    public void check(CheckContext ctx) {
        Optional<Element> agency = ctx.elements().stream().filter(e -> e.layer().role() == LayerRole.AGENCY_LOGO)
                .findFirst();
        List<Element> campaign = ctx.elements().stream().filter(e -> e.layer().role() == LayerRole.LOGO).toList();
        if (agency.isEmpty() || campaign.isEmpty()) {
            return;
        }
        Element own = agency.get();
        double clear = ctx.settings().logo().clearSpace();
        Optional<String> id = Optional.of(own.layer().id());
        for (Element logo : campaign) {
            double needed = clear * own.ink().height() + clear * logo.ink().height();
            Rect ownZone = Geometry.expand(own.ink(), clear * own.ink().height());
            Rect logoZone = Geometry.expand(logo.ink(), clear * logo.ink().height());
            Geometry.intersection(ownZone, logoZone).ifPresent(overlap -> ctx.findings().add(Rule.LOGO_CLEAR_SPACE,
                    Geometry.union(own.ink(), overlap), id, "guideline.logo-clear-space.logos",
                    Describe.element(own), Describe.element(logo), (int) Math.ceil(needed),
                    (int) Math.floor(gap(own.ink(), logo.ink()))));
        }
        Element tallest = campaign.stream().max(Comparator.comparingDouble(e -> e.ink().height())).orElseThrow();
        if (own.ink().height() > tallest.ink().height() * (1 + SIZE_TOLERANCE)) {
            ctx.findings().add(Rule.AGENCY_LOGO_SIZE, own.ink(), id, "guideline.agency-logo-size.taller",
                    Describe.element(own), (int) Math.round(own.ink().height()), Describe.element(tallest),
                    (int) Math.round(tallest.ink().height()));
        }
    }

    /** The campaign logo and the agency logo, in either order: their distance is this check's to judge. */
    static boolean pair(Element a, Element b) {
        LayerRole x = a.layer().role();
        LayerRole y = b.layer().role();
        return x == LayerRole.LOGO && y == LayerRole.AGENCY_LOGO || x == LayerRole.AGENCY_LOGO && y == LayerRole.LOGO;
    }

    /** The empty space between two boxes (0 when they touch or overlap). */
    private static double gap(Rect a, Rect b) {
        double dx = Math.max(0, Math.max(b.x() - a.maxX(), a.x() - b.maxX()));
        double dy = Math.max(0, Math.max(b.y() - a.maxY(), a.y() - b.maxY()));
        return Math.hypot(dx, dy);
    }
}
