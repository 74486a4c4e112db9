// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

/** Documented process exit codes (README.md). */
public final class ExitCode {
    public static final int OK = 0;
    /** Something failed that is not the user's input (a bug, an I/O error of the system). */
    public static final int FAILURE = 1;
    /** The command line is wrong: unknown option, missing argument, value out of range. */
    public static final int USAGE = 2;
    /**
     * The input is refused: a bad file (the message names the file and the reason), or a document that cannot be
     * made as asked (a photo place left empty, an output larger than the limit).
     */
    public static final int BAD_INPUT = 3;

    private ExitCode() {
    }
}
