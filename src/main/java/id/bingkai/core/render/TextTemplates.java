// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills a text layer's template such as {@code "{nama} - {unit}"} with the document's values. */
public final class TextTemplates {
    /** {@code {word}}; braces around anything else (spaces, punctuation) are left as they are. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    private TextTemplates() {
    }

    /**
     * Replaces {@code {tag}} with the tag and {@code {key}} with the value of that field; a placeholder without a
     * value becomes empty. Values are inserted literally: a value that itself contains {@code {tag}} stays as typed.
     */
    public static String resolve(String template, Map<String, String> values, String tag) {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(tag, "tag");
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 16);
        while (m.find()) {
            String key = m.group(1);
            String value = "tag".equals(key) ? tag : values.getOrDefault(key, "");
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
