// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.guideline;

import id.bingkai.core.model.Severity;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;

/**
 * A small sign per severity that differs in shape as well as colour (for colour-blind users): a red octagon
 * for "blocks export", an amber triangle for a warning, a blue circle for a note. Colours are in app.css.
 */
public final class SeverityIcon {
    private static final double R = 9;

    private SeverityIcon() {
    }

    public static Node of(Severity severity) {
        Shape sign = switch (severity) {
            case BLOCKING -> octagon();
            case WARNING -> new Polygon(R, 0.5, 2 * R - 0.5, 2 * R - 1.5, 0.5, 2 * R - 1.5);
            case INFO -> new Circle(R, R, R);
        };
        Text glyph = new Text(switch (severity) {
            case BLOCKING -> "✕";
            case WARNING -> "!";
            case INFO -> "i";
        });
        StackPane icon = new StackPane(sign, glyph);
        icon.getStyleClass().addAll("severity-icon", "severity-" + severity.id());
        glyph.getStyleClass().add("severity-glyph");
        sign.getStyleClass().add("severity-sign");
        icon.setMinSize(2 * R, 2 * R);
        icon.setMaxSize(2 * R, 2 * R);
        return icon;
    }

    private static Polygon octagon() {
        Polygon p = new Polygon();
        for (int i = 0; i < 8; i++) {
            double a = Math.PI / 8 + i * Math.PI / 4;
            p.getPoints().addAll(R + R * Math.cos(a), R + R * Math.sin(a));
        }
        return p;
    }
}
