// SPDX-License-Identifier: Apache-2.0
package id.bingkai.testing;

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
import id.bingkai.core.model.SlotShape;
import id.bingkai.core.model.Stroke;
import id.bingkai.core.model.TextAlign;
import id.bingkai.core.model.TextField;
import id.bingkai.core.model.TextStyle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Frames, packs, documents and layers built straight from model records, so tests need neither pack files nor
 * the built-in set. Pack folders and zips on disk are made by {@link TestPacks}.
 */
public final class TestFrames {
    public static final int NAVY = 0xFF1B2A4A;
    public static final int ORANGE = 0xFFEC5425;
    public static final int YELLOW = 0xFFFAB92C;
    public static final int WHITE = 0xFFFFFFFF;
    public static final int BLACK = 0xFF000000;

    private TestFrames() {
    }

    // --- frames for the renderer: any slots and layers, fields "nama" and "unit" ---

    public static Frame frame(int width, int height, Integer background, List<PhotoSlot> slots, List<Layer> layers) {
        List<TextField> fields = List.of(new TextField("nama", LocalizedText.of("Nama", "Name"), "", 60),
                new TextField("unit", LocalizedText.of("Unit kerja", "Work unit"), "", 60));
        return new Frame("uji", LocalizedText.of("Uji"), FrameKind.PROFILE, new CanvasSize(width, height),
                Optional.ofNullable(background), slots, layers, fields, false);
    }

    /** A sample pack (as the built-in one) holding only {@code frame}. */
    public static FramePack pack(Frame frame, List<Asset.Typeface> typefaces) {
        return new FramePack("uji", LocalizedText.of("Uji"), "1", true, FramePack.CAMPAIGN_TAG,
                LocalizedText.of(FramePack.CAMPAIGN_TAG), List.of(frame), typefaces, "test");
    }

    /** The frame in a sample pack, with no photo and no text filled in. */
    public static Document document(Frame frame) {
        return Document.of(pack(frame, List.of()), frame);
    }

    // --- frames for the guideline rules: one photo slot, white background, each test adds its layers ---

    /** A frame whose one rectangular photo slot is {@code slot}. */
    public static Frame frame(FrameKind kind, int width, int height, Rect slot, Layer... layers) {
        return frame(kind, width, height, PhotoSlot.of("foto", SlotShape.RECTANGLE, slot), layers);
    }

    public static Frame frame(FrameKind kind, int width, int height, PhotoSlot slot, Layer... layers) {
        return new Frame("uji", LocalizedText.of("Uji"), kind, new CanvasSize(width, height), Optional.of(WHITE),
                List.of(slot), List.of(layers), List.of(new TextField("nama", LocalizedText.of("Nama"), "", 40)),
                false);
    }

    /** A 1080 x 1080 profile frame with the photo in the whole canvas. */
    public static Frame profile(Layer... layers) {
        return frame(FrameKind.PROFILE, 1080, 1080, new Rect(0, 0, 1080, 1080), layers);
    }

    /** A 1080 x 1920 status frame with the photo in the whole canvas. */
    public static Frame story(Layer... layers) {
        return frame(FrameKind.STATUS, 1080, 1920, new Rect(0, 0, 1080, 1920), layers);
    }

    /** A user's (not sample) pack of these frames. */
    public static FramePack pack(Frame... frames) {
        return new FramePack("uji", LocalizedText.of("Uji"), "1", false, FramePack.CAMPAIGN_TAG,
                LocalizedText.of(FramePack.CAMPAIGN_TAG), List.of(frames), List.of(), "test");
    }

    // --- packs for the editor's view models ---

    /** Pack {@code id} with a square profile frame "persegi" and a 9:16 status frame "status". */
    public static FramePack pack(String id) {
        return new FramePack(id, LocalizedText.of("Paket " + id, "Pack " + id), "1", false, "#ASNpilihNETRAL",
                LocalizedText.of("Saya netral. #ASNpilihNETRAL", "I stay neutral. #ASNpilihNETRAL"),
                List.of(square("persegi"), status("status")), List.of(), "test");
    }

    /** A pack whose frame "duo" has two photo slots (as a poster with an official's and an employee's photo). */
    public static FramePack twoSlotPack(String id) {
        return new FramePack(id, LocalizedText.of("Paket " + id, "Pack " + id), "1", false, "#ASNpilihNETRAL",
                LocalizedText.of("Kami netral. #ASNpilihNETRAL", "We stay neutral. #ASNpilihNETRAL"),
                List.of(twoSlots("duo"), square("persegi")), List.of(), "test");
    }

    /** 1000 x 500: a rectangle "kiri" on the left, an ellipse "kanan" on the right, white around them. */
    public static Frame twoSlots(String id) {
        return new Frame(id, LocalizedText.of("Dua foto", "Two photos"), FrameKind.POSTER, new CanvasSize(1000, 500),
                Optional.of(0xFFFFFFFF), List.of(PhotoSlot.of("kiri", SlotShape.RECTANGLE, new Rect(50, 50, 400, 400)),
                        PhotoSlot.of("kanan", SlotShape.ELLIPSE, new Rect(550, 50, 400, 400))),
                List.of(), List.of(new TextField("nama", LocalizedText.of("Nama", "Name"), "", 40)), false);
    }

    public static Frame square(String id) {
        return new Frame(id, LocalizedText.of("Persegi", "Square"), FrameKind.PROFILE, new CanvasSize(1000, 1000),
                Optional.of(0xFFFFFFFF), List.of(PhotoSlot.of("foto", SlotShape.RECTANGLE, new Rect(100, 100, 800, 800))),
                List.of(new Layer.Shape("band", LayerRole.DECORATION, LayerPosition.ABOVE, new Rect(0, 900, 1000, 100),
                        ShapeKind.RECTANGLE, 0, Optional.of(new Fill.Solid(0xFFEC5425)), Optional.empty(), 1)),
                List.of(new TextField("nama", LocalizedText.of("Nama", "Name"), "", 40),
                        new TextField("unit", LocalizedText.of("Unit kerja", "Work unit"), "", 60)),
                true);
    }

    public static Frame status(String id) {
        return new Frame(id, LocalizedText.of("Status", "Status"), FrameKind.STATUS, new CanvasSize(1080, 1920),
                Optional.of(0xFFFFFFFF), List.of(PhotoSlot.of("foto", SlotShape.ELLIPSE, new Rect(140, 500, 800, 800))),
                List.of(), List.of(new TextField("nama", LocalizedText.of("Nama", "Name"), "", 40)), false);
    }

    // --- slots, layers and fills ---

    public static PhotoSlot slot(String id, SlotShape shape, double x, double y, double w, double h) {
        return PhotoSlot.of(id, shape, new Rect(x, y, w, h));
    }

    public static Layer.Shape rect(String id, LayerPosition position, Rect bounds, Fill fill) {
        return new Layer.Shape(id, LayerRole.DECORATION, position, bounds, ShapeKind.RECTANGLE, 0,
                Optional.of(fill), Optional.empty(), 1);
    }

    public static Layer.Shape ring(String id, Rect bounds, int argb, double width) {
        return new Layer.Shape(id, LayerRole.DECORATION, LayerPosition.ABOVE, bounds, ShapeKind.ELLIPSE, 0,
                Optional.empty(), Optional.of(new Stroke(argb, width)), 1);
    }

    /** A filled rectangle above the photo, in the given role. */
    public static Layer.Shape box(String id, LayerRole role, Rect bounds, int argb) {
        return new Layer.Shape(id, role, LayerPosition.ABOVE, bounds, ShapeKind.RECTANGLE, 0,
                Optional.of(new Fill.Solid(argb)), Optional.empty(), 1);
    }

    public static Layer.Text text(String id, Rect bounds, String template, double size, TextAlign align, Fill fill) {
        return new Layer.Text(id, LayerRole.TEXT, LayerPosition.ABOVE, bounds, template,
                new TextStyle("Inter", 700, size, fill, align, false, 0));
    }

    /** Centred bold Inter text in a flat colour, in the given role. */
    public static Layer.Text text(String id, LayerRole role, Rect box, String template, double size, int argb) {
        return new Layer.Text(id, role, LayerPosition.ABOVE, box, template,
                new TextStyle("Inter", 700, size, new Fill.Solid(argb), TextAlign.CENTER, false, 0));
    }

    public static Layer.Text tag(Rect box, double size, int argb) {
        return text("tag", LayerRole.TAG, box, "{tag}", size, argb);
    }

    /** A logo layer drawn from a square bitmap: a filled orange disc on a transparent square. */
    public static Layer.Image logo(String id, Rect bounds) {
        return logo(id, bounds, Pictures.disc(200, 200), 1);
    }

    public static Layer.Image logo(String id, Rect bounds, BufferedImage image, double opacity) {
        return new Layer.Image(id, LayerRole.LOGO, LayerPosition.ABOVE, bounds, new Asset.Raster(id + ".png", image),
                opacity);
    }

    public static List<Layer> layers(Layer... layers) {
        return new ArrayList<>(List.of(layers));
    }

    public static Fill solid(int argb) {
        return new Fill.Solid(argb);
    }

    public static Fill gradient(double angle, int from, int to) {
        return new Fill.Linear(angle, List.of(new Fill.Stop(0, from), new Fill.Stop(1, to)));
    }
}
