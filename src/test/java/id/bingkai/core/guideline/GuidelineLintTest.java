// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import static id.bingkai.testing.TestFrames.WHITE;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.Rule;
import id.bingkai.testing.Pictures;
import id.bingkai.testing.TestFrames;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuidelineLintTest {
    private final GuidelineLint lint = new GuidelineLint(RuleChecks.CHECKER);

    @Test
    void stretchedLogoMakesAFrameThatCanNeverPass() {
        var bad = TestFrames.profile(
                TestFrames.logo("logo", new Rect(390, 440, 300, 200), Pictures.disc(200, 200), 1));
        var found = lint.lint(TestFrames.pack(bad), f -> GuidelineSettings.DEFAULT, Optional.empty());
        assertThat(found).singleElement().satisfies(ff -> {
            assertThat(ff.neverPasses()).isTrue();
            assertThat(ff.findings()).extracting(Finding::rule).contains(Rule.LOGO_INTEGRITY);
        });
    }

    @Test
    void findingsThatDependOnThePhotoAreNotBlamedOnTheFrame() {
        // White text straight on the photo is unreadable on a white photo only; with legibility blocking, the
        // frame still can pass with the right photo.
        var frame = TestFrames.profile(TestFrames.tag(new Rect(60, 400, 960, 140), 100, WHITE));
        var blocking = GuidelineSettings.DEFAULT.withBlocking(Set.of(Rule.LEGIBILITY));
        assertThat(RuleChecks.check(RuleChecks.withPhoto(frame, 0xFFFFFF, 4000, 4000)).findings())
                .extracting(Finding::rule).contains(Rule.LEGIBILITY);
        assertThat(lint.photoIndependent(TestFrames.pack(frame), frame, blocking, Optional.empty()))
                .extracting(Finding::rule).doesNotContain(Rule.LEGIBILITY);
    }

    @Test
    void warningsThatNoPhotoCanFixAreListedWithoutFailingTheFrame() {
        var frame = TestFrames.profile(TestFrames.logo("logo", new Rect(20, 20, 150, 150)));
        var found = lint.lint(TestFrames.pack(frame), f -> GuidelineSettings.DEFAULT, Optional.empty());
        assertThat(found).singleElement().satisfies(ff -> {
            assertThat(ff.neverPasses()).isFalse();
            assertThat(ff.findings()).extracting(Finding::rule).contains(Rule.CIRCLE_CROP);
        });
    }

    @Test
    void aCleanFrameHasNothingToReport() {
        var frame = TestFrames.profile(TestFrames.logo("logo", new Rect(440, 440, 200, 200)));
        assertThat(lint.lint(TestFrames.pack(frame), f -> GuidelineSettings.DEFAULT, Optional.empty())).isEmpty();
    }
}
