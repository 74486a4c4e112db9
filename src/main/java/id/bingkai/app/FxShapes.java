// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.QuadCurveTo;

/**
 * The bridge from the core's Java2D shapes (guides in canvas units) to JavaFX paths, like {@link FxImages} is for
 * pixels. The core stays free of JavaFX; the path keeps the shape's coordinates and winding rule.
 */
public final class FxShapes {
    private FxShapes() {
    }

    public static Path toPath(Shape shape) {
        Path path = new Path();
        PathIterator it = shape.getPathIterator(null);
        path.setFillRule(it.getWindingRule() == PathIterator.WIND_EVEN_ODD ? FillRule.EVEN_ODD : FillRule.NON_ZERO);
        double[] c = new double[6];
        while (!it.isDone()) {
            path.getElements().add(element(it.currentSegment(c), c));
            it.next();
        }
        return path;
    }

    /** The shape as an unfilled line of the CSS class, {@code width} wide, dashed when dashes are given. */
    public static Path line(Shape shape, String styleClass, double width, double... dashes) {
        Path path = toPath(shape);
        path.getStyleClass().add(styleClass);
        path.setFill(null);
        path.setStrokeWidth(width);
        for (double d : dashes) {
            path.getStrokeDashArray().add(d);
        }
        return path;
    }

    private static PathElement element(int segment, double[] c) {
        return switch (segment) {
            case PathIterator.SEG_MOVETO -> new MoveTo(c[0], c[1]);
            case PathIterator.SEG_LINETO -> new LineTo(c[0], c[1]);
            case PathIterator.SEG_QUADTO -> new QuadCurveTo(c[0], c[1], c[2], c[3]);
            case PathIterator.SEG_CUBICTO -> new CubicCurveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
            case PathIterator.SEG_CLOSE -> new ClosePath();
            default -> throw new IllegalArgumentException("unknown path segment " + segment);
        };
    }
}
