// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import id.bingkai.core.model.Fill;
import java.awt.Color;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.Paint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** Turns a {@link Fill} into a Java2D paint over a box in canvas units. */
final class Paints {
    private Paints() {
    }

    /**
     * A solid colour, or a linear gradient whose line runs through the box centre at the fill's angle
     * (0 = left to right, 90 = top to bottom) and is just long enough that the box's far corners get the first
     * and last colours (as in CSS {@code linear-gradient}).
     */
    static Paint of(Fill fill, Rectangle2D box) {
        return switch (fill) {
            case Fill.Solid solid -> new Color(solid.argb(), true);
            case Fill.Linear linear -> gradient(linear, box);
        };
    }

    private static Paint gradient(Fill.Linear linear, Rectangle2D box) {
        double radians = Math.toRadians(linear.angle());
        double dx = Math.cos(radians);
        double dy = Math.sin(radians);
        double half = (Math.abs(box.getWidth() * dx) + Math.abs(box.getHeight() * dy)) / 2;
        Point2D start = new Point2D.Double(box.getCenterX() - dx * half, box.getCenterY() - dy * half);
        Point2D end = new Point2D.Double(box.getCenterX() + dx * half, box.getCenterY() + dy * half);
        List<Fill.Stop> stops = linear.stops();
        float[] fractions = new float[stops.size()];
        Color[] colors = new Color[stops.size()];
        for (int i = 0; i < fractions.length; i++) {
            // Offsets closer than float precision would make LinearGradientPaint refuse them.
            float f = (float) stops.get(i).offset();
            fractions[i] = i > 0 && f <= fractions[i - 1] ? Math.nextUp(fractions[i - 1]) : f;
            colors[i] = new Color(stops.get(i).argb(), true);
        }
        if (fractions[fractions.length - 1] > 1f) {
            // Only reachable through the nudge above with stops crowded at 1; keep the paint valid.
            return colors[colors.length - 1];
        }
        return new LinearGradientPaint(start, end, fractions, colors, MultipleGradientPaint.CycleMethod.NO_CYCLE,
                MultipleGradientPaint.ColorSpaceType.SRGB, new AffineTransform());
    }
}
