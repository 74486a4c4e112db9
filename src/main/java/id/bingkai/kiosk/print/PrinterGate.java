// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.print;

import id.bingkai.core.i18n.Msg;
import id.bingkai.kiosk.config.HandoffConfig;
import id.bingkai.kiosk.fault.KioskFault;
import id.bingkai.kiosk.fault.Outcome;
import id.bingkai.kiosk.session.KioskCounters;
import id.bingkai.kiosk.session.VisitorSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * Print is offered only when the printer can print: the queue's state is read before print is offered and again
 * before each job (paused, not accepting, out of paper, offline, jobs stuck), and copies are capped per visitor
 * and per event. A refused job is a fault for the screen (visitor: take the QR code; admin: the reason), never a
 * job queued blindly behind a printer that cannot print. Thread-safe.
 */
public final class PrinterGate {
    private final PrintQueue queue;
    private final HandoffConfig.Print limits;
    private final KioskCounters counters;
    private final Map<VisitorSession, Integer> perVisitor = new WeakHashMap<>();
    private int printed;

    public PrinterGate(PrintQueue queue, HandoffConfig.Print limits, KioskCounters counters) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    /** Why print cannot be offered now; empty when it can. Reads the queue state. */
    public synchronized Optional<KioskFault> problem() {
        if (printed >= limits.copiesPerEvent()) {
            return Optional.of(limit(Msg.of("kiosk.print.admin.eventLimit", limits.copiesPerEvent())));
        }
        return stateProblem();
    }

    /** Copies this visitor may still print. */
    public synchronized int copiesLeft(VisitorSession visitor) {
        int visitorLeft = limits.copiesPerVisitor() - perVisitor.getOrDefault(visitor, 0);
        return Math.max(0, Math.min(visitorLeft, limits.copiesPerEvent() - printed));
    }

    /** Checks the caps and the printer again, then sends one job; the job id or the fault. */
    public synchronized Outcome<String> print(VisitorSession visitor, Path file, int copies) {
        if (copies < 1) {
            throw new IllegalArgumentException("copies >= 1");
        }
        if (copies > copiesLeft(visitor)) {
            return Outcome.failed(limit(printed + copies > limits.copiesPerEvent()
                    ? Msg.of("kiosk.print.admin.eventLimit", limits.copiesPerEvent())
                    : Msg.of("kiosk.print.admin.visitorLimit", limits.copiesPerVisitor())));
        }
        Optional<KioskFault> problem = stateProblem();
        if (problem.isPresent()) {
            return Outcome.failed(problem.get());
        }
        try {
            String job = queue.submit(file, copies);
            perVisitor.merge(visitor, copies, Integer::sum);
            printed += copies;
            counters.printed(copies);
            return Outcome.ok(job);
        } catch (IOException e) {
            return Outcome.failed(notReady(Msg.of("kiosk.print.admin.failed", queue.name(),
                    String.valueOf(e.getMessage()))));
        }
    }

    /** The admin's "resume": enables the queue and lets it accept jobs; the problem left, if any. */
    public synchronized Optional<KioskFault> resume() {
        try {
            queue.resume();
        } catch (IOException e) {
            return Optional.of(notReady(Msg.of("kiosk.print.admin.resumeFailed", queue.name(),
                    String.valueOf(e.getMessage()))));
        }
        return stateProblem();
    }

    /** Copies printed at this event. */
    public synchronized int printed() {
        return printed;
    }

    private Optional<KioskFault> stateProblem() {
        try {
            return queue.state().problem().map(PrinterGate::notReady);
        } catch (IOException e) {
            return Optional.of(notReady(Msg.of("kiosk.print.admin.noCups", String.valueOf(e.getMessage()))));
        }
    }

    private static KioskFault notReady(Msg admin) {
        return KioskFault.of(KioskFault.Kind.PRINTER_NOT_READY, admin);
    }

    private static KioskFault limit(Msg admin) {
        return KioskFault.of(KioskFault.Kind.PRINT_LIMIT, admin);
    }
}
