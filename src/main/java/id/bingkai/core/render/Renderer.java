// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import id.bingkai.core.error.BingkaiException;
import id.bingkai.core.error.RefusedException;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.PhotoSlot;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;

/**
 * The one renderer behind every output: editor preview, exported file, batch and print differ only in the
 * width they ask for. Everything is drawn in canvas units scaled uniformly by {@code width / canvas width}.
 *
 * <p>Order: the frame's background colour, the layers below the photo, the photos in their slots (an empty slot
 * stays empty), the layers above. Shape strokes are centred on the outline. Stateless between calls and
 * thread-safe: a batch may render several documents at once with one instance.
 */
public final class Renderer {
    /** Largest output a render may allocate (an A0 poster at 300 dpi is about 140 million pixels). */
    public static final long MAX_OUTPUT_PIXELS = 200_000_000L;

    private final SlotPainter slots;
    private final LayerPainter layers;

    public Renderer(FontLibrary fonts) {
        this(fonts, new Resampler());
    }

    public Renderer(FontLibrary fonts, Resampler resampler) {
        Objects.requireNonNull(fonts, "fonts");
        ImagePainter images = new ImagePainter(Objects.requireNonNull(resampler, "resampler"),
                new Warp(resampler.filter(), resampler.parallelism()));
        this.slots = new SlotPainter(images);
        this.layers = new LayerPainter(images, new TextPainter(fonts));
    }

    /**
     * Renders the document {@code width} pixels wide (the height follows the canvas aspect ratio) as an sRGB
     * TYPE_INT_ARGB_PRE image. Photos are fetched from {@code photos} at the resolution this width needs.
     *
     * @throws RefusedException when the size is beyond the limit (the user's choice: a smaller width is the fix)
     * @throws BingkaiException when the image does not fit in this machine's memory
     */
    public BufferedImage render(Document doc, int width, PhotoSource photos) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(photos, "photos");
        Frame frame = doc.frame();
        CanvasSize canvas = frame.canvas();
        int height = canvas.heightFor(width);
        sizeRefusal(width, height).ifPresent(reason -> {
            throw new RefusedException(reason);
        });
        try {
            BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
            draw(out, doc, (double) width / canvas.width(), photos);
            return out;
        } catch (OutOfMemoryError e) {
            throw new BingkaiException(Msg.of("render.error.memory", width, height), e);
        }
    }

    /**
     * Draws the document onto another Java2D surface (a PDF page) whose user space stands for an image
     * {@code width} pixels wide: the same calls as {@link #render}, so photos are resampled to that width's
     * resolution and vectors stay vectors. Text goes through the surface's {@link TextOutput#KEY} hint when set.
     */
    public void draw(Graphics2D g, Document doc, int width, PhotoSource photos) {
        Objects.requireNonNull(g, "g");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(photos, "photos");
        CanvasSize canvas = doc.frame().canvas();
        Rectangle device = new Rectangle(0, 0, width, canvas.heightFor(width));
        Graphics2D copy = (Graphics2D) g.create();
        try {
            draw(copy, device, doc, (double) width / canvas.width(), photos);
        } finally {
            copy.dispose();
        }
    }

    /**
     * Why an output of this size cannot be made, if it cannot: larger than {@link #MAX_OUTPUT_PIXELS} or wider or
     * taller than twice the largest canvas side. A pack's lint asks it about each frame's design size.
     */
    public static Optional<Msg> sizeRefusal(int width, int height) {
        if (width < 1 || height < 1 || width > CanvasSize.MAX_SIDE * 2 || height > CanvasSize.MAX_SIDE * 2
                || (long) width * height > MAX_OUTPUT_PIXELS) {
            // Plain digits: "20000 x 35556" reads as the numbers the user typed, not "20.000".
            return Optional.of(Msg.of("render.error.size", String.valueOf(width), String.valueOf(height),
                    String.valueOf(MAX_OUTPUT_PIXELS / 1_000_000), String.valueOf(CanvasSize.MAX_SIDE * 2)));
        }
        return Optional.empty();
    }

    private void draw(BufferedImage out, Document doc, double scale, PhotoSource photos) {
        Rectangle device = new Rectangle(0, 0, out.getWidth(), out.getHeight());
        Graphics2D g = out.createGraphics();
        try {
            draw(g, device, doc, scale, photos);
        } finally {
            g.dispose();
        }
    }

    private void draw(Graphics2D g, Rectangle device, Document doc, double scale, PhotoSource photos) {
        Frame frame = doc.frame();
        {
            RenderHints.apply(g);
            frame.background().ifPresent(argb -> {
                g.setColor(new Color(argb, true));
                g.fill(device);
            });
            for (Layer layer : frame.layers(LayerPosition.BELOW)) {
                layers.paint(g, device, layer, doc, scale);
            }
            if (!doc.photoInFront()) {
                paintPhotos(g, device, doc, scale, photos);
            }
            for (Layer layer : frame.layers(LayerPosition.ABOVE)) {
                layers.paint(g, device, layer, doc, scale);
            }
            if (doc.photoInFront()) {
                paintPhotos(g, device, doc, scale, photos);
            }
        }
    }

    private void paintPhotos(Graphics2D g, Rectangle device, Document doc, double scale, PhotoSource photos) {
        for (PhotoSlot slot : doc.frame().slots()) {
            doc.photo(slot.id()).ifPresent(placed -> slots.paint(g, device, slot, placed, scale, photos));
        }
    }
}
