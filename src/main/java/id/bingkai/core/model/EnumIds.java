// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

import java.util.Optional;
import java.util.function.Function;

/** Finds the constant of an enum whose pack-file id (e.g. {@code "profile"}) is given. */
final class EnumIds {
    private EnumIds() {
    }

    static <E extends Enum<E>> Optional<E> find(E[] values, Function<E, String> idOf, String id) {
        for (E value : values) {
            if (idOf.apply(value).equals(id)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
