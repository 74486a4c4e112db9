// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Two parts of a screen (a picture and its controls): side by side on a landscape screen, the picture above on a
 * portrait one. The picture gets what the controls leave.
 */
final class Sides extends Region {
    private final Node picture;
    private final Region controls;
    private final double gap;

    Sides(Node picture, Region controls, double gap) {
        this.picture = picture;
        this.controls = controls;
        this.gap = gap;
        getChildren().addAll(picture, controls);
        setPadding(new Insets(gap));
    }

    boolean landscape() {
        return getWidth() >= getHeight();
    }

    /** The room the picture gets, for views that size an image to it. */
    double pictureWidth() {
        Insets in = getPadding();
        double w = getWidth() - in.getLeft() - in.getRight();
        return landscape() ? w - controlsWidth(w) - gap : w;
    }

    double pictureHeight() {
        Insets in = getPadding();
        double w = getWidth() - in.getLeft() - in.getRight();
        double h = getHeight() - in.getTop() - in.getBottom();
        return landscape() ? h : h - controls.prefHeight(w) - gap;
    }

    private double controlsWidth(double w) {
        return Math.clamp(controls.prefWidth(-1), w * 0.3, w * 0.45);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getPadding();
        double x = in.getLeft();
        double y = in.getTop();
        double w = getWidth() - in.getLeft() - in.getRight();
        double h = getHeight() - in.getTop() - in.getBottom();
        if (landscape()) {
            double cw = controlsWidth(w);
            layoutInArea(picture, x, y, w - cw - gap, h, 0, javafx.geometry.HPos.CENTER, javafx.geometry.VPos.CENTER);
            controls.resizeRelocate(x + w - cw, y, cw, h);
        } else {
            double ch = Math.min(controls.prefHeight(w), h * 0.5);
            layoutInArea(picture, x, y, w, h - ch - gap, 0, javafx.geometry.HPos.CENTER, javafx.geometry.VPos.CENTER);
            controls.resizeRelocate(x, y + h - ch, w, ch);
        }
    }
}
