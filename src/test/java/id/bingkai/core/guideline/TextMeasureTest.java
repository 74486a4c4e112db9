// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import static id.bingkai.testing.TestFrames.BLACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.bingkai.core.model.Document;
import id.bingkai.core.model.Fill;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.TextAlign;
import id.bingkai.core.model.TextStyle;
import id.bingkai.core.render.Renderer;
import id.bingkai.testing.TestFrames;
import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checker's idea of where text lands must match the renderer's pixels, or every text rule misjudges. */
class TextMeasureTest {
    @ParameterizedTest
    @CsvSource({
        "'{tag}', 80, CENTER, 0",
        "'Siti Aminah binti Abdullah, Kementerian Dalam Negeri', 90, LEFT, 0",
        "'NETRAL', 120, RIGHT, 0.1",
        "'{nama}', 70, CENTER, 0"
    })
    void measuredInkMatchesTheRenderedPixels(String template, double size, TextAlign align, double spacing) {
        var layer = new Layer.Text("t", LayerRole.TEXT, LayerPosition.ABOVE, new Rect(100, 400, 880, 200), template,
                new TextStyle("Inter", 700, size, new Fill.Solid(BLACK), align, false, spacing));
        var frame = TestFrames.profile(layer);
        Document doc = Document.of(TestFrames.pack(frame), frame).withText("nama", "Budi Santoso");
        Rect ink = new TextMeasure(RuleChecks.FONTS).measure(layer, doc).orElseThrow().ink();
        BufferedImage img = new Renderer(RuleChecks.FONTS).render(doc, 1080, new SamplePhotos());
        Rect drawn = darkBounds(img);
        assertThat(ink.x()).isCloseTo(drawn.x(), within(1.5));
        assertThat(ink.y()).isCloseTo(drawn.y(), within(1.5));
        assertThat(ink.maxX()).isCloseTo(drawn.maxX(), within(1.5));
        assertThat(ink.maxY()).isCloseTo(drawn.maxY(), within(1.5));
        assertThat(ink.width()).isLessThanOrEqualTo(880 + 1);
    }

    private static Rect darkBounds(BufferedImage img) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFF) < 128) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x + 1);
                    y1 = Math.max(y1, y + 1);
                }
            }
        }
        return new Rect(x0, y0, x1 - x0, y1 - y0);
    }
}
