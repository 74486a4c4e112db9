// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.bingkai.core.i18n.Msg;
import id.bingkai.core.model.Fill;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fills to Java2D paints, the render's hints and device boxes, and the output size limit, as exact values. */
class PaintsAndHintsTest {
    private static final Rectangle2D BOX = new Rectangle2D.Double(10, 20, 100, 50);

    @Test
    void aSolidFillIsItsColourWithItsAlpha() {
        Paint paint = Paints.of(new Fill.Solid(0x80FF2040), BOX);
        assertThat(paint).isInstanceOf(Color.class);
        assertThat(((Color) paint).getRGB()).isEqualTo(0x80FF2040);
        assertThat(((Color) paint).getAlpha()).isEqualTo(0x80);
    }

    /** The line runs through the box centre (60, 45) and is as long as the box measured along it (CSS). */
    @ParameterizedTest(name = "{0} degrees")
    @CsvSource({
        "0, 10, 45, 110, 45",
        "90, 60, 20, 60, 70",
        "180, 110, 45, 10, 45",
        "270, 60, 70, 60, 20",
        "45, 22.5, 7.5, 97.5, 82.5",
        "-45, 22.5, 82.5, 97.5, 7.5"})
    void aGradientLineReachesTheFarCornersAtItsAngle(double angle, double x0, double y0, double x1, double y1) {
        LinearGradientPaint paint = (LinearGradientPaint) Paints.of(
                new Fill.Linear(angle, List.of(new Fill.Stop(0, 0xFF000000), new Fill.Stop(1, 0xFFFFFFFF))), BOX);
        Point2D start = paint.getStartPoint();
        Point2D end = paint.getEndPoint();
        assertThat(start.getX()).isCloseTo(x0, within(1e-9));
        assertThat(start.getY()).isCloseTo(y0, within(1e-9));
        assertThat(end.getX()).isCloseTo(x1, within(1e-9));
        assertThat(end.getY()).isCloseTo(y1, within(1e-9));
        assertThat(paint.getFractions()).containsExactly(0f, 1f);
        assertThat(paint.getColors()).containsExactly(new Color(0xFF000000, true), new Color(0xFFFFFFFF, true));
    }

    @Test
    void stopsCloserThanFloatPrecisionAreNudgedApartAndKeepTheirColours() {
        LinearGradientPaint paint = (LinearGradientPaint) Paints.of(new Fill.Linear(0, List.of(
                new Fill.Stop(0, 0xFF000000), new Fill.Stop(0.5, 0x80FF0000), new Fill.Stop(0.5 + 1e-12, 0xFF00FF00),
                new Fill.Stop(1, 0xFF0000FF))), BOX);
        assertThat(paint.getFractions()).containsExactly(0f, 0.5f, Math.nextUp(0.5f), 1f);
        assertThat(paint.getColors()).extracting(Color::getRGB)
                .containsExactly(0xFF000000, 0x80FF0000, 0xFF00FF00, 0xFF0000FF);
    }

    @Test
    void stopsCrowdedAtTheEndGiveTheLastColourAlone() {
        Paint paint = Paints.of(new Fill.Linear(0, List.of(new Fill.Stop(0, 0xFF000000),
                new Fill.Stop(1 - 1e-12, 0xFFFF0000), new Fill.Stop(1, 0xFF00FF00))), BOX);
        assertThat(paint).isEqualTo(new Color(0xFF00FF00, true));
    }

    @Test
    void everySurfaceGetsTheQualityHints() {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            RenderHints.apply(g);
            assertThat(g.getRenderingHint(RenderingHints.KEY_ANTIALIASING))
                    .isEqualTo(RenderingHints.VALUE_ANTIALIAS_ON);
            assertThat(g.getRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING))
                    .isEqualTo(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            assertThat(g.getRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS))
                    .isEqualTo(RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            assertThat(g.getRenderingHint(RenderingHints.KEY_RENDERING))
                    .isEqualTo(RenderingHints.VALUE_RENDER_QUALITY);
            assertThat(g.getRenderingHint(RenderingHints.KEY_COLOR_RENDERING))
                    .isEqualTo(RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            assertThat(g.getRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION))
                    .isEqualTo(RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
            assertThat(g.getRenderingHint(RenderingHints.KEY_INTERPOLATION))
                    .isEqualTo(RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            assertThat(g.getRenderingHint(RenderingHints.KEY_STROKE_CONTROL))
                    .isEqualTo(RenderingHints.VALUE_STROKE_PURE);
        } finally {
            g.dispose();
        }
    }

    @Test
    void aDeviceBoxIsEveryPixelTheGrownRectangleTouchesClipped() {
        Rectangle2D canvas = new Rectangle2D.Double(10.2, 20.7, 30, 40);
        // (10.2 - 1) * 2 = 18.4 -> 18; (20.7 - 1) * 2 = 39.4 -> 39; (40.2 + 1) * 2 = 82.4 -> 83; 61.7 * 2 -> 124
        assertThat(RenderHints.deviceBox(canvas, 2, 1, new Rectangle(0, 0, 1000, 1000)))
                .isEqualTo(new Rectangle(18, 39, 65, 85));
        assertThat(RenderHints.deviceBox(canvas, 2, 1, new Rectangle(0, 0, 70, 100)))
                .isEqualTo(new Rectangle(18, 39, 52, 61));
        assertThat(RenderHints.deviceBox(canvas, 0.5, 0, new Rectangle(0, 0, 1000, 1000)))
                .isEqualTo(new Rectangle(5, 10, 16, 21)); // 5.1 -> 5, 10.35 -> 10, 20.1 -> 21, 30.35 -> 31
    }

    @ParameterizedTest(name = "{0} x {1}: refused {2}")
    @CsvSource({"1, 1, false", "0, 1, true", "1, 0, true", "-5, 10, true", "40000, 1, false", "40001, 1, true",
        "1, 40000, false", "1, 40001, true", "40000, 5000, false", "40000, 5001, true", "14142, 14142, false",
        "14142, 14143, true"})
    void outputSizesBeyondTheLimitsAreRefused(int width, int height, boolean refused) {
        Optional<Msg> reason = Renderer.sizeRefusal(width, height);
        assertThat(reason.isPresent()).isEqualTo(refused);
        reason.ifPresent(msg -> {
            assertThat(msg.key()).isEqualTo("render.error.size");
            assertThat(msg.args()).containsExactly(String.valueOf(width), String.valueOf(height), "200", "40000");
        });
    }
}
