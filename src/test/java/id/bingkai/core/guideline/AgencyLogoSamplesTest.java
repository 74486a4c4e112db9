// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.i18n.Messages;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.pack.PackLimits;
import id.bingkai.core.io.pack.PackLoader;
import id.bingkai.core.model.AgencyLogo;
import id.bingkai.core.model.Asset;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.PlacedPhoto;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.Severity;
import id.bingkai.testing.Pictures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The sample posters offer a place for the agency logo beside the campaign logo, and any logo the officer picks
 * there passes the guideline as the pack placed it: even a fully opaque square one, the largest ink a place can get.
 */
class AgencyLogoSamplesTest {
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private final FramePack sample = new PackLoader(new ImageLoader(PixelBudget.DEFAULT, Optional.empty()),
            PackLimits.DEFAULT).builtIn();

    @Test
    void thePostersAndThePledgeCardHaveAPlaceAndTheProfileFramesDoNot() {
        assertThat(sample.frames().stream().filter(f -> f.logoPlace().isPresent()).map(Frame::id))
                .containsExactlyInAnyOrder("poster-a4", "poster-a3", "instagram-4-5", "videotron-16-9",
                        "spanduk-3x1", "roll-up-60x160", "ikrar-a4");
    }

    @Test
    void aSquareOpaqueLogoInEverySamplePlaceRaisesNoFinding() {
        AgencyLogo square = new AgencyLogo(new Asset.Raster("persegi.png", Pictures.flat(300, 300, 0x14532D)));
        AgencyLogo round = new AgencyLogo(new Asset.Raster("bulat.png", Pictures.disc(300, 300)));
        List<String> problems = new ArrayList<>();
        for (Frame frame : sample.frames()) {
            if (frame.logoPlace().isEmpty()) {
                continue;
            }
            for (AgencyLogo logo : List.of(square, round)) {
                Document doc = Document.of(sample, frame).withAgencyLogo(Optional.of(logo));
                for (PhotoSlot slot : frame.slots()) {
                    doc = doc.withPhoto(slot.id(), new PlacedPhoto(SamplePhotos.ref(SamplePhotos.COLOURS[0],
                            slot.bounds()), Placement.COVER));
                }
                RuleChecks.check(doc).findings().stream().filter(f -> f.severity() != Severity.INFO)
                        .forEach(f -> problems.add(frame.id() + " with " + logo.name() + ": "
                                + ENGLISH.format(f.message())));
            }
        }
        assertThat(problems).isEmpty();
    }
}
