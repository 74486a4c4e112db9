// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import org.junit.jupiter.api.Test;

class FxShapesTest {
    @Test
    void aCircleBecomesFourCubicCurvesInTheSameCanvasUnits() {
        Path p = FxShapes.toPath(new Ellipse2D.Double(100, 50, 800, 800));
        assertThat(p.getElements()).hasSize(6);
        assertThat(p.getElements().getFirst()).isInstanceOfSatisfying(MoveTo.class, m -> {
            assertThat(m.getX()).isEqualTo(900.0);
            assertThat(m.getY()).isEqualTo(450.0);
        });
        assertThat(p.getElements().subList(1, 5)).allMatch(e -> e instanceof CubicCurveTo);
        assertThat(p.getElements().getLast()).isInstanceOf(ClosePath.class);
        CubicCurveTo quarter = (CubicCurveTo) p.getElements().get(1);
        assertThat(quarter.getX()).isEqualTo(500.0);
        assertThat(quarter.getY()).isEqualTo(850.0);
    }

    @Test
    void aRectangleWithAHoleKeepsBothOutlinesAndItsWindingRule() {
        Area outside = new Area(new Rectangle2D.Double(0, 0, 1000, 1000));
        outside.subtract(new Area(new Ellipse2D.Double(0, 0, 1000, 1000)));
        Path p = FxShapes.toPath(outside);
        assertThat(p.getElements().stream().filter(e -> e instanceof MoveTo).count()).isEqualTo(4);

        GeneralPath evenOdd = new GeneralPath(GeneralPath.WIND_EVEN_ODD);
        evenOdd.moveTo(0, 0);
        evenOdd.lineTo(10, 0);
        evenOdd.lineTo(10, 10);
        evenOdd.closePath();
        Path triangle = FxShapes.toPath(evenOdd);
        assertThat(triangle.getFillRule()).isEqualTo(FillRule.EVEN_ODD);
        assertThat(triangle.getElements()).extracting(PathElement::getClass)
                .containsExactly(MoveTo.class, LineTo.class, LineTo.class, ClosePath.class);
        assertThat(FxShapes.toPath(new Rectangle2D.Double(0, 0, 1, 1)).getFillRule()).isEqualTo(FillRule.NON_ZERO);
    }
}
