// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Start-up time stamps for bench/startup.sh: milliseconds since the process started, printed as
 * {@code startup: <ms> ms <what>} when the editor runs with {@code BINGKAI_STARTUP_TRACE} set; silent otherwise.
 * {@code BINGKAI_STARTUP_TRACE=<epoch ms>} counts from that moment instead (the bench passes the time it started the
 * program, so the stamps and its "window exists" share one zero).
 */
final class StartupTrace {
    private final PrintWriter out;
    private final long zero;

    /** @param out where to print, or null for no trace */
    StartupTrace(PrintWriter out) {
        this(out, System.getenv("BINGKAI_STARTUP_TRACE"));
    }

    /** @param setting the variable's value: epoch milliseconds are the zero, anything else means the process start */
    StartupTrace(PrintWriter out, String setting) {
        this.out = out;
        this.zero = out == null ? 0 : zero(setting);
    }

    void mark(String what) {
        if (out != null) {
            out.println("startup: " + (System.currentTimeMillis() - zero) + " ms " + what);
            out.flush();
        }
    }

    private static long zero(String setting) {
        if (setting != null && setting.matches("\\d{13}")) {
            return Long.parseLong(setting);
        }
        return processStart();
    }

    /**
     * When this process started, to a few hundredths of a second. {@code ProcessHandle.info().startInstant()} adds the boot time, which
     * Linux gives in whole seconds only, so its stamps were off by up to a second (the same for every run until the
     * next boot); on Linux the process's start is taken from the system's uptime instead: both are in 1/100 s.
     */
    static long processStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]); // field 22, starttime, in clock ticks (1/100 s) since boot
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            long now = System.currentTimeMillis();
            return now - Math.round(uptime * 1000) + startTicks * 10;
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli())
                    .orElse(System.currentTimeMillis());
        }
    }
}
