// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The counts of a finished batch; {@link #report()} lists every row. {@code noted} counts rows with a note (a NIP of
 * the wrong shape), whatever their status: a note never fails a row.
 */
public record BatchSummary(int rows, int done, int skipped, int failed, int errors, int notRun, int noted,
        Path report, Duration elapsed) {
    public boolean allGood() {
        return failed == 0 && errors == 0 && notRun == 0;
    }
}
