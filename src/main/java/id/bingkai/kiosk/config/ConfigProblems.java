// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.config;

import id.bingkai.core.error.Problem;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.json.ProblemSink;
import java.util.ArrayList;
import java.util.List;

/** Every problem of one config file in the order found, so the admin fixes them all in one go. */
final class ConfigProblems implements ProblemSink {
    private final String file;
    private final List<Problem> found = new ArrayList<>();

    ConfigProblems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    @Override
    public void add(Problem problem) {
        found.add(problem);
    }

    void add(String field, String key, Object... args) {
        found.add(new Problem(file, field, Msg.of(key, args)));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<Problem> list() {
        return List.copyOf(found);
    }
}
