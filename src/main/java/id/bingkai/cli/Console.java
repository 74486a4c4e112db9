// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import java.io.PrintWriter;
import java.util.Objects;

/** Where a command-line run prints: results on {@code out}, problems and progress on {@code err}. */
public record Console(PrintWriter out, PrintWriter err) {
    public Console {
        Objects.requireNonNull(out);
        Objects.requireNonNull(err);
    }
}
