// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.model.Asset;
import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Fill;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.LocalizedText;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.PlacedPhoto;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.Rule;
import id.bingkai.core.model.ShapeKind;
import id.bingkai.core.model.SlotShape;
import id.bingkai.core.model.TextAlign;
import id.bingkai.core.model.TextField;
import id.bingkai.core.model.TextStyle;
import id.bingkai.core.render.FontLibrary;
import id.bingkai.core.render.Renderer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Frames built from model records for the rule tests: each test adds just the layers it is about. */
final class TestFrames {
    static final int WHITE = 0xFFFFFFFF;
    static final int BLACK = 0xFF000000;
    static final FontLibrary FONTS = new FontLibrary();
    static final GuidelineChecker CHECKER = new GuidelineChecker(new Renderer(FONTS), FONTS);

    private TestFrames() {
    }

    /** A frame whose one rectangular photo slot is {@code slot}. */
    static Frame frame(FrameKind kind, int width, int height, Rect slot, Layer... layers) {
        return frame(kind, width, height, PhotoSlot.of("foto", SlotShape.RECTANGLE, slot), layers);
    }

    static Frame frame(FrameKind kind, int width, int height, PhotoSlot slot, Layer... layers) {
        return new Frame("uji", LocalizedText.of("Uji"), kind, new CanvasSize(width, height), Optional.of(WHITE),
                List.of(slot), List.of(layers), List.of(new TextField("nama", LocalizedText.of("Nama"), "", 40)),
                false);
    }

    /** A 1080 x 1080 profile frame with the photo in the whole canvas. */
    static Frame profile(Layer... layers) {
        return frame(FrameKind.PROFILE, 1080, 1080, new Rect(0, 0, 1080, 1080), layers);
    }

    /** A 1080 x 1920 status frame with the photo in the whole canvas. */
    static Frame story(Layer... layers) {
        return frame(FrameKind.STATUS, 1080, 1920, new Rect(0, 0, 1080, 1920), layers);
    }

    static FramePack pack(Frame... frames) {
        return new FramePack("uji", LocalizedText.of("Uji"), "1", false, FramePack.CAMPAIGN_TAG,
                LocalizedText.of(FramePack.CAMPAIGN_TAG), List.of(frames), List.of(), "test");
    }

    /** The frame with a flat-coloured photo of {@code w x h} pixels, cover-fitted. */
    static Document withPhoto(Frame frame, int rgb, int w, int h) {
        return withPhoto(frame, rgb, w, h, Placement.COVER);
    }

    static Document withPhoto(Frame frame, int rgb, int w, int h, Placement placement) {
        PhotoRef photo = new PhotoRef(Path.of(String.format("sample-%06x", rgb)), w, h);
        return Document.of(pack(frame), frame).withPhoto(frame.primarySlot().id(), new PlacedPhoto(photo, placement));
    }

    /** A mid-grey 4000 x 4000 photo: sharp enough for anything, neutral behind text. */
    static Document withPhoto(Frame frame) {
        return withPhoto(frame, 0x808080, 4000, 4000);
    }

    static GuidelineReport check(Document doc) {
        return CHECKER.check(doc, GuidelineSettings.DEFAULT, Optional.empty(), new SamplePhotos());
    }

    static List<Finding> findings(Document doc, Rule rule) {
        return check(doc).findings().stream().filter(f -> f.rule() == rule).toList();
    }

    static Layer.Text text(String id, LayerRole role, Rect box, String template, double size, int argb) {
        return new Layer.Text(id, role, LayerPosition.ABOVE, box, template,
                new TextStyle("Inter", 700, size, new Fill.Solid(argb), TextAlign.CENTER, false, 0));
    }

    static Layer.Text tag(Rect box, double size, int argb) {
        return text("tag", LayerRole.TAG, box, "{tag}", size, argb);
    }

    static Layer.Shape box(String id, LayerRole role, Rect bounds, int argb) {
        return new Layer.Shape(id, role, LayerPosition.ABOVE, bounds, ShapeKind.RECTANGLE, 0,
                Optional.of(new Fill.Solid(argb)), Optional.empty(), 1);
    }

    /** A logo layer drawn from a square bitmap: a filled orange disc on a transparent square. */
    static Layer.Image logo(String id, Rect bounds) {
        return logo(id, bounds, disc(200, 200), 1);
    }

    static Layer.Image logo(String id, Rect bounds, BufferedImage image, double opacity) {
        return new Layer.Image(id, LayerRole.LOGO, LayerPosition.ABOVE, bounds, new Asset.Raster(id + ".png", image),
                opacity);
    }

    /** A disc filling a transparent {@code w x h} bitmap. */
    static BufferedImage disc(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xEC5425));
        g.fillOval(0, 0, w, h);
        g.dispose();
        return img;
    }

    /** A fully opaque {@code w x h} bitmap. */
    static BufferedImage block(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xEC5425));
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    static List<Layer> layers(Layer... layers) {
        return new ArrayList<>(List.of(layers));
    }
}
