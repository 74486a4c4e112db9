// SPDX-License-Identifier: Apache-2.0
package id.bingkai.testing;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * Wall-clock limits for tests that time a process or a reader: a limit catches a hang or a runaway input, and
 * must not fail because the machine is shared and busy. A base limit (what an idle machine needs, with a margin)
 * is stretched by how loaded the machine is when the test starts.
 */
public final class TimeLimits {
    /** {@code -Dbingkai.time.factor=N} fixes the stretch (at least 1), e.g. to replay a run. */
    public static final String FACTOR = "bingkai.time.factor";
    private static final double MAX_FACTOR = 6;

    private TimeLimits() {
    }

    /**
     * The stretch: the property if given, else the one-minute load average per core, between 1 and 6 (2 where
     * the system does not say).
     */
    public static double factor() {
        String given = System.getProperty(FACTOR);
        if (given != null && !given.isBlank()) {
            return Math.max(1, Double.parseDouble(given));
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        return load < 0 ? 2 : Math.clamp(load / cores, 1, MAX_FACTOR);
    }

    /** {@code base} stretched by {@link #factor()}. */
    public static Duration scaled(Duration base) {
        return Duration.ofMillis(Math.round(base.toMillis() * factor()));
    }
}
