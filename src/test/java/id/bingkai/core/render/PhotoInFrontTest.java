// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.ShapeKind;
import id.bingkai.core.model.SlotShape;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a frame allows it, the photo can be drawn over the frame's upper layers instead of under them. */
class PhotoInFrontTest {
    private static final int RED = 0xFFFF0000;

    private static Frame frame(boolean allowed) {
        Layer bar = new Layer.Shape("bar", LayerRole.DECORATION, LayerPosition.ABOVE, new Rect(0, 40, 100, 20),
                ShapeKind.RECTANGLE, 0, Optional.of(new Fill.Solid(0xFF0000FF)), Optional.empty(), 1);
        return new Frame("f", LocalizedText.of("F"), FrameKind.PROFILE, new CanvasSize(100, 100), Optional.empty(),
                List.of(PhotoSlot.of("foto", SlotShape.RECTANGLE, new Rect(0, 0, 100, 100))), List.of(bar), List.of(),
                allowed);
    }

    private static Document document(Frame frame) {
        FramePack pack = new FramePack("p", LocalizedText.of("P"), "1", false, FramePack.CAMPAIGN_TAG,
                LocalizedText.of(FramePack.CAMPAIGN_TAG), List.of(frame), List.of(), "test");
        return Document.of(pack, frame).withPhoto(new PhotoRef(Path.of("merah.png"), 100, 100));
    }

    private static BufferedImage red(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    @Test
    void behindByDefaultAndInFrontWhenChosen() {
        Renderer renderer = new Renderer(new FontLibrary());
        Document behind = document(frame(true));
        int barPixel = renderer.render(behind, 100, (p, w, h) -> red(Math.max(w, 1), Math.max(h, 1))).getRGB(50, 50);
        assertThat(barPixel).isNotEqualTo(RED);

        Document front = behind.withPhotoInFront(true);
        assertThat(front.photoInFront()).isTrue();
        int photoPixel = renderer.render(front, 100, (p, w, h) -> red(Math.max(w, 1), Math.max(h, 1))).getRGB(50, 50);
        assertThat(photoPixel).isEqualTo(RED);
    }

    @Test
    void aFrameThatKeepsThePhotoBehindCannotHaveItInFront() {
        Document doc = document(frame(false));
        assertThat(doc.withPhotoInFront(true)).isSameAs(doc);
        assertThatThrownBy(() -> new Document(doc.pack(), doc.frame(), doc.photos(), doc.texts(), true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
