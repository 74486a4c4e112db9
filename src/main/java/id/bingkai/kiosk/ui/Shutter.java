// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/** The webcam's 3-2-1: the number on screen, and the moment the photo is taken. FX thread only. */
public final class Shutter {
    private final InstantSource clock;
    private final Duration length;
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");
    private Instant end;

    Shutter(InstantSource clock, Duration length) {
        this.clock = clock;
        this.length = length;
    }

    /** The number shown (3, 2, 1); 0 when no countdown runs. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Starts the countdown; false when there is none to run (the photo is taken at once). */
    boolean start() {
        if (length.isZero()) {
            return false;
        }
        end = clock.instant().plus(length);
        update();
        return true;
    }

    boolean running() {
        return end != null;
    }

    /** Updates the number; true once, when the countdown reaches zero and the photo is to be taken. */
    boolean tick() {
        if (end == null) {
            return false;
        }
        update();
        if (count.get() == 0) {
            end = null;
            return true;
        }
        return false;
    }

    void cancel() {
        end = null;
        count.set(0);
    }

    private void update() {
        long ms = Duration.between(clock.instant(), end).toMillis();
        count.set(ms <= 0 ? 0 : (int) ((ms + 999) / 1000));
    }
}
