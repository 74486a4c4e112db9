// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.config;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.error.Problem;
import id.bingkai.core.i18n.Msg;
import java.nio.file.Path;
import java.util.List;

/** The kiosk configuration cannot be used; {@link #problems()} names every problem found (file, JSON path, reason). */
public final class KioskConfigException extends BadInputException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public KioskConfigException(Path file, List<Problem> problems) {
        super(file, Msg.of("kiosk.config.error.summary", problems.size()));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a config exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
