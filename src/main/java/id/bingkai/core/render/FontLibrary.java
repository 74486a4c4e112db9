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
import java.util.Set;

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

    private final List<Weighted> builtIn;

    /** Loads the built-in Inter faces from the classpath. */
    public FontLibrary() {
        List<Weighted> loaded = new ArrayList<>();
        BUILT_IN_FILES.forEach((file, weight) -> {
            Font font = load(file);
            if (font != null) {
                loaded.add(new Weighted(font, weight));
            }
        });
        this.builtIn = List.copyOf(loaded);
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
        return builtIn.size() == BUILT_IN_FILES.size();
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
        if (LOGICAL.contains(wanted) || builtIn.isEmpty()) {
            String logical = LOGICAL.contains(wanted) ? family : Font.SANS_SERIF;
            return new Font(logical, weight >= 600 ? Font.BOLD : Font.PLAIN, 1);
        }
        return FontWeights.closest(builtIn, weight, Weighted::weight).font().deriveFont(1f);
    }
}
