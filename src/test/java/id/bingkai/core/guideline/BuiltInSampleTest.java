// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.i18n.Messages;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.core.io.pack.PackLimits;
import id.bingkai.core.io.pack.PackLoader;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.PlacedPhoto;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sample set Bingkai ships must follow the rules Bingkai teaches. */
class BuiltInSampleTest {
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private final FramePack sample = new PackLoader(new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system()), PackLimits.DEFAULT).builtIn();

    @Test
    void noSampleFrameHasAWarningOrABlockingFindingWithAGoodPhoto() {
        List<String> problems = new ArrayList<>();
        for (Frame frame : sample.frames()) {
            for (int rgb : SamplePhotos.COLOURS) {
                Document doc = Document.of(sample, frame);
                for (PhotoSlot slot : frame.slots()) {
                    doc = doc.withPhoto(slot.id(), new PlacedPhoto(SamplePhotos.ref(rgb, slot.bounds()),
                            Placement.COVER));
                }
                List<Finding> serious = RuleChecks.check(doc).findings().stream()
                        .filter(f -> f.severity() != Severity.INFO).toList();
                serious.forEach(f -> problems.add(frame.id() + " with photo " + Integer.toHexString(rgb) + ": "
                        + ENGLISH.format(f.message())));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everySampleFrameCanPass() {
        var lint = new GuidelineLint(RuleChecks.CHECKER).lint(sample, f -> GuidelineSettings.DEFAULT, Optional.empty());
        assertThat(lint).noneMatch(GuidelineLint.FrameFindings::neverPasses);
    }
}
