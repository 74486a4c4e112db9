// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import static id.bingkai.testing.TestFrames.BLACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.bingkai.core.i18n.Msg;
import id.bingkai.core.model.Fill;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.ShapeKind;
import id.bingkai.core.model.Stroke;
import id.bingkai.testing.TestFrames;
import java.awt.geom.Area;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where {@link Elements} finds each layer's ink, and how {@link Describe} names it in a message. */
class ElementsTest {
    private static List<Element> of(Layer... layers) {
        return OneCheck.elements(RuleChecks.withPhoto(TestFrames.profile(layers)));
    }

    @Test
    void layersAreNumberedInDrawingOrderBelowThePhotoFirst() {
        var above = TestFrames.box("atas", LayerRole.DECORATION, new Rect(10, 10, 100, 100), BLACK);
        var below = new Layer.Shape("bawah", LayerRole.DECORATION, LayerPosition.BELOW, new Rect(10, 10, 100, 100),
                ShapeKind.RECTANGLE, 0, Optional.of(new Fill.Solid(BLACK)), Optional.empty(), 1);
        var second = TestFrames.box("kedua", LayerRole.DECORATION, new Rect(10, 10, 100, 100), BLACK);
        assertThat(of(above, below, second)).extracting(e -> e.layer().id() + "@" + e.order())
                .containsExactly("bawah@0", "atas@1", "kedua@2");
    }

    @Test
    void aStrokeAddsHalfItsWidthOutsideTheShapeAndAnOutlineOnlyShapeHasNoInkInside() {
        var ring = new Layer.Shape("cincin", LayerRole.DECORATION, LayerPosition.ABOVE, new Rect(100, 100, 200, 200),
                ShapeKind.ELLIPSE, 0, Optional.empty(), Optional.of(new Stroke(BLACK, 20)), 1);
        Element e = of(ring).getFirst();
        assertThat(e.ink().x()).isCloseTo(90, within(0.01));
        assertThat(e.ink().width()).isCloseTo(220, within(0.01));
        assertThat(e.area().contains(200, 200)).as("the centre of a ring").isFalse();
        assertThat(e.area().contains(200, 105)).as("on the ring").isTrue();
        var filled = new Layer.Shape("isi", LayerRole.DECORATION, LayerPosition.ABOVE, new Rect(100, 100, 200, 200),
                ShapeKind.ELLIPSE, 0, Optional.of(new Fill.Solid(BLACK)), Optional.of(new Stroke(BLACK, 20)), 1);
        assertThat(of(filled).getFirst().area().contains(200, 200)).isTrue();
    }

    @Test
    void roundedCornersAreCutByTheirRadius() {
        var card = new Layer.Shape("kartu", LayerRole.DECORATION, LayerPosition.ABOVE, new Rect(100, 100, 400, 200),
                ShapeKind.RECTANGLE, 50, Optional.of(new Fill.Solid(BLACK)), Optional.empty(), 1);
        Area area = of(card).getFirst().area();
        // a radius of 50: the corner point is 70.7 units from the arc's centre at (150, 150), outside the ink
        assertThat(area.contains(110, 110)).isFalse();
        assertThat(area.contains(140, 140)).as("inside the arc of radius 50, but not of radius 100").isTrue();
        assertThat(area.contains(110, 150)).isTrue();
        assertThat(area.contains(150, 101)).isTrue();
    }

    @Test
    void anImageIsInkOnlyWhereItsCellsAreOpaqueInRunsAlongEachRow() {
        // an 8 x 8 picture whose top-right quarter and one lower-left cell are opaque, over 640 x 640 units
        BufferedImage picture = new BufferedImage(128, 128, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 64; y++) {
            for (int x = 64; x < 128; x++) {
                picture.setRGB(x, y, 0xFF000000);
            }
        }
        picture.setRGB(10, 100, 0xFF000000);
        var image = TestFrames.logo("gambar", new Rect(100, 200, 640, 640), picture, 1);
        Element e = of(image).getFirst();
        // cells are 10 units: the quarter is (420, 200)-(740, 520); pixel (10, 100) is cell (5, 50) at (150, 700)
        assertThat(e.ink().x()).isCloseTo(150, within(1e-9));
        assertThat(e.ink().y()).isCloseTo(200, within(1e-9));
        assertThat(e.ink().maxX()).isCloseTo(740, within(1e-9));
        assertThat(e.ink().maxY()).isCloseTo(710, within(1e-9));
        Area area = e.area();
        assertThat(area.contains(425, 205)).isTrue();
        assertThat(area.contains(735, 515)).isTrue();
        assertThat(area.contains(415, 205)).isFalse();
        assertThat(area.contains(425, 525)).isFalse();
        assertThat(area.contains(155, 705)).isTrue();
        assertThat(area.contains(165, 705)).isFalse();
        assertThat(area.getBounds2D().getWidth()).isCloseTo(590, within(1e-9));
    }

    @Test
    void aFullyTransparentImageAndAnEmptyTextAreNotElements() {
        var clear = TestFrames.logo("kosong", new Rect(100, 100, 200, 200),
                new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB), 1);
        var blank = TestFrames.text("nama", LayerRole.TEXT, new Rect(100, 400, 800, 100), "{nama}", 60, BLACK);
        assertThat(of(clear, blank)).isEmpty();
    }

    @Test
    void aMessageNamesEachKindOfElement() {
        Rect r = new Rect(0, 0, 10, 10);
        assertThat(Describe.element(element(TestFrames.logo("lambang", r), Optional.empty())))
                .isEqualTo(Msg.of("guideline.element.logo", "lambang"));
        assertThat(Describe.element(element(new Layer.LogoPlace("tempat", LayerPosition.ABOVE, r), Optional.empty())))
                .isEqualTo(Msg.of("guideline.element.agency-logo"));
        assertThat(Describe.element(element(TestFrames.box("pita", LayerRole.DECORATION, r, BLACK), Optional.empty())))
                .isEqualTo(Msg.of("guideline.element.layer", "pita"));
        // a shape marked as the tag has no text to quote
        assertThat(Describe.element(element(TestFrames.box("tanda", LayerRole.TAG, r, BLACK), Optional.empty())))
                .isEqualTo(Msg.of("guideline.element.layer", "tanda"));
    }

    @Test
    void aTextIsQuotedUpToThirtyTwoCharacters() {
        String exactly = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
        assertThat(exactly).hasSize(32);
        assertThat(Describe.element(text(exactly))).isEqualTo(Msg.of("guideline.element.text", exactly));
        assertThat(Describe.element(text(exactly + "6")))
                .isEqualTo(Msg.of("guideline.element.text", "ABCDEFGHIJKLMNOPQRSTUVWXYZ01234…"));
    }

    private static Element text(String line) {
        Rect r = new Rect(0, 0, 10, 10);
        var layer = TestFrames.text("teks", LayerRole.TEXT, r, line, 10, BLACK);
        return element(layer, Optional.of(new TextBox(line, new Area(), r, 10, 5, 7)));
    }

    private static Element element(Layer layer, Optional<TextBox> text) {
        return new Element(layer, 0, layer.bounds(), new Area(), text);
    }
}
