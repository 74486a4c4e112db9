// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import java.io.PrintWriter;

/**
 * Start-up time stamps for bench/startup.sh: milliseconds since the process started, printed as
 * {@code startup: <ms> ms <what>} when the editor runs with {@code BINGKAI_STARTUP_TRACE=1}; silent otherwise.
 */
final class StartupTrace {
    private final PrintWriter out;
    private final long processStart;

    /** @param out where to print, or null for no trace */
    StartupTrace(PrintWriter out) {
        this.out = out;
        this.processStart = out == null ? 0
                : ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli())
                        .orElse(System.currentTimeMillis());
    }

    void mark(String what) {
        if (out != null) {
            out.println("startup: " + (System.currentTimeMillis() - processStart) + " ms " + what);
            out.flush();
        }
    }
}
