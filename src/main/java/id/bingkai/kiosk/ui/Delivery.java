// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The hand-off ways and the clean-up of a visit, as the screens see them; the launcher adapts the engine's
 * session, LAN server, printer gate and USB hand-off to this. Called off the FX thread.
 */
public interface Delivery {
    /** The folder where this visit's files go; everything in it is deleted by {@link #wipe()}. */
    Path visitFolder() throws IOException;

    /** Publishes the result for download; the link for the QR code, or empty when QR is not configured. */
    Optional<String> publish(Path result) throws IOException;

    /** Whether printing is configured at all. */
    boolean printConfigured();

    /** Empty when the printer is ready for a job now, else the reason (for the admin screen). */
    Optional<String> printerProblem();

    /** Prints one copy after checking the printer again; empty when the job went out, else the reason. */
    Optional<String> print(Path result);

    /** Whether a USB folder is configured. */
    boolean usbConfigured();

    /** Saves the result into the USB folder; the saved file. */
    Path saveToUsb(Path result) throws IOException;

    /** Downloads through QR links since the kiosk started (a counter, no personal data). */
    int downloads();

    /** Deletes everything of the visit (photo, original, render, uploads) and revokes its links. */
    void wipe();
}
