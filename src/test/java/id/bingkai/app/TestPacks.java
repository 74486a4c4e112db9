// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

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
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.ShapeKind;
import id.bingkai.core.model.SlotShape;
import id.bingkai.core.model.TextField;
import java.util.List;
import java.util.Optional;

/** Small packs built in code, so view-model tests need neither files nor the built-in set. */
public final class TestPacks {
    private TestPacks() {
    }

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
}
