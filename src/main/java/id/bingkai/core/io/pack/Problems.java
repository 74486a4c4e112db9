// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import id.bingkai.core.error.Problem;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.json.ProblemSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Collects every problem of one pack in the order found, so a lint shows them all at once. */
final class Problems implements ProblemSink {
    static final String MANIFEST = "manifest.json";

    private final List<Problem> found = new ArrayList<>();

    @Override
    public void add(Problem problem) {
        found.add(problem);
    }

    void add(String file, String field, String key, Object... args) {
        found.add(new Problem(file, field, Msg.of(key, args)));
    }

    void add(String file, String field, Msg reason) {
        found.add(new Problem(file, field, reason));
    }

    /**
     * Calls a model constructor after the converter's own checks. Should it still refuse the values, its
     * (English) reason becomes a problem at {@code field} of the manifest instead of an exception.
     */
    <T> Optional<T> build(String field, Supplier<T> constructor) {
        try {
            return Optional.of(constructor.get());
        } catch (IllegalArgumentException e) {
            add(MANIFEST, field, "pack.problem.invalid", String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int size() {
        return found.size();
    }

    List<Problem> list() {
        return List.copyOf(found);
    }
}
