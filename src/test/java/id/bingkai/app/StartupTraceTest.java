// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The start-up stamps bench/startup.sh reads, and the zero they count from. */
class StartupTraceTest {
    private static final Pattern STAMP = Pattern.compile("startup: (\\d+) ms window shown\\R");

    @Test
    void aStartTimeGivenByTheBenchIsTheZero() {
        StringWriter text = new StringWriter();
        long fiveSecondsAgo = System.currentTimeMillis() - 5000;
        new StartupTrace(new PrintWriter(text), Long.toString(fiveSecondsAgo)).mark("window shown");
        Matcher m = STAMP.matcher(text.toString());
        assertThat(m.matches()).as(text.toString()).isTrue();
        assertThat(Long.parseLong(m.group(1))).isGreaterThanOrEqualTo(5000);
    }

    @Test
    void withoutATraceNothingIsPrinted() {
        new StartupTrace(null, "1").mark("window shown");
        StringWriter text = new StringWriter();
        new StartupTrace(new PrintWriter(text), "1").mark("window shown");
        assertThat(STAMP.matcher(text.toString()).matches()).isTrue();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void theProcessStartedBeforeItsJvmAndNotLongBefore() {
        // The old zero (ProcessHandle's start instant) used the boot time in whole seconds: up to 1 s late.
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long processStart = StartupTrace.processStart();
        assertThat(processStart).isBetween(jvmStart - 10_000, jvmStart + 25);
    }
}
