// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.config;

import id.bingkai.core.error.Problem;
import id.bingkai.core.i18n.Msg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Every problem of one config file in the order found, so the admin fixes them all in one go. */
final class ConfigProblems {
    private final String file;
    private final List<Problem> found = new ArrayList<>();

    ConfigProblems(String file) {
        this.file = file;
    }

    void add(String field, String key, Object... args) {
        found.add(new Problem(file, field, Msg.of(key, args)));
    }

    /** Calls a record constructor; should it refuse the values, its reason becomes a problem at {@code field}. */
    <T> Optional<T> build(String field, Supplier<T> constructor) {
        try {
            return Optional.of(constructor.get());
        } catch (IllegalArgumentException e) {
            add(field, "pack.problem.invalid", String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<Problem> list() {
        return List.copyOf(found);
    }
}
