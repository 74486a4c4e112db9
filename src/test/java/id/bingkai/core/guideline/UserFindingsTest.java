// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.core.io.pack.PackLimits;
import id.bingkai.core.io.pack.PackLoader;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.PlacedPhoto;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.Rule;
import org.junit.jupiter.api.Test;

/** The editor shows what the user can fix; what the frame itself causes stays with the pack's lint. */
class UserFindingsTest {
    private final FramePack sample = new PackLoader(new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system()), PackLimits.DEFAULT).builtIn();
    private final Frame badge = sample.frame("lencana-lingkaran").orElseThrow();
    private final UserFindings user = new UserFindings(RuleChecks.CHECKER);

    private Document withPhoto(Placement placement) {
        PhotoSlot slot = badge.primarySlot();
        return Document.of(sample, badge).withPhoto(slot.id(),
                new PlacedPhoto(SamplePhotos.ref(0x808080, slot.bounds()), placement));
    }

    @Test
    void adviceTheFrameItselfCausesIsLeftOut() {
        Document doc = withPhoto(Placement.COVER);
        CheckOptions options = CheckOptions.screen(badge.guideline());
        GuidelineReport full = RuleChecks.CHECKER.check(doc, options, new SamplePhotos());
        assertThat(full.findings()).as("the badge's own layers sit outside WhatsApp's centre")
                .anyMatch(f -> f.rule() == Rule.WHATSAPP_CENTRE);

        GuidelineReport shown = user.check(doc, options, new SamplePhotos());
        assertThat(shown.findings()).noneMatch(f -> f.rule() == Rule.WHATSAPP_CENTRE);
    }

    @Test
    void aTypedNameTheFrameSetsTooSmallForTheSmallestAvatarIsTheFramesFinding() {
        Document doc = withPhoto(Placement.COVER).withText("nama", "Siti Aminah");
        CheckOptions options = CheckOptions.screen(badge.guideline());
        GuidelineReport full = RuleChecks.CHECKER.check(doc, options, new SamplePhotos());
        assertThat(full.findings()).as("the name is a few pixels high in a 110 px avatar")
                .anyMatch(f -> f.message().key().equals("guideline.legibility.small"));

        GuidelineReport shown = user.check(doc, options, new SamplePhotos());
        assertThat(shown.findings()).noneMatch(f -> f.message().key().equals("guideline.legibility.small"));
    }

    @Test
    void whatTheUserCausesStays() {
        Document doc = withPhoto(Placement.COVER.withZoom(0.5));
        GuidelineReport shown = user.check(doc, CheckOptions.screen(badge.guideline()), new SamplePhotos());
        assertThat(shown.blocksExport()).isTrue();
        assertThat(shown.findings()).anyMatch(f -> f.rule() == Rule.PHOTO_COVERAGE);
    }
}
