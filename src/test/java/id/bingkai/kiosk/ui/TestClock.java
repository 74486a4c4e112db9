// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A clock the test moves: idle timeouts and countdowns without waiting. */
final class TestClock implements InstantSource {
    private volatile Instant now = Instant.parse("2026-12-06T08:00:00Z");

    @Override
    public Instant instant() {
        return now;
    }

    void advance(Duration d) {
        now = now.plus(d);
    }
}
