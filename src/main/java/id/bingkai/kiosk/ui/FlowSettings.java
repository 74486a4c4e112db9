// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import java.time.Duration;
import java.util.Objects;

/**
 * The configuration as the screens use it.
 *
 * @param screenIdle   a screen left alone this long returns to the attract loop (and wipes the visit)
 * @param handoffIdle  the same for the hand-off screen, where a visitor may be busy with their phone
 * @param countdown    how long before the end the countdown is shown
 * @param shutter      the webcam's 3-2-1 before it takes the photo
 * @param thanks       how long "Terima kasih" stays
 * @param auto         photographer mode: each new photo goes straight to the hand-off in the first frame
 */
public record FlowSettings(Duration screenIdle, Duration handoffIdle, Duration countdown, Duration shutter,
        Duration thanks, boolean auto) {
    public static final FlowSettings DEFAULT = new FlowSettings(Duration.ofSeconds(60), Duration.ofSeconds(120),
            Duration.ofSeconds(10), Duration.ofSeconds(3), Duration.ofSeconds(8), false);

    public FlowSettings {
        for (Duration d : new Duration[] {screenIdle, handoffIdle, countdown, thanks}) {
            if (Objects.requireNonNull(d).isNegative() || d.isZero()) {
                throw new IllegalArgumentException("durations must be positive: " + d);
            }
        }
        if (Objects.requireNonNull(shutter).isNegative()) {
            throw new IllegalArgumentException("the shutter countdown cannot be negative");
        }
    }

    public FlowSettings withAuto(boolean on) {
        return new FlowSettings(screenIdle, handoffIdle, countdown, shutter, thanks, on);
    }

    Duration idleOf(Screen screen) {
        return switch (screen) {
            case HANDOFF -> handoffIdle;
            case THANKS -> thanks;
            default -> screenIdle;
        };
    }
}
