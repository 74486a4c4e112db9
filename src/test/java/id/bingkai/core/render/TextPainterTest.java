// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.SlotShape;
import id.bingkai.core.model.TextAlign;
import id.bingkai.testing.TestFrames;
import id.bingkai.testing.Pictures;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.Paint;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A text layer on a surface with and without a {@link TextOutput}: the output gets the set lines in canvas units
 * (the surface scaled by the render scale) and the paint, and the outlines are filled only when it declines.
 */
class TextPainterTest {
    private static final Rect BOX = new Rect(10, 20, 180, 40);
    private final FontLibrary fonts = new FontLibrary();
    private final TextPainter painter = new TextPainter(fonts);

    /** What a text output was given. */
    private record Call(AffineTransform transform, TextSetter.SetText text, Paint paint) {
    }

    @Test
    void aTextOutputThatTakesTheTextGetsTheLinesInCanvasUnitsAndNothingIsFilled() {
        Layer.Text layer = TestFrames.text("nama", BOX, "{nama}", 30, TextAlign.CENTER,
                TestFrames.solid(0xFF112233));
        Document doc = doc(layer, "Budi");
        BufferedImage image = Pictures.whiteSurface(400, 200);
        List<Call> calls = paintWithOutput(image, layer, doc, 2, true);

        assertThat(calls).hasSize(1);
        Call call = calls.getFirst();
        assertThat(call.transform()).isEqualTo(AffineTransform.getScaleInstance(2, 2));
        assertThat(call.text().text()).isEqualTo("Budi");
        assertThat(call.text().lines()).hasSize(1);
        assertThat(call.paint()).isEqualTo(new Color(0xFF112233, true));
        assertThat(darkPixels(image)).as("the output drew the text, the painter did not").isZero();
    }

    @Test
    void aTextOutputThatDeclinesLeavesTheOutlinesToBeFilledAsWithoutOne() {
        Layer.Text layer = TestFrames.text("nama", BOX, "{nama}", 30, TextAlign.LEFT, TestFrames.solid(0xFF000000));
        Document doc = doc(layer, "Budi Santoso");
        BufferedImage plain = Pictures.whiteSurface(400, 200);
        Graphics2D pg = plain.createGraphics();
        try {
            RenderHints.apply(pg);
            painter.paint(pg, layer, doc, 2);
        } finally {
            pg.dispose();
        }
        BufferedImage declined = Pictures.whiteSurface(400, 200);
        List<Call> calls = paintWithOutput(declined, layer, doc, 2, false);

        assertThat(calls).hasSize(1);
        // The set text at scale 2: its outline's box, doubled, is where the dark pixels are.
        TextSetter.SetText set = new TextSetter(fonts).set(layer, doc).orElseThrow();
        var bounds = set.outline().getBounds2D();
        int[] box = inkBox(plain);
        assertThat(box[0]).as("left").isCloseTo((int) Math.floor(bounds.getMinX() * 2), within(1));
        assertThat(box[1]).as("top").isCloseTo((int) Math.floor(bounds.getMinY() * 2), within(1));
        assertThat(box[2]).as("right").isCloseTo((int) Math.ceil(bounds.getMaxX() * 2) - 1, within(1));
        assertThat(box[3]).as("bottom").isCloseTo((int) Math.ceil(bounds.getMaxY() * 2) - 1, within(1));
        assertThat(darkPixels(plain)).isGreaterThan(500);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 400; x++) {
                assertThat(declined.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(plain.getRGB(x, y));
            }
        }
    }

    @Test
    void aGradientRunsAcrossTheSetLineNotTheWholeBox() {
        Layer.Text layer = TestFrames.text("nama", new Rect(0, 0, 1000, 100), "{nama}", 40, TextAlign.CENTER,
                TestFrames.gradient(0, 0xFFFF0000, 0xFF0000FF));
        Document doc = doc(layer, "Budi");
        List<Call> calls = paintWithOutput(Pictures.whiteSurface(100, 10), layer, doc, 0.1, true);

        var lineBox = calls.getFirst().text().lineBox();
        assertThat(lineBox.getWidth()).as("'Budi' at 40 units is far narrower than the box").isLessThan(200);
        LinearGradientPaint paint = (LinearGradientPaint) calls.getFirst().paint();
        assertThat(paint.getStartPoint().getX()).isCloseTo(lineBox.getMinX(), within(1e-6));
        assertThat(paint.getEndPoint().getX()).isCloseTo(lineBox.getMaxX(), within(1e-6));
    }

    @Test
    void theKeyTakesOnlyTextOutputsOrNothing() {
        TextOutput any = (g, text, paint) -> true;
        assertThat(TextOutput.KEY.isCompatibleValue(any)).isTrue();
        assertThat(TextOutput.KEY.isCompatibleValue(null)).isTrue();
        assertThat(TextOutput.KEY.isCompatibleValue("tulisan")).isFalse();
    }

    @Test
    void anEmptyTextPaintsNothingAndAsksNoOutput() {
        Layer.Text layer = TestFrames.text("nama", BOX, "{nama}", 30, TextAlign.LEFT, TestFrames.solid(0xFF000000));
        BufferedImage image = Pictures.whiteSurface(400, 200);
        List<Call> calls = paintWithOutput(image, layer, doc(layer, "   "), 2, false);
        assertThat(calls).isEmpty();
        assertThat(darkPixels(image)).isZero();
    }

    /**
     * Paints the layer on {@code image} (with the renderer's hints) through a text output that records what it is
     * given and {@code takes} the text or declines it.
     */
    private List<Call> paintWithOutput(BufferedImage image, Layer.Text layer, Document doc, double scale,
            boolean takes) {
        List<Call> calls = new ArrayList<>();
        Graphics2D g = image.createGraphics();
        try {
            RenderHints.apply(g);
            g.setRenderingHint(TextOutput.KEY, (TextOutput) (lg, text, paint) -> {
                calls.add(new Call(lg.getTransform(), text, paint));
                return takes;
            });
            painter.paint(g, layer, doc, scale);
        } finally {
            g.dispose();
        }
        return calls;
    }

    private static Document doc(Layer.Text layer, String name) {
        Frame frame = TestFrames.frame(200, 100, 0xFFFFFFFF,
                List.of(TestFrames.slot("foto", SlotShape.RECTANGLE, 0, 0, 10, 10)), List.of(layer));
        return TestFrames.document(frame).withText("nama", name);
    }

    private static int darkPixels(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xFF) < 250 ? 1 : 0;
            }
        }
        return n;
    }

    /** Leftmost, top, rightmost and bottom pixel with any ink. */
    private static int[] inkBox(BufferedImage image) {
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFF) < 255) {
                    box[0] = Math.min(box[0], x);
                    box[1] = Math.min(box[1], y);
                    box[2] = Math.max(box[2], x);
                    box[3] = Math.max(box[3], y);
                }
            }
        }
        return box;
    }
}
