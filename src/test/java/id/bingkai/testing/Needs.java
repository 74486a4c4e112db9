// SPDX-License-Identifier: Apache-2.0
package id.bingkai.testing;

import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine (a system library, a tool, a privilege). On a developer's machine a missing
 * need skips the test with a message; in CI ({@code -Dbingkai.ci=true}, set by {@code .ci/run}) it fails the
 * test, so that nothing goes untested silently there.
 */
public final class Needs {
    /** The system property CI sets. */
    public static final String CI = "bingkai.ci";

    private Needs() {
    }

    public static boolean inCi() {
        return Boolean.getBoolean(CI);
    }

    /** Skips (or in CI fails) unless {@code available}; {@code what} names what is missing, for the message. */
    public static void that(boolean available, String what) {
        if (available) {
            return;
        }
        if (inCi()) {
            Assertions.fail(what + " is missing, and CI (-D" + CI + "=true) runs every test: make .ci/run set it up");
        }
        Assumptions.abort(what + " is missing here: skipped (CI fails instead)");
    }

    /** The value, or a skip (a failure in CI) naming {@code what} is missing. */
    public static <T> T present(Optional<T> value, String what) {
        that(value.isPresent(), what);
        return value.orElseThrow();
    }
}
