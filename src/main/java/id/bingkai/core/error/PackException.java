// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.error;

import id.bingkai.core.i18n.Msg;
import java.nio.file.Path;
import java.util.List;

/** A pack could not be loaded; {@link #problems()} lists every reason found, not just the first. */
public class PackException extends BadInputException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public PackException(Path pack, List<Problem> problems) {
        super(pack, Msg.of("pack.error.summary", problems.size()));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a pack exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
