// SPDX-License-Identifier: Apache-2.0
package id.bingkai.bench;

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
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.ShapeKind;
import id.bingkai.core.model.SlotShape;
import id.bingkai.core.model.Stroke;
import id.bingkai.core.model.TextAlign;
import id.bingkai.core.model.TextField;
import id.bingkai.core.model.TextStyle;
import id.bingkai.core.render.FontLibrary;
import id.bingkai.core.render.PhotoSource;
import id.bingkai.core.render.Renderer;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * The whole 1080 x 1080 composite of a batch row without decoding or encoding: gradient background, the photo
 * (already decoded at 1500 x 1125, as libjpeg-turbo hands it over) turned 3 degrees into an 840 px slot, a ring and
 * two text lines.
 */
public class CompositeBenchmark extends BenchmarkSettings {
    private Renderer renderer;
    private Document document;
    private PhotoSource decoded;

    @Setup
    public void setUp() {
        BufferedImage photo = new BufferedImage(1500, 1125, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, 1500, 1125, Color.DARK_GRAY));
        g.fillRect(0, 0, 1500, 1125);
        g.dispose();
        decoded = (ref, w, h) -> photo;
        TextStyle bold = new TextStyle("Inter", 700, 34, new Fill.Solid(0xFFFFFFFF), TextAlign.CENTER, false, 0);
        TextStyle regular = new TextStyle("Inter", 400, 26, new Fill.Solid(0xFFFFFFFF), TextAlign.CENTER, false, 0);
        List<Layer> layers = List.of(
                new Layer.Shape("latar", LayerRole.DECORATION, LayerPosition.BELOW, new Rect(0, 0, 1080, 1080),
                        ShapeKind.RECTANGLE, 0, Optional.of(new Fill.Linear(90, List.of(
                                new Fill.Stop(0, 0xFFEC5425), new Fill.Stop(1, 0xFF5A0A0A)))), Optional.empty(), 1),
                new Layer.Shape("bingkai", LayerRole.DECORATION, LayerPosition.ABOVE, new Rect(115, 55, 850, 850),
                        ShapeKind.RECTANGLE, 60, Optional.empty(), Optional.of(new Stroke(0xFFFFFFFF, 12)), 1),
                new Layer.Text("nama", LayerRole.TEXT, LayerPosition.ABOVE, new Rect(90, 945, 900, 50), "{nama}", bold),
                new Layer.Text("unit", LayerRole.TEXT, LayerPosition.ABOVE, new Rect(90, 1000, 900, 40), "{unit}",
                        regular));
        Frame frame = new Frame("bench", LocalizedText.of("Bench"), FrameKind.PROFILE, new CanvasSize(1080, 1080),
                Optional.empty(), List.of(PhotoSlot.of("foto", SlotShape.RECTANGLE, new Rect(120, 60, 840, 840))),
                layers, List.of(new TextField("nama", LocalizedText.of("Nama"), "", 80),
                        new TextField("unit", LocalizedText.of("Unit"), "", 80)), false);
        FramePack pack = new FramePack("bench", LocalizedText.of("Bench"), "1", false, FramePack.CAMPAIGN_TAG,
                LocalizedText.of(FramePack.CAMPAIGN_TAG), List.of(frame), List.of(), "bench");
        document = Document.of(pack, frame).withPhoto(new PhotoRef(Path.of("foto.jpg"), 4000, 3000))
                .withText("nama", "Pegawai Nomor 12").withText("unit", "Unit Kerja 3 Kantor Contoh")
                .withPlacement("foto", new Placement(0, 0, 1.06, 3, false));
        renderer = new Renderer(new FontLibrary());
    }

    @Benchmark
    public BufferedImage composite() {
        return renderer.render(document, 1080, decoded);
    }
}
