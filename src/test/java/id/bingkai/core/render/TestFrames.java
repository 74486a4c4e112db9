// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import id.bingkai.core.model.Asset;
import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Fill;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.LocalizedText;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.ShapeKind;
import id.bingkai.core.model.Stroke;
import id.bingkai.core.model.TextAlign;
import id.bingkai.core.model.TextField;
import id.bingkai.core.model.TextStyle;
import java.util.List;
import java.util.Optional;

/** Frames and documents built straight from model records, independent of the pack loader. */
final class TestFrames {
    static final int NAVY = 0xFF1B2A4A;
    static final int ORANGE = 0xFFEC5425;
    static final int YELLOW = 0xFFFAB92C;

    private TestFrames() {
    }

    static Frame frame(int width, int height, Integer background, List<PhotoSlot> slots, List<Layer> layers) {
        List<TextField> fields = List.of(new TextField("nama", LocalizedText.of("Nama", "Name"), "", 60),
                new TextField("unit", LocalizedText.of("Unit kerja", "Work unit"), "", 60));
        return new Frame("uji", LocalizedText.of("Uji"), FrameKind.PROFILE, new CanvasSize(width, height),
                Optional.ofNullable(background), slots, layers, fields, false);
    }

    static FramePack pack(Frame frame, List<Asset.Typeface> typefaces) {
        return new FramePack("uji", LocalizedText.of("Uji"), "1", true, FramePack.CAMPAIGN_TAG,
                LocalizedText.of(FramePack.CAMPAIGN_TAG), List.of(frame), typefaces, "test");
    }

    static Document document(Frame frame) {
        return Document.of(pack(frame, List.of()), frame);
    }

    static PhotoSlot slot(String id, id.bingkai.core.model.SlotShape shape, double x, double y, double w, double h) {
        return PhotoSlot.of(id, shape, new Rect(x, y, w, h));
    }

    static Layer.Shape rect(String id, LayerPosition position, Rect bounds, Fill fill) {
        return new Layer.Shape(id, LayerRole.DECORATION, position, bounds, ShapeKind.RECTANGLE, 0,
                Optional.of(fill), Optional.empty(), 1);
    }

    static Layer.Shape ring(String id, Rect bounds, int argb, double width) {
        return new Layer.Shape(id, LayerRole.DECORATION, LayerPosition.ABOVE, bounds, ShapeKind.ELLIPSE, 0,
                Optional.empty(), Optional.of(new Stroke(argb, width)), 1);
    }

    static Layer.Text text(String id, Rect bounds, String template, double size, TextAlign align, Fill fill) {
        return new Layer.Text(id, LayerRole.TEXT, LayerPosition.ABOVE, bounds, template,
                new TextStyle("Inter", 700, size, fill, align, false, 0));
    }

    static Fill solid(int argb) {
        return new Fill.Solid(argb);
    }

    static Fill gradient(double angle, int from, int to) {
        return new Fill.Linear(angle, List.of(new Fill.Stop(0, from), new Fill.Stop(1, to)));
    }
}
