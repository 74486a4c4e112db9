// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.i18n.Msg;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.Rule;
import id.bingkai.core.model.Severity;
import java.util.Objects;
import java.util.Optional;

/**
 * One place where a document breaks a guideline rule.
 *
 * @param message what is wrong and how to fix it, in the user's language through the bundles
 * @param region  the part of the canvas to highlight, in canvas units
 * @param layerId the layer at fault, when there is one (a slot id for photo findings)
 */
public record Finding(Rule rule, Severity severity, Msg message, Rect region, Optional<String> layerId) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(layerId, "layerId");
    }

    public boolean blocking() {
        return severity == Severity.BLOCKING;
    }
}
