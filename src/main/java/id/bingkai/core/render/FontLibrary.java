// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import id.bingkai.core.model.Asset;
import id.bingkai.core.model.FramePack;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a text style's family and weight into a font. Fonts shipped in the pack come first, then the built-in
 * Inter; the system's installed fonts are never used, so a document renders the same on every machine.
 * Unknown families fall back to Inter; Java's logical fonts ("SansSerif", ...) are used only when named, or
 * when Inter itself could not be loaded.
 */
public final class FontLibrary {
    public static final String BUILT_IN_FAMILY = "Inter";
    private static final String FONT_FOLDER = "/id/bingkai/core/fonts/";
    private static final Map<String, Integer> BUILT_IN_FILES = Map.of("Inter-Regular.otf", 400,
            "Inter-SemiBold.otf", 600, "Inter-Bold.otf", 700, "Inter-Black.otf", 900);
    private static final Set<String> LOGICAL = Set.of("sansserif", "serif", "monospaced", "dialog", "dialoginput");

    private record Weighted(Font font, int weight) {
    }

    /** A built-in face, read from the classpath the first time a text asks for its weight. */
    private record Face(String file, int weight) {
    }

    private final List<Face> builtIn = BUILT_IN_FILES.entrySet().stream()
            .map(e -> new Face(e.getKey(), e.getValue())).toList();
    private final Map<String, Optional<Font>> loaded = new ConcurrentHashMap<>();

    /**
     * The built-in Inter faces, each loaded on first use: a render typically needs two of the four, and reading one
     * costs several milliseconds of a command's start-up.
     */
    public FontLibrary() {
    }

    private Optional<Font> face(Face face) {
        return loaded.computeIfAbsent(face.file(), file -> Optional.ofNullable(load(file)));
    }

    private static Font load(String file) {
        try (InputStream in = FontLibrary.class.getResourceAsStream(FONT_FOLDER + file)) {
            // TRUETYPE_FONT also accepts OpenType with CFF outlines (Inter's .otf) on current JDKs.
            return in == null ? null : Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            return null;
        }
    }

    /** Whether the built-in Inter faces loaded (false only in a broken installation). */
    public boolean hasBuiltInFonts() {
        return builtIn.stream().allMatch(f -> face(f).isPresent());
    }

    /** The font for a family and CSS weight (100..900), at size 1; derive the size you need. */
    public Font resolve(FramePack pack, String family, int weight) {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(family, "family");
        String wanted = FontWeights.normalise(family);
        List<Weighted> fromPack = new ArrayList<>();
        for (Asset.Typeface typeface : pack.typefaces()) {
            Font font = typeface.font();
            if (FontWeights.familyOf(font).equals(wanted)) {
                fromPack.add(new Weighted(font, FontWeights.weightOf(font)));
            }
        }
        if (!fromPack.isEmpty()) {
            return FontWeights.closest(fromPack, weight, Weighted::weight).font().deriveFont(1f);
        }
        Optional<Font> inter = LOGICAL.contains(wanted) ? Optional.empty()
                : face(FontWeights.closest(builtIn, weight, Face::weight));
        if (inter.isEmpty()) {
            String logical = LOGICAL.contains(wanted) ? family : Font.SANS_SERIF;
            return new Font(logical, weight >= 600 ? Font.BOLD : Font.PLAIN, 1);
        }
        return inter.get().deriveFont(1f);
    }
}
