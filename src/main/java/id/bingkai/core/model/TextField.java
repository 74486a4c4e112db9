// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

import java.util.Objects;
import java.util.regex.Pattern;

/** A value the user types for a frame's text layers, such as {@code nama} or {@code unit}. */
public record TextField(String key, LocalizedText label, String defaultValue, int maxLength) {
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,31}");

    public TextField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(defaultValue, "defaultValue");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("field key must be lower-case letters, digits or _: " + key);
        }
        if (maxLength < 1 || maxLength > 500) {
            throw new IllegalArgumentException("field maxLength must be within 1..500: " + maxLength);
        }
    }

    public static boolean isValidKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }
}
