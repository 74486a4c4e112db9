// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.guideline;

import id.bingkai.core.guideline.PrintGeometry;
import id.bingkai.core.guideline.PrintSpec;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import java.util.Optional;
import java.util.Set;

/** What the design is checked for: the screen, or one of the paper presets (adds the print rules and guides). */
public enum Paper {
    SCREEN(null, "guideline.ui.paper.screen"),
    A4(PrintSpec.A4, "guideline.ui.paper.a4"),
    A3(PrintSpec.A3, "guideline.ui.paper.a3");

    /** Kinds that are usually printed; only these offer a paper. */
    private static final Set<FrameKind> PRINTED = Set.of(FrameKind.POSTER, FrameKind.BANNER, FrameKind.CARD);

    private final PrintSpec spec;
    private final String labelKey;

    Paper(PrintSpec spec, String labelKey) {
        this.spec = spec;
        this.labelKey = labelKey;
    }

    public Optional<PrintSpec> spec() {
        return Optional.ofNullable(spec);
    }

    public String labelKey() {
        return labelKey;
    }

    public static boolean offeredFor(Frame frame) {
        return PRINTED.contains(frame.kind());
    }

    /**
     * A printed kind whose canvas has the proportions of A4/A3 (with or without bleed) gets the preset whose
     * 300 dpi size is nearest to the canvas; everything else (a banner, a profile picture) is for the screen.
     */
    public static Paper defaultFor(Frame frame) {
        if (!offeredFor(frame)) {
            return SCREEN;
        }
        Paper best = SCREEN;
        double bestDistance = Double.MAX_VALUE;
        for (Paper p : new Paper[] {A4, A3}) {
            PrintGeometry g = PrintGeometry.of(frame.canvas(), p.spec, 5);
            if (!g.proportionsMatch()) {
                continue;
            }
            PrintSpec oriented = p.spec.orientedFor(frame.canvas());
            int width = g.bleedIncluded() ? oriented.bleedWidthPx() : oriented.trimWidthPx();
            double distance = Math.abs(Math.log((double) frame.canvas().width() / width));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = p;
            }
        }
        return best;
    }
}
