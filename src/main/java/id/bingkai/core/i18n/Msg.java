// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A message to show the user, as a bundle key and its arguments; turned into text by {@link Messages}. */
public record Msg(String key, List<Object> args) {
    public Msg {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args.stream().map(a -> a == null ? "null" : a).toList());
    }

    public static Msg of(String key, Object... args) {
        return new Msg(key, Arrays.asList(args));
    }
}
