// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import id.bingkai.kiosk.fault.KioskFault;
import id.bingkai.kiosk.session.KioskCounters;
import java.time.InstantSource;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the admin screen reports: the engine's counters (no personal data) and the last faults with the reason
 * for the admin (the visitor only sees a plain message). FX thread only.
 */
public final class KioskStatus {
    static final int KEPT_FAULTS = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final InstantSource clock;
    private final KioskCounters counters;
    private final ReadOnlyObjectWrapper<KioskCounters.Snapshot> counts = new ReadOnlyObjectWrapper<>(this, "counts");
    private final ObservableList<Report> faults = FXCollections.observableArrayList();

    /** One fault and when it happened. */
    public record Report(String time, KioskFault fault) {
    }

    public KioskStatus(InstantSource clock, KioskCounters counters) {
        this.clock = Objects.requireNonNull(clock);
        this.counters = Objects.requireNonNull(counters);
        refresh();
    }

    /** Visitors, prints, downloads, USB saves, as of the last {@link #refresh()}. */
    public ReadOnlyObjectProperty<KioskCounters.Snapshot> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The newest first, at most {@value #KEPT_FAULTS}. */
    public ObservableList<Report> faults() {
        return FXCollections.unmodifiableObservableList(faults);
    }

    KioskCounters counters() {
        return counters;
    }

    /** Reads the engine's counters again (the server counts downloads on its own threads). */
    void refresh() {
        KioskCounters.Snapshot now = counters.snapshot();
        if (!now.equals(counts.get())) {
            counts.set(now);
        }
    }

    /** Adds a fault for the admin screen (the screens' own, and the LAN server's at start). */
    public void report(KioskFault fault) {
        String time = LocalTime.ofInstant(clock.instant(), ZoneId.systemDefault()).format(TIME);
        faults.addFirst(new Report(time, fault));
        if (faults.size() > KEPT_FAULTS) {
            faults.removeLast();
        }
    }
}
