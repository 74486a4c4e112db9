// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.guideline;

import id.bingkai.core.guideline.GuidelineOverlays;
import id.bingkai.core.guideline.Overlay;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;

/**
 * One switch in the editor's guide bar; each shows one or more of the core's {@link Overlay overlays}.
 * The circle, the story bands and the print lines start switched on: each marks what the platform or the
 * printer will cut off or cover, which the user cannot see otherwise. WhatsApp's centre is a stricter advice
 * (a note, not a warning), so its extra line stays off until asked for.
 */
public enum Guide {
    CIRCLE_CROP("guideline.ui.guide.circle", "guideline.ui.guide.circle.help", true),
    WHATSAPP_CENTRE("guideline.ui.guide.whatsapp", "guideline.ui.guide.whatsapp.help", false),
    STORY_BANDS("guideline.ui.guide.story", "guideline.ui.guide.story.help", true),
    PRINT("guideline.ui.guide.print", "guideline.ui.guide.print.help", true);

    private final String labelKey;
    private final String helpKey;
    private final boolean onByDefault;

    Guide(String labelKey, String helpKey, boolean onByDefault) {
        this.labelKey = labelKey;
        this.helpKey = helpKey;
        this.onByDefault = onByDefault;
    }

    public String labelKey() {
        return labelKey;
    }

    public String helpKey() {
        return helpKey;
    }

    public boolean onByDefault() {
        return onByDefault;
    }

    /** Whether the guide means anything for this frame on this paper. */
    public boolean appliesTo(Frame frame, Paper paper) {
        return switch (this) {
            case CIRCLE_CROP, WHATSAPP_CENTRE -> frame.kind() == FrameKind.PROFILE;
            case STORY_BANDS -> GuidelineOverlays.isStory(frame);
            case PRINT -> paper.spec().isPresent();
        };
    }

    public static Guide of(Overlay.Kind kind) {
        return switch (kind) {
            case CIRCLE_CROP -> CIRCLE_CROP;
            case WHATSAPP_CENTRE -> WHATSAPP_CENTRE;
            case STORY_BAND -> STORY_BANDS;
            case PRINT_TRIM, PRINT_SAFE, PRINT_BLEED -> PRINT;
        };
    }
}
