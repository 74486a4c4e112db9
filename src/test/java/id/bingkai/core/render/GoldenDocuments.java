// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import static id.bingkai.testing.TestFrames.NAVY;
import static id.bingkai.testing.TestFrames.ORANGE;
import static id.bingkai.testing.TestFrames.YELLOW;

import id.bingkai.core.model.Document;
import id.bingkai.core.model.Fill;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.PlacedPhoto;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.ShapeKind;
import id.bingkai.core.model.SlotShape;
import id.bingkai.core.model.Stroke;
import id.bingkai.core.model.TextAlign;
import id.bingkai.core.model.TextStyle;
import id.bingkai.testing.SyntheticPhotos;
import id.bingkai.testing.TestFrames;
import java.util.List;
import java.util.Optional;

/** The documents behind the golden images, shared with the resolution-independence test. */
final class GoldenDocuments {
    private GoldenDocuments() {
    }

    /** A 1080 x 1080 profile frame: navy band below, a rectangular slot, a tag text above. */
    static Document rectSlot(Placement placement) {
        Frame frame = TestFrames.frame(1080, 1080, 0xFFFFFFFF,
                List.of(TestFrames.slot("foto", SlotShape.RECTANGLE, 140, 100, 800, 800)),
                List.of(TestFrames.rect("band", LayerPosition.BELOW, new Rect(0, 860, 1080, 220),
                        TestFrames.solid(NAVY)),
                        TestFrames.text("tag", new Rect(90, 940, 900, 110), "{tag}", 80, TextAlign.CENTER,
                                TestFrames.solid(0xFFFFFFFF))));
        return TestFrames.document(frame).withPhoto("foto",
                new PlacedPhoto(SyntheticPhotos.photo(4000, 3000), placement));
    }

    /** A circle badge: gradient background, ellipse slot, a ring stroke above it. */
    static Document ellipseSlot() {
        Rect circle = new Rect(140, 100, 800, 800);
        Frame frame = TestFrames.frame(1080, 1080, null, List.of(PhotoSlot.of("foto", SlotShape.ELLIPSE, circle)),
                List.of(TestFrames.rect("bg", LayerPosition.BELOW, new Rect(0, 0, 1080, 1080),
                        TestFrames.gradient(90, ORANGE, YELLOW)),
                        TestFrames.ring("ring", circle, 0xFFFFFFFF, 24)));
        return TestFrames.document(frame).withPhoto("foto",
                new PlacedPhoto(SyntheticPhotos.photo(3000, 4000), Placement.COVER));
    }

    /** Text layers: a long name shrunk into a narrow box, left/right alignment, uppercase, spacing, gradient. */
    static Document textFitting() {
        Rect nameBox = new Rect(140, 120, 800, 160);
        Layer.Text name = TestFrames.text("nama", nameBox, "{nama}", 120, TextAlign.CENTER,
                TestFrames.solid(NAVY));
        Layer.Text left = TestFrames.text("unit", new Rect(80, 380, 920, 100), "{unit}", 64, TextAlign.LEFT,
                TestFrames.solid(0xFF333333));
        Layer.Text right = new Layer.Text("kanan", LayerRole.TEXT, LayerPosition.ABOVE, new Rect(80, 540, 920, 100),
                "netral itu pilihan", new TextStyle("Inter", 400, 56, TestFrames.solid(ORANGE), TextAlign.RIGHT,
                        true, 0.08));
        Layer.Text tag = new Layer.Text("tag", LayerRole.TAG, LayerPosition.ABOVE, new Rect(90, 760, 900, 180),
                "{tag}", new TextStyle("Inter", 900, 200, TestFrames.gradient(0, ORANGE, 0xFF7A1FA2),
                        TextAlign.CENTER, false, 0));
        List<Layer> layers = List.of(
                outline("nama-box", nameBox), outline("unit-box", left.bounds()), outline("kanan-box", right.bounds()),
                name, left, right, tag);
        Frame frame = TestFrames.frame(1080, 1080, 0xFFF4F1EA,
                List.of(TestFrames.slot("foto", SlotShape.RECTANGLE, 0, 0, 100, 100)), layers);
        return TestFrames.document(frame)
                .withText("nama", "Dr. Hj. Siti Nurhaliza Rahmawati Kusumaningtyas, S.H., M.Kn.")
                .withText("unit", "Badan Kepegawaian Negara");
    }

    /** Gradient fills at several angles, a rounded rectangle with a stroke, a half-transparent ellipse. */
    static Document gradientShapes() {
        List<Layer> layers = List.of(
                shape("h", new Rect(60, 60, 440, 440), ShapeKind.RECTANGLE, 0, TestFrames.gradient(0, ORANGE, NAVY),
                        null, 1),
                shape("v", new Rect(580, 60, 440, 440), ShapeKind.RECTANGLE, 60,
                        TestFrames.gradient(90, YELLOW, ORANGE), new Stroke(NAVY, 20), 1),
                shape("d", new Rect(60, 580, 440, 440), ShapeKind.ELLIPSE, 0,
                        new Fill.Linear(45, List.of(new Fill.Stop(0, 0xFF2E6FB7), new Fill.Stop(0.5, 0xFFFFFFFF),
                                new Fill.Stop(1, 0xFFD7263D))), null, 1),
                shape("o", new Rect(480, 480, 400, 400), ShapeKind.ELLIPSE, 0, TestFrames.solid(NAVY),
                        new Stroke(0xFFFFFFFF, 30), 0.5),
                shape("s", new Rect(640, 640, 380, 380), ShapeKind.RECTANGLE, 0, TestFrames.gradient(-135, ORANGE,
                        0x00EC5425), null, 1));
        Frame frame = TestFrames.frame(1080, 1080, 0xFFFFFFFF,
                List.of(TestFrames.slot("foto", SlotShape.RECTANGLE, 0, 0, 100, 100)), layers);
        return TestFrames.document(frame);
    }

    private static Layer.Shape outline(String id, Rect bounds) {
        return new Layer.Shape(id, LayerRole.DECORATION, LayerPosition.BELOW, bounds, ShapeKind.RECTANGLE, 0,
                Optional.empty(), Optional.of(new Stroke(0xFFBBBBBB, 2)), 1);
    }

    private static Layer.Shape shape(String id, Rect bounds, ShapeKind kind, double radius, Fill fill, Stroke stroke,
            double opacity) {
        return new Layer.Shape(id, LayerRole.DECORATION, LayerPosition.ABOVE, bounds, kind, radius,
                Optional.ofNullable(fill), Optional.ofNullable(stroke), opacity);
    }
}
