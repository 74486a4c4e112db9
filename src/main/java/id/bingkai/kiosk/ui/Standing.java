// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import id.bingkai.kiosk.config.KioskConfig;
import java.util.Objects;

/**
 * How the kiosk stands ({@code "orientation"} and {@code "rotation"} of kiosk.json): following the screen's shape,
 * or always portrait or landscape. When the wanted orientation is not the screen's shape (a monitor on a portrait
 * stand that the operating system still reports as 1920×1080) the kiosk lays itself out for the wanted shape and
 * turns the picture a quarter turn, {@code rotation} degrees clockwise, so that it stands upright.
 */
public record Standing(KioskConfig.Orientation orientation, int rotation) {
    /** Follow the screen, never turn. */
    public static final Standing AUTO = new Standing(KioskConfig.Orientation.AUTO, 90);

    public Standing {
        Objects.requireNonNull(orientation, "orientation");
        if (rotation != 90 && rotation != 270) {
            throw new IllegalArgumentException("rotation must be 90 or 270, not " + rotation);
        }
    }

    public static Standing of(KioskConfig config) {
        return new Standing(config.orientation(), config.rotation());
    }

    /** The clockwise turn in degrees (0, 90 or 270) for a screen of this size. */
    int turn(double width, double height) {
        boolean screenLandscape = width >= height;
        return switch (orientation) {
            case AUTO -> 0;
            case LANDSCAPE -> screenLandscape ? 0 : rotation;
            case PORTRAIT -> screenLandscape ? rotation : 0;
        };
    }
}
