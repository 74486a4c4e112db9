// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk;

import id.bingkai.kiosk.fault.KioskFault;
import id.bingkai.kiosk.fault.Outcome;
import id.bingkai.kiosk.print.PrinterGate;
import id.bingkai.kiosk.session.VisitorSession;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The hand-off's printer on the engine's {@link PrinterGate}: the queue's state is read before print is offered and
 * again before each job, and one press prints one copy, within the per-visitor and per-event caps.
 */
final class GatePrinter implements EngineDelivery.Printer {
    private final PrinterGate gate;

    GatePrinter(PrinterGate gate) {
        this.gate = Objects.requireNonNull(gate, "gate");
    }

    @Override
    public Optional<KioskFault> problem() {
        return gate.problem();
    }

    @Override
    public Optional<KioskFault> print(VisitorSession session, Path file) {
        return gate.print(session, file, 1) instanceof Outcome.Failed<String> failed ? Optional.of(failed.fault())
                : Optional.empty();
    }

    @Override
    public Optional<KioskFault> resume() {
        return gate.resume();
    }
}
