// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.config;

/**
 * Idle timeouts in seconds: a screen without a touch for {@code screen} seconds (the hand-off screen: {@code
 * handoff}) shows a countdown of {@code countdown} seconds and then returns to the attract loop, wiping the visit.
 */
public record IdleConfig(int screen, int handoff, int countdown) {
    public static final IdleConfig DEFAULT = new IdleConfig(60, 120, 10);

    public IdleConfig {
        if (screen < 10 || screen > 3600 || handoff < 10 || handoff > 3600) {
            throw new IllegalArgumentException("idle timeouts must be 10..3600 seconds");
        }
        if (countdown < 1 || countdown >= Math.min(screen, handoff)) {
            throw new IllegalArgumentException("the countdown must be at least 1 s and shorter than the timeouts");
        }
    }
}
