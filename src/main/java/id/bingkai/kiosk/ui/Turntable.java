// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import javafx.scene.layout.Region;

/**
 * The window's root: holds the kiosk's layout and, when the kiosk stands differently from the screen
 * ({@link Standing}), lays it out with width and height swapped and turns it a quarter turn about its centre so
 * it fills the screen upright. JavaFX picks through the transform, so a touch still lands on the button under
 * the finger.
 */
final class Turntable extends Region {
    private final Region content;
    private final Standing standing;

    Turntable(Region content, Standing standing) {
        this.content = content;
        this.standing = standing;
        getChildren().add(content);
    }

    /** The clockwise turn applied now (0, 90 or 270 degrees). */
    int turn() {
        return standing.turn(getWidth(), getHeight());
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        int turn = turn();
        if (turn == 0) {
            content.setRotate(0);
            content.resizeRelocate(0, 0, w, h);
        } else {
            // Laid out h wide and w high, centred on the screen's centre, then turned about that centre.
            content.resizeRelocate((w - h) / 2, (h - w) / 2, h, w);
            content.setRotate(turn);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(width);
    }
}
