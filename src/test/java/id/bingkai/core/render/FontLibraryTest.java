// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.model.Asset;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.SlotShape;
import id.bingkai.testing.TestFrames;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FontLibraryTest {
    private final FontLibrary fonts = new FontLibrary();
    private final FramePack noFonts = TestFrames.document(TestFrames.frame(100, 100, null,
            List.of(TestFrames.slot("foto", SlotShape.RECTANGLE, 0, 0, 100, 100)), List.of())).pack();

    @Test
    void builtInInterOpenTypeCffFacesLoadAndDrawGlyphs() {
        assertThat(fonts.hasBuiltInFonts()).isTrue();
        Font inter = fonts.resolve(noFonts, "Inter", 400).deriveFont(40f);
        var outline = inter.createGlyphVector(new FontRenderContext(null, true, true), "ASN").getOutline();
        assertThat(outline.getBounds2D().getWidth()).isGreaterThan(40);
    }

    @ParameterizedTest(name = "weight {0} -> {1}")
    @CsvSource({"100, Inter Regular", "400, Inter Regular", "500, Inter Regular", "600, Inter Semi Bold",
        "650, Inter Bold", "700, Inter Bold", "800, Inter Black", "900, Inter Black"})
    void builtInInterGivesTheClosestWeight(int weight, String expectedFace) {
        assertThat(fonts.resolve(noFonts, "Inter", weight).getFontName(Locale.ROOT)).isEqualTo(expectedFace);
    }

    @Test
    void unknownFamiliesFallBackToInterNotToSystemFonts() {
        assertThat(fonts.resolve(noFonts, "Comic Sans MS", 700).getFontName(Locale.ROOT)).isEqualTo("Inter Bold");
    }

    @Test
    void logicalFamiliesAreUsedWhenNamed() {
        Font font = fonts.resolve(noFonts, "SansSerif", 700);
        assertThat(font.getFamily(Locale.ROOT)).isNotEqualToIgnoringCase("Inter");
        assertThat(font.isBold()).isTrue();
    }

    @Test
    void packTypefacesComeBeforeTheBuiltInFaces() throws Exception {
        Font packFace;
        try (InputStream in = getClass().getResourceAsStream("/id/bingkai/core/fonts/Inter-Black.otf")) {
            packFace = Font.createFont(Font.TRUETYPE_FONT, in);
        }
        FramePack withFont = TestFrames.pack(TestFrames.frame(100, 100, null,
                List.of(TestFrames.slot("foto", SlotShape.RECTANGLE, 0, 0, 100, 100)), List.of()),
                List.of(new Asset.Typeface("fonts/Inter-Black.otf", packFace)));
        // Asking for a regular weight still gives the pack's only face of that family.
        assertThat(fonts.resolve(withFont, "inter", 400).getFontName(Locale.ROOT)).isEqualTo("Inter Black");
    }

    @Test
    void weightAndFamilyAreReadFromFaceNames() {
        Font semi = fonts.resolve(noFonts, "Inter", 600);
        assertThat(FontWeights.weightOf(semi)).isEqualTo(600);
        assertThat(FontWeights.familyOf(semi)).isEqualTo("inter");
        assertThat(FontWeights.normalise("Open Sans ExtraBold")).isEqualTo("opensans");
    }
}
