// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.model.Asset;
import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.LocalizedText;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.SlotShape;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Opens a raw twibbon PNG, as distributed for campaigns, as a pack of one frame: the PNG over the photo, and the
 * photo cover-fitted to the bounding box of the PNG's transparent hole.
 */
final class TwibbonReader {
    static final String FRAME_ID = "twibbon";
    static final String SLOT_ID = "foto";
    /** How close to 1:1 or 9:16 a PNG must be to count as a profile picture or a status image. */
    private static final double ASPECT_TOLERANCE = 0.01;
    /**
     * A photo place whose shorter side is under this share of the PNG's shorter side, or under {@link #MIN_HOLE_PX},
     * holds a face too small to recognise on a phone: the twibbon still opens, with a warning that says the hole's
     * size. On a 1080 px twibbon the advised minimum is 270 px.
     */
    static final double MIN_HOLE_SHARE = 0.25;
    /** Below this many pixels a photo place is small whatever the twibbon's size (WhatsApp shows 640 px). */
    static final int MIN_HOLE_PX = 200;

    private final LayerDecoder decoder;

    TwibbonReader(LayerDecoder decoder) {
        this.decoder = decoder;
    }

    /**
     * The pack, or empty with the reasons in {@code problems}; {@code warnings} gets what does not stop it (a hole
     * too small to be a good photo place).
     */
    Optional<FramePack> read(byte[] png, String fileName, String origin, Problems problems, Problems warnings) {
        BufferedImage image;
        try {
            image = decoder.decode(png, fileName);
        } catch (BadInputException e) {
            problems.add(fileName, "", e.reason());
            return Optional.empty();
        }
        if (image == null) {
            problems.add(fileName, "", "pack.problem.image.broken");
            return Optional.empty();
        }
        int w = image.getWidth();
        int h = image.getHeight();
        if (w < 16 || h < 16 || w > CanvasSize.MAX_SIDE || h > CanvasSize.MAX_SIDE) {
            problems.add(fileName, "", "pack.problem.twibbon.size", w, h, 16, CanvasSize.MAX_SIDE);
            return Optional.empty();
        }
        Optional<Rectangle> hole = HoleFinder.find(image);
        if (hole.isEmpty()) {
            problems.add(fileName, "", "pack.problem.twibbon.noHole");
            return Optional.empty();
        }
        CanvasSize canvas = new CanvasSize(w, h);
        Rectangle box = hole.get();
        int advised = advisedHoleSide(w, h);
        if (Math.min(box.width, box.height) < advised) {
            warnings.add(fileName, "", "pack.warning.twibbon.smallHole", box.width, box.height, box.x, box.y,
                    advised, w, h);
        }
        PhotoSlot slot = PhotoSlot.of(SLOT_ID, SlotShape.RECTANGLE, new Rect(box.x, box.y, box.width, box.height));
        Layer overlay = new Layer.Image(FRAME_ID, LayerRole.DECORATION, LayerPosition.ABOVE, canvas.bounds(),
                new Asset.Raster(fileName, image), 1);
        LocalizedText name = LocalizedText.of(fileName);
        Frame frame = new Frame(FRAME_ID, name, kindOf(w, h), canvas, Optional.empty(), List.of(slot),
                List.of(overlay), List.of(), false);
        return Optional.of(new FramePack(packId(fileName), name, "1", false, FramePack.CAMPAIGN_TAG,
                LocalizedText.of(FramePack.CAMPAIGN_TAG), List.of(frame), List.of(), origin));
    }

    /** The shorter side a photo place should at least have on a twibbon of this size. */
    static int advisedHoleSide(int width, int height) {
        return Math.max(MIN_HOLE_PX, (int) Math.ceil(MIN_HOLE_SHARE * Math.min(width, height)));
    }

    static FrameKind kindOf(int width, int height) {
        double aspect = (double) width / height;
        if (Math.abs(aspect - 1) <= ASPECT_TOLERANCE) {
            return FrameKind.PROFILE;
        }
        if (Math.abs(aspect / (9.0 / 16) - 1) <= ASPECT_TOLERANCE) {
            return FrameKind.STATUS;
        }
        return FrameKind.POSTER;
    }

    /** A pack id from a file name: "Twibbon ASN Netral (1).png" becomes "twibbon-asn-netral-1". */
    static String packId(String fileName) {
        String base = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        String plain = Normalizer.normalize(base, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String id = plain.replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[^a-z0-9]+", "").replaceAll("-+$", "");
        if (id.length() > 64) {
            id = id.substring(0, 64).replaceAll("-+$", "");
        }
        return Frame.isValidId(id) ? id : FRAME_ID;
    }
}
