// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.Rule;
import java.util.Optional;

/** {@code story-bands}: a 9:16 story keeps text and logos out of the bands the app draws over. */
final class StoryBandsCheck implements RuleCheck {
    @Override
    public void check(CheckContext ctx) {
        if (!GuidelineOverlays.isStory(ctx.doc().frame())) {
            return;
        }
        CanvasSize canvas = ctx.doc().frame().canvas();
        GuidelineSettings.Story story = ctx.settings().story();
        Optional<Rect> top = GuidelineOverlays.storyTop(canvas, story);
        Optional<Rect> bottom = GuidelineOverlays.storyBottom(canvas, story);
        for (Element e : ctx.marked()) {
            Optional<String> id = Optional.of(e.layer().id());
            top.flatMap(band -> e.inside(Geometry.awt(band))).ifPresent(r -> ctx.findings().add(Rule.STORY_BANDS,
                    r, id, "guideline.story-bands.top", Describe.element(e), percent(story.top())));
            bottom.flatMap(band -> e.inside(Geometry.awt(band))).ifPresent(r -> ctx.findings().add(Rule.STORY_BANDS,
                    r, id, "guideline.story-bands.bottom", Describe.element(e), percent(story.bottom())));
        }
    }

    private static int percent(double fraction) {
        return (int) Math.round(fraction * 100);
    }
}
