// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.fault;

import java.util.Objects;

/** What a kiosk action gives back: its value, or the fault to show instead. Never an exception for the screen. */
public sealed interface Outcome<T> {

    static <T> Outcome<T> ok(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> failed(KioskFault fault) {
        return new Failed<>(fault);
    }

    default boolean isOk() {
        return this instanceof Done<T>;
    }

    /** The action succeeded. */
    record Done<T>(T value) implements Outcome<T> {
        public Done {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The action did not happen; the fault says why. */
    record Failed<T>(KioskFault fault) implements Outcome<T> {
        public Failed {
            Objects.requireNonNull(fault, "fault");
        }
    }
}
