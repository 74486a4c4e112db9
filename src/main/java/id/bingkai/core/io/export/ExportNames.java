// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export;

import id.bingkai.core.model.Document;
import java.text.Normalizer;
import java.util.Locale;

/** File names that say what an export is: the frame and the name typed in it, in plain lower-case ASCII. */
public final class ExportNames {
    private static final int MAX_SLUG = 40;

    private ExportNames() {
    }

    /** {@code bingkai-<frame>[-<nama>]}, the start of every file exported from the document. */
    public static String baseName(Document document) {
        String name = document.texts().getOrDefault("nama", "");
        String slug = slug(name);
        return "bingkai-" + slug(document.frame().id()) + (slug.isEmpty() ? "" : "-" + slug);
    }

    /** Lower-case ASCII letters and digits joined by single hyphens ("Siti Âminah" → "siti-aminah"). */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.length() > MAX_SLUG ? s.substring(0, MAX_SLUG).replaceAll("-+$", "") : s;
    }
}
