// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import static id.bingkai.testing.TestFrames.BLACK;
import static id.bingkai.core.guideline.RuleChecks.findings;
import static id.bingkai.testing.TestFrames.story;
import static id.bingkai.testing.TestFrames.tag;
import static id.bingkai.core.guideline.RuleChecks.withPhoto;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.Rule;
import id.bingkai.testing.TestFrames;
import org.junit.jupiter.api.Test;

class StoryBandsCheckTest {
    @Test
    void tagInTheMiddleOfAStoryIsClearOfTheBands() {
        assertThat(findings(withPhoto(story(tag(new Rect(90, 900, 900, 120), 80, BLACK))), Rule.STORY_BANDS)).isEmpty();
    }

    @Test
    void tagUnderTheAppHeaderIsFound() {
        var found = findings(withPhoto(story(tag(new Rect(90, 120, 900, 120), 80, BLACK))), Rule.STORY_BANDS);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message().key()).isEqualTo("guideline.story-bands.top");
            assertThat(f.region().maxY()).isLessThanOrEqualTo(1920 * 0.14 + 0.001);
        });
    }

    @Test
    void tagBehindTheReplyBoxIsFound() {
        var found = findings(withPhoto(story(tag(new Rect(90, 1650, 900, 120), 80, BLACK))), Rule.STORY_BANDS);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message().key()).isEqualTo("guideline.story-bands.bottom");
            assertThat(f.region().y()).isGreaterThanOrEqualTo(1920 * 0.80 - 0.001);
        });
    }

    @Test
    void decorationsMayFillTheBands() {
        var band = TestFrames.box("band", LayerRole.DECORATION, new Rect(0, 0, 1080, 300), 0xFFEC5425);
        assertThat(findings(withPhoto(story(band)), Rule.STORY_BANDS)).isEmpty();
    }

    @Test
    void squareFramesHaveNoStoryBands() {
        var square = TestFrames.frame(FrameKind.POSTER, 1080, 1080, new Rect(0, 0, 1080, 1080),
                tag(new Rect(90, 20, 900, 100), 80, BLACK));
        assertThat(findings(withPhoto(square), Rule.STORY_BANDS)).isEmpty();
    }

    @Test
    void anyFrameInNineBySixteenProportionsIsAStory() {
        var poster = TestFrames.frame(FrameKind.POSTER, 720, 1280, new Rect(0, 0, 720, 1280),
                tag(new Rect(60, 20, 600, 100), 60, BLACK));
        assertThat(findings(withPhoto(poster), Rule.STORY_BANDS)).hasSize(1);
    }
}
