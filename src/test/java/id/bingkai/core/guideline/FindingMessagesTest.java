// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import static id.bingkai.testing.TestFrames.BLACK;
import static id.bingkai.testing.TestFrames.WHITE;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.LocalizedText;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.SlotShape;
import id.bingkai.testing.Pictures;
import id.bingkai.testing.TestFrames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every kind of finding reads as a finished sentence in both languages: no missing key, no raw pattern. */
class FindingMessagesTest {
    @Test
    void everyFindingFormatsInIndonesianAndEnglish() {
        List<Finding> all = new ArrayList<>();
        var circleBadge = PhotoSlot.of("foto", SlotShape.ELLIPSE, new Rect(140, 100, 800, 800));
        all.addAll(screen(RuleChecks.withPhoto(TestFrames.profile(
                TestFrames.logo("a", new Rect(20, 20, 60, 60)),
                TestFrames.logo("b", new Rect(390, 440, 300, 200), Pictures.disc(200, 200), 0.5),
                TestFrames.tag(new Rect(140, 505, 800, 60), 20, WHITE)), 0xFFFFFF, 500, 500,
                new Placement(0, 0, 0.8, 0, false))));
        all.addAll(screen(RuleChecks.withPhoto(TestFrames.frame(FrameKind.PROFILE, 1080, 1080, circleBadge,
                TestFrames.logo("c", new Rect(820, 60, 160, 160)), TestFrames.tag(new Rect(140, 900, 800, 80), 60,
                        BLACK)))));
        all.addAll(screen(RuleChecks.withPhoto(TestFrames.story(TestFrames.tag(new Rect(90, 120, 900, 120), 80, BLACK),
                TestFrames.text("bawah", LayerRole.TAG, new Rect(90, 1650, 900, 120), "{tag}", 80, BLACK)))));
        var empty = TestFrames.profile();
        all.addAll(screen(Document.of(TestFrames.pack(empty), empty)));
        var poster = TestFrames.frame(FrameKind.POSTER, 2480, 3508, new Rect(0, 0, 2480, 3508),
                TestFrames.logo("d", new Rect(20, 1000, 100, 100)),
                TestFrames.text("e", LayerRole.TEXT, new Rect(40, 2000, 600, 100), "Nama", 80, BLACK));
        all.addAll(print(RuleChecks.withPhoto(poster, 0x808080, 800, 1100)));
        all.addAll(print(RuleChecks.withPhoto(TestFrames.profile(), 0x808080, 8000, 8000)));
        var bare = new Frame("bare", LocalizedText.of("x"), FrameKind.POSTER, new CanvasSize(2551, 3579),
                Optional.empty(),
                List.of(PhotoSlot.of("foto", SlotShape.RECTANGLE, new Rect(100, 100, 2351, 3379))), List.of(),
                List.of(),
                false);
        all.addAll(print(RuleChecks.withPhoto(bare, 0x808080, 9000, 13000)));

        Set<String> keys = new TreeSet<>();
        for (Finding f : all) {
            keys.add(f.message().key());
            for (Locale locale : List.of(Messages.INDONESIAN, Locale.ENGLISH)) {
                String text = new Messages(locale).format(f.message());
                assertThat(text).as(f.message().key()).doesNotContain("!guideline").doesNotContain("{")
                        .endsWith(".");
            }
        }
        assertThat(keys).as("every finding message in the code").hasSize(21);
    }

    private static List<Finding> screen(Document doc) {
        return RuleChecks.check(doc).findings();
    }

    private static List<Finding> print(Document doc) {
        return RuleChecks.CHECKER.check(doc, CheckOptions.print(GuidelineSettings.DEFAULT, PrintSpec.A4),
                new SamplePhotos()).findings();
    }
}
