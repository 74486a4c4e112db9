// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

import java.util.Locale;
import java.util.Map;

/** A short text in several languages, keyed by ISO 639-1 code; Indonesian is the reference language. */
public record LocalizedText(Map<String, String> values) {
    public LocalizedText {
        values = Map.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a localized text needs at least one language");
        }
    }

    public static LocalizedText of(String indonesian, String english) {
        return new LocalizedText(Map.of("id", indonesian, "en", english));
    }

    public static LocalizedText of(String any) {
        return new LocalizedText(Map.of("id", any));
    }

    /** The text in the locale's language, else Indonesian, else English, else any. */
    public String get(Locale locale) {
        String exact = values.get(locale.getLanguage());
        if (exact != null) {
            return exact;
        }
        if (values.containsKey("id")) {
            return values.get("id");
        }
        if (values.containsKey("en")) {
            return values.get("en");
        }
        return values.values().iterator().next();
    }
}
