// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.print;

import java.io.IOException;
import java.util.List;

/** Runs a CUPS command-line tool; tests put canned answers behind it. */
@FunctionalInterface
public interface CommandRunner {

    /** Runs the command and returns its exit code and output (standard output then standard error). */
    Result run(List<String> command) throws IOException;

    /** What a command answered. */
    record Result(int exitCode, String output) {
    }
}
