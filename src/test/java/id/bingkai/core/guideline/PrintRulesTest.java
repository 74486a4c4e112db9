// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import static id.bingkai.testing.TestFrames.BLACK;
import static id.bingkai.testing.TestFrames.logo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.bingkai.core.i18n.Msg;
import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.LocalizedText;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.SlotShape;
import id.bingkai.testing.Pictures;
import id.bingkai.testing.TestFrames;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link PrintCheck} alone, with exact numbers: on a 200 x 300 mm page without bleed drawn on 2000 x 3000 units
 * (10 units a millimetre) the trim is the canvas and the 5 mm safe margin is 50 units.
 */
class PrintRulesTest {
    private static final PrintSpec PAGE = new PrintSpec(200, 300, 0, 300);
    private static final int W = 2551;
    private static final int H = 3579;

    private static List<Finding> print(Frame frame, PrintSpec paper) {
        return OneCheck.run(new PrintCheck(), RuleChecks.withPhoto(frame), GuidelineSettings.DEFAULT,
                Optional.of(paper), 0);
    }

    private static List<Finding> print(Frame frame, PrintSpec paper, String key) {
        return print(frame, paper).stream().filter(f -> f.message().key().equals(key)).toList();
    }

    private static Frame page(Layer... layers) {
        return TestFrames.frame(FrameKind.POSTER, 2000, 3000, new Rect(0, 0, 2000, 3000), layers);
    }

    private static Layer.Image block(String id, Rect bounds) {
        return logo(id, bounds, Pictures.block(200, 200), 1);
    }

    @Test
    void aPageWithoutBleedNeedsNoBleed() {
        assertThat(print(page(), PAGE)).isEmpty();
    }

    @Test
    void aCanvasOfOtherProportionsNamesItsSizeAndThePaper() {
        assertThat(print(TestFrames.frame(FrameKind.POSTER, 2000, 2000, new Rect(0, 0, 2000, 2000)), PrintSpec.A4))
                .singleElement().satisfies(f -> {
                    assertThat(f.message().key()).isEqualTo("guideline.print-margins.proportions");
                    assertThat(f.message().args()).containsExactly(2000, 2000, 210.0, 297.0);
                    assertThat(f.region()).isEqualTo(new Rect(0, 0, 2000, 2000));
                    assertThat(f.layerId()).isEmpty();
                });
    }

    @Test
    void theSafeMarginMessageSaysHowFarInsideTheTrimTheInkStaysAtItsClosestSide() {
        // 5 mm of bleed: the canvas is 2100 x 3100, the trim (50, 50)-(2050, 3050), the safe area 50 units further in
        PrintSpec bled = new PrintSpec(200, 300, 5, 300);
        var left = block("kiri", new Rect(70, 1000, 200, 200));
        var right = block("kanan", new Rect(1840, 1400, 200, 200));
        var top = block("atas", new Rect(900, 80, 200, 200));
        var bottom = block("bawah", new Rect(900, 2810, 200, 200));
        var across = block("lewat", new Rect(40, 2000, 200, 200));
        var inside = block("aman", new Rect(100, 1700, 200, 200));
        var frame = TestFrames.frame(FrameKind.POSTER, 2100, 3100, new Rect(0, 0, 2100, 3100), left, right, top,
                bottom, across, inside);
        List<Finding> found = print(frame, bled, "guideline.print-margins.safe");
        assertThat(found).extracting(f -> f.layerId().orElseThrow())
                .containsExactly("kiri", "kanan", "atas", "bawah", "lewat");
        assertThat(found).extracting(f -> f.message().args().get(1)).containsExactly(2.0, 1.0, 3.0, 4.0, 0.0);
        assertThat(found.getFirst().message().args()).containsExactly(Msg.of("guideline.element.logo", "kiri"), 2.0,
                5.0);
        // the part outside the safe area
        assertThat(found).extracting(Finding::region).containsExactly(new Rect(70, 1000, 30, 200),
                new Rect(2000, 1400, 40, 200), new Rect(900, 80, 200, 20), new Rect(900, 3000, 200, 10),
                new Rect(40, 2000, 60, 200));
        assertThat(print(frame, bled)).as("nothing else: the white background fills the bleed").hasSize(5);
    }

    @Test
    void bodyTextUnderSevenPointsIsTooSmallOnPaperButTheTagIsNotJudgedSo() {
        // 20 units are 2 mm: 5.67 pt; 30 units are 3 mm: 8.5 pt
        var small = TestFrames.text("kecil", LayerRole.TEXT, new Rect(100, 1000, 1800, 100), "Siti", 20, BLACK);
        var large = TestFrames.text("besar", LayerRole.TEXT, new Rect(100, 1200, 1800, 100), "Siti", 30, BLACK);
        var tag = TestFrames.text("tag", LayerRole.TAG, new Rect(100, 1400, 1800, 100), "{tag}", 20, BLACK);
        assertThat(print(page(small, large, tag), PAGE, "guideline.print-margins.text-size")).singleElement()
                .satisfies(f -> {
                    assertThat(f.layerId()).contains("kecil");
                    assertThat(f.message().args()).containsExactly(Msg.of("guideline.element.text", "Siti"), 5.6,
                            7.0);
                    assertThat(f.region().y()).isBetween(1000.0, 1100.0);
                });
    }

    @Test
    void anOpaqueBackgroundFillsTheBleedButAHalfTransparentOneDoesNot() {
        List<PhotoSlot> inTrim = List.of(PhotoSlot.of("foto", SlotShape.RECTANGLE, new Rect(35, 35, W - 70, H - 70)));
        assertThat(print(poster(Optional.of(0xFFFFFFFF), inTrim, List.of()), PrintSpec.A4)).isEmpty();
        assertThat(print(poster(Optional.of(0xFEFFFFFF), inTrim, List.of()), PrintSpec.A4)).singleElement()
                .satisfies(f -> {
                    assertThat(f.message().key()).isEqualTo("guideline.print-margins.bleed-empty");
                    assertThat(f.message().args()).containsExactly(3.0);
                    // the whole bleed line: 216 x 303 mm at 2551 / 216 units a millimetre, centred on the canvas
                    assertThat(f.region().x()).isCloseTo(0, within(1e-9));
                    assertThat(f.region().width()).isCloseTo(W, within(1e-9));
                    assertThat(f.region().height()).isCloseTo(303 * W / 216.0, within(1e-9));
                    assertThat(f.region().y()).isCloseTo((H - 303 * W / 216.0) / 2, within(1e-9));
                    assertThat(f.layerId()).isEmpty();
                });
    }

    @Test
    void aShapeReachingTheBleedFillsItButTextDoesNot() {
        List<PhotoSlot> inTrim = List.of(PhotoSlot.of("foto", SlotShape.RECTANGLE, new Rect(35, 35, W - 70, H - 70)));
        var card = TestFrames.box("latar", LayerRole.DECORATION, new Rect(0, 0, W, H), 0xFF1B2A4A);
        assertThat(print(poster(Optional.empty(), inTrim, List.of(card)), PrintSpec.A4)).isEmpty();
        // a shape along the left edge only: the rest of the strip is still empty
        var stripe = TestFrames.box("garis", LayerRole.DECORATION, new Rect(0, 0, 100, H), 0xFF1B2A4A);
        assertThat(print(poster(Optional.empty(), inTrim, List.of(stripe)), PrintSpec.A4)).singleElement()
                .satisfies(f -> assertThat(f.region().x()).isGreaterThan(30));
    }

    @Test
    void onlyTheStripBetweenTrimAndBleedMustBeFilled() {
        // shapes along the four edges fill the strip; the page inside the trim is mostly bare, which is fine
        List<PhotoSlot> small = List.of(PhotoSlot.of("foto", SlotShape.RECTANGLE, new Rect(1000, 1500, 500, 500)));
        List<Layer> edges = List.of(TestFrames.box("atas", LayerRole.DECORATION, new Rect(0, 0, W, 100), BLACK),
                TestFrames.box("bawah", LayerRole.DECORATION, new Rect(0, H - 100, W, 100), BLACK),
                TestFrames.box("kiri", LayerRole.DECORATION, new Rect(0, 0, 100, H), BLACK),
                TestFrames.box("kanan", LayerRole.DECORATION, new Rect(W - 100, 0, 100, H), BLACK));
        assertThat(print(poster(Optional.empty(), small, edges), PrintSpec.A4, "guideline.print-margins.bleed-empty"))
                .isEmpty();
    }

    @Test
    void textDoesNotCountAsFillingTheBleed() {
        // A capital I is a solid bar: where it crosses the top strip, shapes fill everything around it. The strip
        // is still empty under the letter, as the letter's edges are not art to be cut.
        var letter = TestFrames.text("huruf", LayerRole.DECORATION, new Rect(100, -200, 400, 400), "I", 400, BLACK);
        List<PhotoSlot> inTrim = List.of(PhotoSlot.of("foto", SlotShape.RECTANGLE, new Rect(35, 35, W - 70, H - 70)));
        Rect ink = OneCheck.elements(RuleChecks.withPhoto(poster(Optional.empty(), inTrim, List.of(letter))))
                .getFirst().ink();
        assertThat(ink.y()).as("the bar crosses the top of the canvas").isLessThan(0);
        assertThat(ink.maxY()).isGreaterThan(40);
        Rect hole = new Rect(ink.x() + 2, 1, ink.width() - 4, 30);
        var around = List.<Layer>of(
                TestFrames.box("kiri", LayerRole.DECORATION, new Rect(0, 0, hole.x(), H), 0xFF1B2A4A),
                TestFrames.box("kanan", LayerRole.DECORATION, new Rect(hole.maxX(), 0, W - hole.maxX(), H), 0xFF1B2A4A),
                TestFrames.box("atas", LayerRole.DECORATION, new Rect(0, 0, W, 1), 0xFF1B2A4A),
                TestFrames.box("bawah", LayerRole.DECORATION, new Rect(0, 31, W, H - 31), 0xFF1B2A4A));
        assertThat(print(poster(Optional.empty(), inTrim, around), PrintSpec.A4)).singleElement()
                .satisfies(f -> assertThat(f.region()).isEqualTo(hole));
        var withLetter = new java.util.ArrayList<>(around);
        withLetter.add(letter);
        assertThat(print(poster(Optional.empty(), inTrim, withLetter), PrintSpec.A4)).singleElement()
                .satisfies(f -> assertThat(f.region()).isEqualTo(hole));
    }

    @Test
    void aSquareCanvasForSquarePaperWithBleedIsTakenAsTheTrim() {
        // with and without the bleed the page is square: the tie goes to the trim, so the bleed is missing
        var g = PrintGeometry.of(new CanvasSize(1080, 1080), new PrintSpec(108, 108, 3, 300), 5);
        assertThat(g.proportionsMatch()).isTrue();
        assertThat(g.bleedIncluded()).isFalse();
        assertThat(g.unitsPerMm()).isEqualTo(10.0);
        assertThat(g.trim()).isEqualTo(new Rect(0, 0, 1080, 1080));
        assertThat(g.bleed()).isEqualTo(new Rect(-30, -30, 1140, 1140));
    }

    private static Frame poster(Optional<Integer> background, List<PhotoSlot> slots, List<Layer> layers) {
        return new Frame("uji", LocalizedText.of("Uji"), FrameKind.POSTER, new CanvasSize(W, H), background, slots,
                layers, List.of(), false);
    }
}
