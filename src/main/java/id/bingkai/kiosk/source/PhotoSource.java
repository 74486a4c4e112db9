// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.source;

import id.bingkai.kiosk.fault.KioskFault;

/**
 * Where visitors' photos come from (webcam, hot folder, phone upload, replay): one interface so the kiosk flow
 * does not care which. The listener is called on the source's own thread; a JavaFX screen hops to its thread.
 * A source never throws at its listener's caller: what goes wrong arrives as a {@link KioskFault}.
 */
public interface PhotoSource extends AutoCloseable {

    /** Starts watching or capturing; photos and faults go to {@code listener} until {@link #stop()}. */
    void start(Listener listener);

    /** Stops; no listener call starts after this returns. Safe to call twice. */
    void stop();

    /**
     * Takes a photo now, for sources that take one on request (the webcam after its countdown); the others
     * deliver photos by themselves and ignore this.
     */
    default void capture() {
    }

    @Override
    default void close() {
        stop();
    }

    /** What a source tells the kiosk. */
    interface Listener {
        /** A complete photo that decodes. */
        void photo(Capture capture);

        /** The source cannot deliver (camera unplugged, folder removed); it keeps trying where it can. */
        void fault(KioskFault fault);

        /** The fault reported before is over (the folder or camera is back). */
        default void recovered() {
        }
    }
}
