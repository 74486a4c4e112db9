// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.print;

import id.bingkai.core.i18n.Msg;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A print queue as CUPS reports it.
 *
 * @param alerts  the printer-state-reasons ({@code media-empty-error}, {@code offline-report}, {@code paused}...)
 * @param message the queue's state message (the reason given when it was paused), possibly empty
 * @param waiting jobs not yet printed
 */
public record PrinterState(String queue, boolean exists, boolean enabled, boolean accepting, List<String> alerts,
        String message, int waiting) {
    /** Jobs waiting beyond which a new one would be queued blindly behind a stuck printer. */
    static final int MAX_WAITING = 1;
    private static final List<String> BLOCKING = List.of("media-empty", "media-needed", "media-jam", "offline",
            "paused", "door-open", "cover-open", "toner-empty", "marker-supply-empty", "stopped", "shutdown",
            "input-tray-missing", "output-area-full");

    public PrinterState {
        Objects.requireNonNull(queue, "queue");
        alerts = List.copyOf(alerts);
        Objects.requireNonNull(message, "message");
    }

    /** Why a job should not be sent now, for the admin; empty when the printer is ready. */
    public Optional<Msg> problem() {
        if (!exists) {
            return Optional.of(Msg.of("kiosk.print.admin.missing", queue));
        }
        if (!enabled) {
            return Optional.of(Msg.of("kiosk.print.admin.paused", queue, reason()));
        }
        if (!accepting) {
            return Optional.of(Msg.of("kiosk.print.admin.rejecting", queue, reason()));
        }
        for (String alert : alerts) {
            if (BLOCKING.stream().anyMatch(alert::startsWith) || alert.endsWith("-error")) {
                return Optional.of(Msg.of("kiosk.print.admin.alert", queue, alert, reason()));
            }
        }
        if (waiting > MAX_WAITING) {
            return Optional.of(Msg.of("kiosk.print.admin.waiting", queue, waiting));
        }
        return Optional.empty();
    }

    private String reason() {
        return message.isBlank() ? String.join(", ", alerts) : message;
    }
}
