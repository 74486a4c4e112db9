// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.guideline.Finding;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.Rect;

/** One line per finding: {@code [severity] rule-id: message (where)}. */
final class FindingText {
    private FindingText() {
    }

    static String format(Messages m, Finding f) {
        Rect r = f.region();
        return "  [" + m.get(f.severity().labelKey()) + "] " + f.rule().id() + ": " + m.format(f.message()) + " ("
                + m.get("cli.check.region", r.x(), r.y(), r.width(), r.height()) + ")";
    }
}
