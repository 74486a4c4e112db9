// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.Rect;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The geometry of the guides, in canvas units: the same shapes the rules test against. */
public final class GuidelineOverlays {
    /** Proportions within this much of 9:16 count as a story. */
    private static final double STORY_TOLERANCE = 0.02;

    private GuidelineOverlays() {
    }

    /** The circle a profile picture is cropped to: inscribed in the canvas, centred. */
    public static Ellipse2D circleCrop(CanvasSize canvas) {
        return centredCircle(canvas, 1);
    }

    /** WhatsApp's safe zone: a centred circle {@code fraction} of the inscribed circle's diameter. */
    public static Ellipse2D whatsappCentre(CanvasSize canvas, double fraction) {
        return centredCircle(canvas, fraction);
    }

    private static Ellipse2D centredCircle(CanvasSize canvas, double fraction) {
        double d = Math.min(canvas.width(), canvas.height()) * fraction;
        return new Ellipse2D.Double((canvas.width() - d) / 2, (canvas.height() - d) / 2, d, d);
    }

    /** Whether the story bands apply: a status frame, or any frame within 2 % of 9:16. */
    public static boolean isStory(Frame frame) {
        return frame.kind() == FrameKind.STATUS
                || Math.abs(frame.canvas().aspect() / (9.0 / 16) - 1) <= STORY_TOLERANCE;
    }

    /** The top band of a story kept free of text and logos (the app's own header covers it). */
    public static Optional<Rect> storyTop(CanvasSize canvas, GuidelineSettings.Story story) {
        double h = canvas.height() * story.top();
        return h > 0 ? Optional.of(new Rect(0, 0, canvas.width(), h)) : Optional.empty();
    }

    /** The bottom band of a story kept free of text and logos (the reply box covers it). */
    public static Optional<Rect> storyBottom(CanvasSize canvas, GuidelineSettings.Story story) {
        double h = canvas.height() * story.bottom();
        return h > 0 ? Optional.of(new Rect(0, canvas.height() - h, canvas.width(), h)) : Optional.empty();
    }

    /** Trim, safe area and bleed for printing the canvas on this paper. */
    public static PrintGeometry print(CanvasSize canvas, PrintSpec paper, GuidelineSettings settings) {
        return PrintGeometry.of(canvas, paper, settings.printSafeMarginMm());
    }

    /** Every guide that applies to a frame: circles for profiles, bands for stories, paper edges for print. */
    public static List<Overlay> forFrame(Frame frame, GuidelineSettings settings, Optional<PrintSpec> paper) {
        CanvasSize canvas = frame.canvas();
        List<Overlay> overlays = new ArrayList<>();
        if (frame.kind() == FrameKind.PROFILE) {
            overlays.add(new Overlay(Overlay.Kind.CIRCLE_CROP, circleCrop(canvas), "guideline.overlay.circle-crop"));
            overlays.add(new Overlay(Overlay.Kind.WHATSAPP_CENTRE, whatsappCentre(canvas, settings.whatsappCentre()),
                    "guideline.overlay.whatsapp-centre"));
        }
        if (isStory(frame)) {
            storyTop(canvas, settings.story()).ifPresent(r -> overlays.add(new Overlay(Overlay.Kind.STORY_BAND,
                    shape(r), "guideline.overlay.story-top")));
            storyBottom(canvas, settings.story()).ifPresent(r -> overlays.add(new Overlay(Overlay.Kind.STORY_BAND,
                    shape(r), "guideline.overlay.story-bottom")));
        }
        paper.ifPresent(p -> {
            PrintGeometry g = print(canvas, p, settings);
            overlays.add(new Overlay(Overlay.Kind.PRINT_BLEED, shape(g.bleed()), "guideline.overlay.print-bleed"));
            overlays.add(new Overlay(Overlay.Kind.PRINT_TRIM, shape(g.trim()), "guideline.overlay.print-trim"));
            overlays.add(new Overlay(Overlay.Kind.PRINT_SAFE, shape(g.safe()), "guideline.overlay.print-safe"));
        });
        return List.copyOf(overlays);
    }

    static Rectangle2D shape(Rect r) {
        return new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height());
    }
}
