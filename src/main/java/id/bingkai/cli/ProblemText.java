// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.error.Problem;
import id.bingkai.core.i18n.Messages;

/** One line per pack problem: {@code file: field: reason}. */
final class ProblemText {
    private ProblemText() {
    }

    static String format(Messages m, Problem p) {
        StringBuilder line = new StringBuilder(p.file());
        if (!p.field().isEmpty()) {
            line.append(": ").append(p.field());
        }
        return line.append(": ").append(m.format(p.reason())).toString();
    }
}
