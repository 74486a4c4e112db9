// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.session;

import java.util.concurrent.atomic.AtomicInteger;

/** What the admin screen counts: numbers only, no personal data. Thread-safe. */
public final class KioskCounters {
    private final AtomicInteger visitors = new AtomicInteger();
    private final AtomicInteger prints = new AtomicInteger();
    private final AtomicInteger downloads = new AtomicInteger();
    private final AtomicInteger usbSaves = new AtomicInteger();

    public void visitor() {
        visitors.incrementAndGet();
    }

    public void printed(int copies) {
        prints.addAndGet(copies);
    }

    public void downloaded() {
        downloads.incrementAndGet();
    }

    public void savedToUsb() {
        usbSaves.incrementAndGet();
    }

    public Snapshot snapshot() {
        return new Snapshot(visitors.get(), prints.get(), downloads.get(), usbSaves.get());
    }

    /** The counts at one moment. */
    public record Snapshot(int visitors, int prints, int downloads, int usbSaves) {
    }
}
