// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import id.bingkai.core.i18n.Msg;
import id.bingkai.kiosk.fault.KioskFault;
import id.bingkai.kiosk.fault.Outcome;
import id.bingkai.kiosk.source.Capture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The engine's side of one visit as the screens use it: its session (files, originals, links), the hand-off ways
 * and the wipe. The launcher builds it on the engine's {@code Wipe}, LAN server, printer gate and USB hand-off.
 * Called off the FX thread, one call at a time.
 */
public interface Delivery {
    /** A fresh file in the current visit's folder (a session is begun if none is open). */
    Path newFile(String stem, String extension) throws IOException;

    /** The visitor's photo arrived: its originals (hot folder) now belong to the visit and go with the wipe. */
    void took(Capture capture) throws IOException;

    /** Publishes the result for download; the link for the QR code, or empty without QR hand-off. */
    Optional<String> publish(Path result);

    boolean printConfigured();

    /** Empty when the printer is ready for a job now, else why not. */
    Optional<KioskFault> printerProblem();

    /** Prints the visitor's copy after checking the printer again; empty when it went out, else why not. */
    Optional<KioskFault> print(Path result);

    boolean usbConfigured();

    Outcome<Path> saveToUsb(Path result);

    /** Ends the visit: files deleted, originals deleted or archived, links revoked. The problems, if any. */
    List<Msg> wipe();
}
