// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.i18n.Msg;
import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects the findings of one check, giving each the severity the settings assign to its rule. */
final class Findings {
    private final GuidelineSettings settings;
    private final CanvasSize canvas;
    private final List<Finding> found = new ArrayList<>();

    Findings(GuidelineSettings settings, CanvasSize canvas) {
        this.settings = settings;
        this.canvas = canvas;
    }

    boolean enabled(Rule rule) {
        return settings.severity(rule).isPresent();
    }

    /** Adds a finding; the region is clipped to the canvas so the editor can always show it. */
    void add(Rule rule, Rect region, Optional<String> layerId, String key, Object... args) {
        settings.severity(rule).ifPresent(severity -> {
            Rect shown = Geometry.intersection(region, canvas.bounds()).orElse(region);
            found.add(new Finding(rule, severity, Msg.of(key, args), shown, layerId));
        });
    }

    List<Finding> list() {
        return List.copyOf(found);
    }
}
