// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import id.bingkai.core.i18n.Messages;
import id.bingkai.core.io.export.ImageExporter;
import id.bingkai.core.io.export.ImageFormat;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Fill;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.LocalizedText;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.SlotShape;
import id.bingkai.core.model.TextAlign;
import id.bingkai.core.model.TextField;
import id.bingkai.core.model.TextStyle;
import id.bingkai.core.render.FontLibrary;
import id.bingkai.core.render.Renderer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A small frame with two text fields, photos and jobs for batch tests. */
final class BatchFixtures {
    static final Messages MESSAGES = new Messages(Messages.INDONESIAN);

    private BatchFixtures() {
    }

    static Frame frame() {
        List<TextField> fields = List.of(new TextField("nama", LocalizedText.of("Nama"), "", 40),
                new TextField("unit", LocalizedText.of("Unit"), "", 60));
        TextStyle style = new TextStyle("Inter", 700, 20, new Fill.Solid(0xFFFFFFFF), TextAlign.CENTER, false, 0);
        List<Layer> layers = List.of(
                new Layer.Text("nama", LayerRole.TEXT, LayerPosition.ABOVE, new Rect(10, 170, 180, 14), "{nama}", style),
                new Layer.Text("unit", LayerRole.TEXT, LayerPosition.ABOVE, new Rect(10, 186, 180, 10), "{unit}", style));
        return new Frame("uji", LocalizedText.of("Uji"), FrameKind.PROFILE, new CanvasSize(200, 200),
                Optional.of(0xFF1B2A4A), List.of(PhotoSlot.of("foto", SlotShape.RECTANGLE, new Rect(20, 10, 160, 150))),
                layers, fields, false);
    }

    static FramePack pack(Frame frame) {
        return new FramePack("uji", LocalizedText.of("Uji"), "1", true, FramePack.CAMPAIGN_TAG,
                LocalizedText.of(FramePack.CAMPAIGN_TAG), List.of(frame), List.of(), "test");
    }

    /** A job whose sheets may lack a unit column: the unit is left to the frame on purpose ({@code --column unit=}). */
    static BatchJob job(Path csv, Path out, String names, boolean resume, boolean overwrite, boolean failFast,
            int threads) {
        Frame frame = frame();
        return new BatchJob(csv, out, pack(frame), frame, 200, ImageFormat.JPEG, 0.9f,
                Optional.ofNullable(names).map(NamePattern::parse), Placement.COVER, threads, resume, overwrite,
                failFast, List.of(FramePack.CAMPAIGN_TAG), new ColumnMap(java.util.Map.of("unit", "")));
    }

    static RowWork realWork() {
        ImageLoader images = new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system());
        FontLibrary fonts = new FontLibrary();
        Renderer renderer = new Renderer(fonts);
        return new CoreRowWork(images, renderer, new ImageExporter(),
                new id.bingkai.core.guideline.GuidelineChecker(renderer, fonts));
    }
}
