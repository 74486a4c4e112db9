// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;

/**
 * How long the current screen has been left alone. The clock is passed in, so tests move time by hand instead of
 * waiting real minutes. Not thread-safe: used on the FX thread only.
 */
final class IdleTimer {
    private final InstantSource clock;
    private Instant lastTouch;
    private Duration limit;

    IdleTimer(InstantSource clock, Duration limit) {
        this.clock = Objects.requireNonNull(clock);
        restart(limit);
    }

    /** Starts counting again from now, with a new limit (each screen has its own). */
    void restart(Duration newLimit) {
        if (newLimit.isNegative() || newLimit.isZero()) {
            throw new IllegalArgumentException("idle limit must be positive: " + newLimit);
        }
        this.limit = newLimit;
        this.lastTouch = clock.instant();
    }

    /** The visitor did something: count from now. */
    void touch() {
        lastTouch = clock.instant();
    }

    /** Whole seconds left before the screen gives up, rounded up; 0 once it has expired. */
    int secondsLeft() {
        Duration left = limit.minus(Duration.between(lastTouch, clock.instant()));
        if (left.isNegative() || left.isZero()) {
            return 0;
        }
        return (int) Math.min(Integer.MAX_VALUE, (left.toMillis() + 999) / 1000);
    }

    boolean expired() {
        return secondsLeft() == 0;
    }
}
