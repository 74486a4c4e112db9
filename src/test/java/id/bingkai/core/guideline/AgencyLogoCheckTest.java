// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import static id.bingkai.core.guideline.RuleChecks.findings;
import static id.bingkai.core.guideline.RuleChecks.withPhoto;
import static id.bingkai.testing.TestFrames.logo;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.model.AgencyLogo;
import id.bingkai.core.model.Asset;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.PrintSize;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.Rule;
import id.bingkai.testing.Pictures;
import id.bingkai.testing.TestFrames;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The agency's own logo beside the campaign logo: distance between the two, size, and its own minimum size. */
class AgencyLogoCheckTest {
    /** A 1080 x 1080 frame: the photo fills the lower part, the campaign logo (200 px) sits top left. */
    private static Frame frame(Rect place) {
        return TestFrames.frame(FrameKind.PROFILE, 1080, 1080, new Rect(0, 500, 1080, 580),
                logo("lambang", new Rect(100, 100, 200, 200)),
                new Layer.LogoPlace("logo-instansi", LayerPosition.ABOVE, place));
    }

    private static Document with(Rect place, BufferedImage picture) {
        return withPhoto(frame(place)).withAgencyLogo(Optional.of(
                new AgencyLogo(new Asset.Raster("instansi.png", picture))));
    }

    @Test
    void agencyLogoWellApartAndNoTallerPassesEveryLogoRule() {
        Document doc = with(new Rect(700, 100, 200, 200), Pictures.disc(300, 300));
        assertThat(findings(doc, Rule.LOGO_CLEAR_SPACE)).isEmpty();
        assertThat(findings(doc, Rule.AGENCY_LOGO_SIZE)).isEmpty();
        assertThat(findings(doc, Rule.LOGO_MIN_SIZE)).isEmpty();
    }

    @Test
    void clearSpacesOfTheTwoLogosMayNotOverlap() {
        // Both 200 px tall: 50 px clear space each, so they must stand 100 px apart; here they are 80 px apart.
        Document doc = with(new Rect(380, 100, 200, 200), Pictures.disc(300, 300));
        assertThat(findings(doc, Rule.LOGO_CLEAR_SPACE)).singleElement().satisfies(f -> {
            assertThat(f.message().key()).isEqualTo("guideline.logo-clear-space.logos");
            assertThat(f.message().args()).contains(100, 80);
            assertThat(f.layerId()).contains("logo-instansi");
        });
        // 120 px apart: the zones only touch 20 px short of each other, nothing to report.
        assertThat(findings(with(new Rect(420, 100, 200, 200), Pictures.disc(300, 300)), Rule.LOGO_CLEAR_SPACE))
                .isEmpty();
    }

    @Test
    void agencyLogoTallerThanTheCampaignLogoIsFound() {
        Document doc = with(new Rect(650, 60, 260, 260), Pictures.disc(300, 300));
        assertThat(findings(doc, Rule.AGENCY_LOGO_SIZE)).singleElement().satisfies(f -> {
            assertThat(f.message().key()).isEqualTo("guideline.agency-logo-size.taller");
            assertThat(f.region().height()).isGreaterThan(250);
        });
    }

    @Test
    void aWideLogoInATallPlaceIsJudgedByWhatIsDrawnNotByThePlace() {
        // A 4:1 logo in a 260 px square place is drawn 260 x 65: not taller than the campaign logo, but under the
        // 100 px screen minimum.
        Document doc = with(new Rect(650, 60, 260, 260), Pictures.flat(400, 100, 0x204080));
        assertThat(findings(doc, Rule.AGENCY_LOGO_SIZE)).isEmpty();
        assertThat(findings(doc, Rule.LOGO_MIN_SIZE)).singleElement()
                .satisfies(f -> assertThat(f.layerId()).contains("logo-instansi"));
    }

    @Test
    void anEmptyPlaceIsNotChecked() {
        Document doc = withPhoto(frame(new Rect(310, 100, 300, 300)));
        assertThat(RuleChecks.check(doc).findings()).noneMatch(f -> f.layerId().equals(Optional.of("logo-instansi")));
    }

    @Test
    void agencyLogoUnderTheMinimumInMillimetresIsFoundOnAPrintFrame() {
        // A 108 x 108 mm card at 10 px per mm: the 120 px place holds a 12 mm logo, under the 15 mm minimum.
        Frame screen = frame(new Rect(700, 100, 120, 120));
        Frame card = new Frame("kartu", screen.name(), FrameKind.CARD, screen.canvas(), screen.background(),
                screen.slots(), screen.layers(), screen.fields(), false, screen.guideline(),
                Optional.of(new PrintSize(108, 108, 0)));
        Document doc = withPhoto(card).withAgencyLogo(Optional.of(
                new AgencyLogo(new Asset.Raster("instansi.png", Pictures.disc(300, 300)))));
        assertThat(findings(doc, Rule.LOGO_MIN_SIZE)).singleElement().satisfies(f -> {
            assertThat(f.layerId()).contains("logo-instansi");
            assertThat(f.message().key()).isEqualTo("guideline.logo-min-size.print");
        });
        Document bigger = withPhoto(new Frame("kartu", card.name(), FrameKind.CARD, card.canvas(), card.background(),
                card.slots(), frame(new Rect(700, 100, 180, 180)).layers(), card.fields(), false, card.guideline(),
                card.print())).withAgencyLogo(doc.agencyLogo());
        assertThat(findings(bigger, Rule.LOGO_MIN_SIZE)).isEmpty();
    }
}
