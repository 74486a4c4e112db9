// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A value the user types for a frame's text layers, such as {@code nama} or {@code unit}.
 *
 * @param multiline the value may hold line breaks (a poster's body, an address, a list of points)
 */
public record TextField(String key, LocalizedText label, String defaultValue, int maxLength, boolean multiline) {
    public static final int MAX_LENGTH = 500;
    public static final int MAX_LENGTH_MULTILINE = 2000;

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,31}");

    public TextField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(defaultValue, "defaultValue");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("field key must be lower-case letters, digits or _: " + key);
        }
        int max = multiline ? MAX_LENGTH_MULTILINE : MAX_LENGTH;
        if (maxLength < 1 || maxLength > max) {
            throw new IllegalArgumentException("field maxLength must be within 1.." + max + ": " + maxLength);
        }
        if (!multiline && (defaultValue.indexOf('\n') >= 0 || defaultValue.indexOf('\r') >= 0)) {
            throw new IllegalArgumentException("a one-line field's default has a line break: " + key);
        }
    }

    /** A one-line field. */
    public TextField(String key, LocalizedText label, String defaultValue, int maxLength) {
        this(key, label, defaultValue, maxLength, false);
    }

    public static boolean isValidKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }
}
