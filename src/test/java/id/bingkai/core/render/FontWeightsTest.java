// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.model.Asset;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.SlotShape;
import id.bingkai.testing.TestFrames;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Weights and families read from face names, and the closest-weight choice, with every tie written down. */
class FontWeightsTest {
    private static final ToIntFunction<Integer> SELF = Integer::intValue;

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({
        "Inter, Inter Semi Bold, 600", // "semibold" is tried before "bold"
        "Inter, Inter ExtraLight, 200", // "extralight" before "light"
        "Inter, Inter Thin, 100",
        "Inter, Inter Medium, 500",
        "Inter, Inter Book, 400",
        "Inter, Inter Heavy, 900",
        "Inter, Inter Italic, 400", // no weight word: regular
        "Inter, Inter, 400", // the name is the family: nothing speaks about weight
        "Heavy Sans, Heavy Sans, 900", // ... unless the family itself is the whole name
        "Black Ops, Black Ops Light, 300", // only the part after the family counts, not its "black"
        "Foo, Bar Bold, 700"}) // a name that does not start with the family is read whole
    void weightIsReadFromTheNameAfterTheFamily(String family, String name, int weight) {
        assertThat(FontWeights.weightOf(named(family, name))).isEqualTo(weight);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Open Sans ExtraBold, opensans", "Inter Semi Bold, inter", "Foo Black Bold, foo",
        "Bold, bold", "Source_Sans-Pro  Light, sourcesanspro", "Inter, inter", "Black, black"})
    void familiesLoseSpacesCaseAndEveryTrailingWeightWord(String family, String normalised) {
        assertThat(FontWeights.normalise(family)).isEqualTo(normalised);
    }

    @Test
    void aFacesFamilyIsNormalisedToo() {
        assertThat(FontWeights.familyOf(named("Inter Semi Bold", "Inter Semi Bold"))).isEqualTo("inter");
    }

    @Test
    void theClosestWeightWinsAndTiesGoHeavierOnlyAboveFiveHundred() {
        assertThat(FontWeights.closest(List.of(100, 900), 300, SELF)).isEqualTo(100);
        assertThat(FontWeights.closest(List.of(100, 900), 700, SELF)).isEqualTo(900);
        assertThat(FontWeights.closest(List.of(400, 600), 500, SELF)).isEqualTo(400);
        assertThat(FontWeights.closest(List.of(600, 400), 500, SELF)).isEqualTo(400);
        assertThat(FontWeights.closest(List.of(500, 700), 600, SELF)).isEqualTo(700);
        assertThat(FontWeights.closest(List.of(700, 500), 600, SELF)).isEqualTo(700);
        assertThat(FontWeights.closest(List.of(300, 500), 400, SELF)).isEqualTo(300);
        assertThat(FontWeights.closest(List.of(500, 300), 400, SELF)).isEqualTo(300);
        assertThat(FontWeights.closest(List.of(700), 100, SELF)).isEqualTo(700);
        assertThat(FontWeights.closest(List.<Integer>of(), 400, SELF)).isNull();
    }

    @Test
    void ofTwoCandidatesOfTheSameWeightTheFirstListedIsKept() {
        // A pack with two faces of one weight (say a static and a variable Regular): the first in the pack wins,
        // for light and for bold requests alike.
        List<String> faces = List.of("pertama", "kedua");
        assertThat(FontWeights.closest(faces, 400, face -> 400)).isEqualTo("pertama");
        assertThat(FontWeights.closest(faces, 300, face -> 400)).isEqualTo("pertama");
        assertThat(FontWeights.closest(faces, 700, face -> 700)).isEqualTo("pertama");
        assertThat(FontWeights.closest(faces, 800, face -> 700)).isEqualTo("pertama");
    }

    @Test
    void logicalFamiliesAreBoldFromSixHundredAndKeepTheirName() {
        FontLibrary fonts = new FontLibrary();
        FramePack pack = pack(List.of());
        Font bold = fonts.resolve(pack, "Serif", 600);
        Font plain = fonts.resolve(pack, "Serif", 599);
        assertThat(bold.isBold()).isTrue();
        assertThat(plain.isBold()).isFalse();
        assertThat(bold.getName()).isEqualTo("Serif");
        assertThat(plain.getSize2D()).isEqualTo(1f);
    }

    @Test
    void packFacesOfAnotherFamilyAreIgnoredAndThePacksClosestWeightIsTaken() {
        FontLibrary fonts = new FontLibrary();
        FramePack pack = pack(List.of(new Asset.Typeface("fonts/Inter-Regular.otf", interFace("Inter-Regular.otf")),
                new Asset.Typeface("fonts/Inter-Bold.otf", interFace("Inter-Bold.otf"))));

        Font fromPack = fonts.resolve(pack, "Inter", 650);
        Font other = fonts.resolve(pack, "Roboto", 900); // unknown family: the built-in Inter, not the pack's faces

        assertThat(fromPack.getFontName(Locale.ROOT)).isEqualTo("Inter Bold");
        assertThat(fromPack.getSize2D()).isEqualTo(1f);
        assertThat(fonts.resolve(pack, "Inter", 500).getFontName(Locale.ROOT)).isEqualTo("Inter Regular");
        assertThat(other.getFontName(Locale.ROOT)).isEqualTo("Inter Black");
        assertThat(other.getSize2D()).isEqualTo(1f);
    }

    private static FramePack pack(List<Asset.Typeface> typefaces) {
        return TestFrames.pack(TestFrames.frame(100, 100, null,
                List.of(TestFrames.slot("foto", SlotShape.RECTANGLE, 0, 0, 100, 100)), List.of()), typefaces);
    }

    private static Font interFace(String file) {
        try (InputStream in = FontWeightsTest.class.getResourceAsStream("/id/bingkai/core/fonts/" + file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.awt.FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A font whose names are exactly these (AWT would otherwise map an unknown name to Dialog). */
    private static Font named(String familyName, String faceName) {
        // (not "name": inside a Font subclass that is Font's own protected field)
        return new Font(Font.SANS_SERIF, Font.PLAIN, 1) {
            @Override
            public String getFamily(Locale l) {
                return familyName;
            }

            @Override
            public String getFontName(Locale l) {
                return faceName;
            }
        };
    }
}
