// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out file names so that no two rows of one batch share an output: the second "Budi" becomes
 * {@code Budi_2}. Names are compared without case, as Windows and macOS compare them. Names are given in row
 * order, so the same sheet gives the same names on every run (which {@code --resume} relies on).
 */
final class UniqueNames {
    private final Set<String> taken = new HashSet<>();
    private final String extension;

    UniqueNames(String extension) {
        this.extension = extension;
    }

    /** A file name (stem + extension) not handed out before. */
    String claim(String stem) {
        String candidate = stem;
        for (int n = 2; !taken.add(key(candidate)); n++) {
            candidate = stem + "_" + n;
        }
        return candidate + "." + extension;
    }

    private static String key(String stem) {
        return stem.toLowerCase(Locale.ROOT);
    }
}
