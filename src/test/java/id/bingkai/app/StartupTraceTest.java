// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
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
    void theProcessStartIsWhenTheProcessWasStarted() throws Exception {
        // The old zero, ProcessHandle's start instant, adds the boot time of /proc/stat, which is in whole seconds
        // and drifts from the clock: on this machine it put a child's start ~0.8 s before the child was started.
        // This one is exact to the 1/100 s of /proc, plus the moments between its readings on a loaded machine.
        String java = ProcessHandle.current().info().command().orElseThrow();
        long before = System.currentTimeMillis();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StartupTraceTest.class.getName()).redirectErrorStream(true).start();
        String printed = new String(child.getInputStream().readAllBytes()).trim();
        assertThat(child.waitFor()).isZero();
        long after = System.currentTimeMillis();
        assertThat(Long.parseLong(printed)).as(printed).isBetween(before - 100, after);
    }

    /** The child process of the test above: prints its own start as {@link StartupTrace} reckons it. */
    public static void main(String[] args) {
        System.out.println(StartupTrace.processStart());
    }
}
