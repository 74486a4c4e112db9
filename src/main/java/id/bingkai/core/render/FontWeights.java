// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import java.awt.Font;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * Reads a font's weight and family from its names (AWT exposes neither the OS/2 weight nor the typographic
 * family), and picks the closest weight among candidates.
 */
final class FontWeights {
    /** Longest names first, so "semibold" wins over "bold" and "extralight" over "light". */
    private static final List<Named> NAMES = List.of(new Named("extralight", 200), new Named("ultralight", 200),
            new Named("semibold", 600), new Named("demibold", 600), new Named("extrabold", 800),
            new Named("ultrabold", 800), new Named("hairline", 100), new Named("regular", 400),
            new Named("medium", 500), new Named("normal", 400), new Named("black", 900), new Named("heavy", 900),
            new Named("light", 300), new Named("thin", 100), new Named("bold", 700), new Named("book", 400));

    private record Named(String word, int weight) {
    }

    private FontWeights() {
    }

    /** The weight named in the font's name, 400 when it names none. */
    static int weightOf(Font font) {
        String name = squash(font.getFontName(Locale.ROOT));
        String family = squash(font.getFamily(Locale.ROOT));
        // Only the part after the family speaks about weight ("Inter Bold" -> "bold").
        String style = name.startsWith(family) && name.length() > family.length()
                ? name.substring(family.length()) : name;
        for (Named named : NAMES) {
            if (style.contains(named.word())) {
                return named.weight();
            }
        }
        return 400;
    }

    /** The family without weight words: "Inter Semi Bold" and "Inter" both give "inter". */
    static String familyOf(Font font) {
        return normalise(font.getFamily(Locale.ROOT));
    }

    /** Lower case, no spaces, dashes or underscores, weight words removed from the end. */
    static String normalise(String family) {
        String s = squash(family);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Named named : NAMES) {
                String word = named.word();
                if (s.endsWith(word) && s.length() > word.length()) {
                    s = s.substring(0, s.length() - word.length());
                    changed = true;
                }
            }
        }
        return s;
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    }

    /** The candidate closest to the wanted weight; on a tie the heavier one for bold weights, else the lighter. */
    static <T> T closest(Collection<T> candidates, int wanted, ToIntFunction<T> weight) {
        T best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (T candidate : candidates) {
            int w = weight.applyAsInt(candidate);
            int distance = Math.abs(w - wanted);
            boolean tieBreak = distance == bestDistance && best != null
                    && (wanted > 500 ? w > weight.applyAsInt(best) : w < weight.applyAsInt(best));
            if (distance < bestDistance || tieBreak) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }
}
