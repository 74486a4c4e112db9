// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.error.Problem;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.model.Fill;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.ShapeKind;
import id.bingkai.core.model.TextAlign;
import id.bingkai.core.model.TextFlow;
import id.bingkai.core.model.TextStyle;
import id.bingkai.testing.RenamedFonts;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of text, shape and logo-place layers at both ends of every range, in the smallest pack. */
class LayerRulesTest {
    private static final String TEXT = "{\"type\": \"text\", \"text\": \"Halo {nama}\", \"x\": 0, \"y\": 0, "
            + "\"width\": 100, \"height\": 20, \"size\": 12";
    private static final String SHAPE = "{\"type\": \"shape\", \"shape\": \"rect\", \"x\": 0, \"y\": 0, "
            + "\"width\": 100, \"height\": 20, \"fill\": \"#EC5425\"";

    @TempDir
    Path dir;

    private MiniPacks packs;

    private MiniPacks packs() {
        if (packs == null) {
            packs = new MiniPacks(dir);
        }
        return packs;
    }

    static Problem at(String field, String key, Object... args) {
        return new Problem("manifest.json", "frames[0]." + field, Msg.of(key, args));
    }

    @Test
    void aTextLayerWithNothingButItsTextTakesTheDocumentedDefaults() {
        Layer.Text text = (Layer.Text) packs().layer(TEXT + "}");

        assertThat(text.id()).isEqualTo("layer-0");
        assertThat(text.role()).isEqualTo(LayerRole.TEXT);
        assertThat(text.position()).isEqualTo(LayerPosition.ABOVE);
        assertThat(text.bounds()).isEqualTo(new Rect(0, 0, 100, 20));
        assertThat(text.template()).isEqualTo("Halo {nama}");
        assertThat(text.style()).isEqualTo(new TextStyle("Inter", 400, 12, new Fill.Solid(0xFF000000),
                TextAlign.CENTER, false, 0));
        assertThat(text.flow()).isEqualTo(TextFlow.LINE);
        assertThat(text.lineHeight()).isEqualTo(1.25);
    }

    @Test
    void everyTextSettingIsKept() {
        Layer.Text text = (Layer.Text) packs().layer(TEXT + ", \"id\": \"nama\", \"role\": \"tag\", "
                + "\"position\": \"below\", \"font\": \"SERIF\", \"weight\": 900, \"color\": \"#11223344\", "
                + "\"align\": \"right\", \"uppercase\": true, \"letterSpacing\": -1, \"flow\": \"bullets\", "
                + "\"lineHeight\": 3}");

        assertThat(text.id()).isEqualTo("nama");
        assertThat(text.role()).isEqualTo(LayerRole.TAG);
        assertThat(text.position()).isEqualTo(LayerPosition.BELOW);
        assertThat(text.style()).isEqualTo(new TextStyle("SERIF", 900, 12, new Fill.Solid(0x44112233),
                TextAlign.RIGHT, true, -1));
        assertThat(text.flow()).isEqualTo(TextFlow.BULLETS);
        assertThat(text.lineHeight()).isEqualTo(3);
        assertThat(((Layer.Text) packs().layer(TEXT + ", \"weight\": 100, \"letterSpacing\": 1, "
                + "\"flow\": \"paragraph\", \"lineHeight\": 0.8, \"size\": 20000}")).lineHeight()).isEqualTo(0.8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            "weight": 99                               | weight        | pack.problem.range        | 100  | 900
            "weight": 901                              | weight        | pack.problem.range        | 100  | 900
            "letterSpacing": 1.01                      | letterSpacing | pack.problem.rangeDecimal | -1   | 1
            "letterSpacing": -1.01                     | letterSpacing | pack.problem.rangeDecimal | -1   | 1
            """)
    void integerRangesOfTextAreInclusive(String setting, String field, String key, String min, String max) {
        List<Problem> problems = packs().lintLayer(TEXT + ", " + setting + "}");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("frames[0].layers[0]." + field);
            assertThat(p.reason().key()).isEqualTo(key);
            assertThat(p.reason().args()).containsExactly(Integer.valueOf(min), Integer.valueOf(max));
        });
    }

    @Test
    void theSizeMustBePositiveAndNoLargerThanTheLargestCanvas() {
        assertThat(packs().lintLayer(TEXT + ", \"size\": 0}")).containsExactly(
                at("layers[0].size", "pack.problem.positive"));
        assertThat(packs().lintLayer(TEXT + ", \"size\": -3}")).containsExactly(
                at("layers[0].size", "pack.problem.positive"));
        assertThat(packs().lintLayer(TEXT + ", \"size\": 20000.5}")).containsExactly(
                at("layers[0].size", "pack.problem.rangeDecimal", 0, 20_000));
    }

    @Test
    void theLineHeightIsForParagraphsAndBetweenItsBounds() {
        String paragraph = TEXT + ", \"flow\": \"paragraph\", \"lineHeight\": ";
        assertThat(packs().lintLayer(paragraph + "0.79}")).containsExactly(
                at("layers[0].lineHeight", "pack.problem.rangeDecimal", 0.8, 3.0));
        assertThat(packs().lintLayer(paragraph + "3.01}")).containsExactly(
                at("layers[0].lineHeight", "pack.problem.rangeDecimal", 0.8, 3.0));
        assertThat(packs().lintLayer(TEXT + ", \"lineHeight\": 1.25}")).containsExactly(
                at("layers[0].lineHeight", "pack.problem.text.lineHeightOneLine"));
        assertThat(packs().lintLayer(TEXT + ", \"flow\": \"line\", \"lineHeight\": 9}")).containsExactly(
                at("layers[0].lineHeight", "pack.problem.rangeDecimal", 0.8, 3.0));
    }

    @Test
    void aTextLayerMayNameTheFamilyOfAFontThePackShips() {
        MiniPacks withFont = new MiniPacks(dir.resolve("font"))
                .file("fonts/Kotak-Regular.ttf", RenamedFonts.kotakRegular());
        String[] manifest = {"fonts", "[\"fonts/Kotak-Regular.ttf\"]",
            "frames[0].layers[0]", TEXT + ", \"font\": \"Kotak\"}"};

        assertThat(withFont.lint(manifest)).isEmpty();
        FramePack pack = withFont.load(manifest);
        assertThat(pack.typefaces()).singleElement()
                .satisfies(t -> assertThat(t.font().getFamily(Locale.ROOT)).isEqualTo("Kotak"));
        Layer.Text text = (Layer.Text) pack.frames().getFirst().layers().getFirst();
        assertThat(text.style().family()).isEqualTo("Kotak");
        // without the font the same layer names an unknown family
        assertThat(packs().lintLayer(TEXT + ", \"font\": \"Kotak\"}")).containsExactly(
                at("layers[0].font", "pack.problem.font.unknown", "Kotak"));
    }

    @Test
    void textMistakesAreNamed() {
        assertThat(packs().lintLayer(TEXT + ", \"color\": \"#000000\", \"fill\": \"#000000\"}")).containsExactly(
                at("layers[0].fill", "pack.problem.text.colorAndFill"));
        assertThat(packs().lintLayer(TEXT.replace("Halo {nama}", "  ") + "}")).containsExactly(
                at("layers[0].text", "pack.problem.blank"));
        assertThat(packs().lintLayer(TEXT + ", \"font\": \"Comic\"}")).containsExactly(
                at("layers[0].font", "pack.problem.font.unknown", "Comic"));
        assertThat(packs().lintLayer(TEXT.replace("Halo {nama}", "{tag} {} {jabatan} {nama}") + "}"))
                .containsExactly(at("layers[0].text", "pack.problem.text.unknownField", "{}"),
                        at("layers[0].text", "pack.problem.text.unknownField", "{jabatan}"));
        assertThat(packs().lintLayer(TEXT + ", \"fill\": 5}")).containsExactly(
                at("layers[0].fill", "pack.problem.fill"));
    }

    @Test
    void aLayerIdHasOneTo64Characters() {
        assertThat(packs().layer(TEXT + ", \"id\": \"" + "a".repeat(64) + "\"}").id()).hasSize(64);
        assertThat(packs().lintLayer(TEXT + ", \"id\": \"" + "a".repeat(65) + "\"}")).containsExactly(
                at("layers[0].id", "pack.problem.layer.id"));
        assertThat(packs().lintLayer(TEXT + ", \"id\": \" \"}")).containsExactly(
                at("layers[0].id", "pack.problem.layer.id"));
    }

    @Test
    void layersWithoutIdAreNumberedAndIdsAreUnique() {
        List<Layer> layers = packs().frame("frames[0].layers[0]", TEXT + "}", "frames[0].layers[1]", SHAPE + "}")
                .layers();
        assertThat(layers).extracting(Layer::id).containsExactly("layer-0", "layer-1");

        assertThat(packs().lint("frames[0].layers[0]", TEXT + ", \"id\": \"a\"}", "frames[0].layers[1]",
                SHAPE + ", \"id\": \"a\"}")).containsExactly(at("layers[1].id", "pack.problem.duplicateId", "a"));
    }

    @Test
    void shapesAreReadWithTheirOpacityAndCorners() {
        Layer.Shape shape = (Layer.Shape) packs().layer(SHAPE + ", \"opacity\": 0, \"radius\": 0}");
        assertThat(shape.opacity()).isEqualTo(0);
        assertThat(shape.cornerRadius()).isEqualTo(0);
        assertThat(shape.kind()).isEqualTo(ShapeKind.RECTANGLE);
        assertThat(shape.fill()).contains(new Fill.Solid(0xFFEC5425));
        assertThat(shape.stroke()).isEmpty();
        assertThat(shape.role()).isEqualTo(LayerRole.DECORATION);

        Layer.Shape ellipse = (Layer.Shape) packs().layer(SHAPE.replace("rect", "ellipse") + ", \"opacity\": 1}");
        assertThat(ellipse.kind()).isEqualTo(ShapeKind.ELLIPSE);
        assertThat(ellipse.opacity()).isEqualTo(1);
        assertThat(((Layer.Shape) packs().layer(SHAPE + ", \"radius\": 7.5}")).cornerRadius()).isEqualTo(7.5);
    }

    @Test
    void shapeMistakesAreNamed() {
        assertThat(packs().lintLayer(SHAPE + ", \"opacity\": -0.01}")).containsExactly(
                at("layers[0].opacity", "pack.problem.rangeDecimal", 0, 1));
        assertThat(packs().lintLayer(SHAPE + ", \"opacity\": 1.01}")).containsExactly(
                at("layers[0].opacity", "pack.problem.rangeDecimal", 0, 1));
        assertThat(packs().lintLayer(SHAPE + ", \"radius\": -0.5}")).containsExactly(
                at("layers[0].radius", "pack.problem.notNegative"));
        assertThat(packs().lintLayer(SHAPE.replace("rect", "ellipse") + ", \"radius\": 2}")).containsExactly(
                at("layers[0].radius", "pack.problem.radius.notRect"));
        assertThat(packs().lintLayer(SHAPE.replace(", \"fill\": \"#EC5425\"", "") + "}")).containsExactly(
                at("layers[0]", "pack.problem.shape.invisible"));
        assertThat(packs().lintLayer(SHAPE + ", \"stroke\": 3}")).containsExactly(
                at("layers[0].stroke", "pack.problem.wrongType", Msg.of("pack.problem.type.object")));
    }

    @Test
    void theAgencyLogoPlaceMustLieWhollyOnTheCanvasAndComeOnce() {
        String place = "{\"type\": \"agency-logo\", \"x\": %s, \"y\": 0, \"width\": 100, \"height\": %s}";
        Layer whole = packs().layer(place.formatted(0, 100));
        assertThat(whole).isEqualTo(new Layer.LogoPlace("layer-0", LayerPosition.ABOVE, new Rect(0, 0, 100, 100)));

        assertThat(packs().lintLayer(place.formatted(1, 100))).containsExactly(
                at("layers[0]", "pack.problem.logoPlace.outside", 100, 100));
        assertThat(packs().lintLayer(place.formatted(0, 100.5))).containsExactly(
                at("layers[0]", "pack.problem.logoPlace.outside", 100, 100));
        assertThat(packs().lint("frames[0].layers[0]", place.formatted(0, 10), "frames[0].layers[1]",
                place.formatted(0, 10).replace("{", "{\"id\": \"kedua\", "))).containsExactly(
                at("layers[1].type", "pack.problem.logoPlace.twice"));
        assertThat(packs().lintLayer(place.formatted(0, 10).replace("}", ", \"role\": \"logo\"}")))
                .extracting(Problem::field).containsExactly("frames[0].layers[0].role");
    }

    @Test
    void anUnknownTypeIsOneProblemWhateverFieldsItHas() {
        assertThat(packs().lintLayer("{\"type\": \"video\", \"x\": 0, \"y\": 0, \"width\": 10, \"height\": 10, "
                + "\"file\": \"a.png\", \"text\": \"a\", \"stroke\": 1}")).extracting(p -> p.reason().key())
                .containsExactly("pack.problem.choice");
    }

    @Test
    void aLogoOutOfItsProportionsIsToldTheHeightThatKeepsThem() {
        MiniPacks withLogo = packs().file("logo.png", id.bingkai.testing.TestPacks.png(
                id.bingkai.testing.Pictures.solid(200, 100, java.awt.Color.BLUE)));
        String logo = "{\"type\": \"image\", \"role\": \"logo\", \"file\": \"logo.png\", \"x\": 0, \"y\": 0, "
                + "\"width\": 60, \"height\": %s}";

        assertThat(withLogo.lintLayer(logo.formatted(40))).containsExactly(
                at("layers[0]", "pack.problem.logo.stretched", 30L));
        assertThat(withLogo.lintLayer(logo.formatted(29.6))).containsExactly(
                at("layers[0]", "pack.problem.logo.stretched", 30L));
        assertThat(withLogo.lintLayer(logo.formatted(29.8))).isEmpty();
        assertThat(withLogo.lintLayer(logo.formatted(30.2))).isEmpty();
        assertThat(withLogo.lintLayer(logo.formatted(40).replace("logo\", \"file", "decoration\", \"file")))
                .isEmpty();
    }
}
