// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import java.time.InstantSource;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the admin screen reports: counters with no personal data, and the last faults with their technical
 * reasons (the visitor only sees a plain message). FX thread only.
 */
public final class KioskStatus {
    static final int KEPT_FAULTS = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final InstantSource clock;
    private final ReadOnlyIntegerWrapper visitors = new ReadOnlyIntegerWrapper(this, "visitors");
    private final ReadOnlyIntegerWrapper prints = new ReadOnlyIntegerWrapper(this, "prints");
    private final ReadOnlyIntegerWrapper downloads = new ReadOnlyIntegerWrapper(this, "downloads");
    private final ReadOnlyIntegerWrapper usbSaves = new ReadOnlyIntegerWrapper(this, "usbSaves");
    private final ObservableList<Report> faults = FXCollections.observableArrayList();

    /** One fault: when, what, and the technical reason. */
    public record Report(String time, KioskFault fault, String detail) {
    }

    public KioskStatus(InstantSource clock) {
        this.clock = clock;
    }

    public ReadOnlyIntegerProperty visitorsProperty() {
        return visitors.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty printsProperty() {
        return prints.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty downloadsProperty() {
        return downloads.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty usbSavesProperty() {
        return usbSaves.getReadOnlyProperty();
    }

    /** The newest first, at most {@value #KEPT_FAULTS}. */
    public ObservableList<Report> faults() {
        return FXCollections.unmodifiableObservableList(faults);
    }

    void visitorStarted() {
        visitors.set(visitors.get() + 1);
    }

    void printed() {
        prints.set(prints.get() + 1);
    }

    void savedToUsb() {
        usbSaves.set(usbSaves.get() + 1);
    }

    /** The engine counts downloads from its server; the admin screen refreshes it. */
    void downloads(int total) {
        downloads.set(total);
    }

    void report(KioskFault fault, String detail) {
        String time = LocalTime.ofInstant(clock.instant(), ZoneId.systemDefault()).format(TIME);
        faults.addFirst(new Report(time, fault, detail == null ? "" : detail));
        if (faults.size() > KEPT_FAULTS) {
            faults.removeLast();
        }
    }
}
