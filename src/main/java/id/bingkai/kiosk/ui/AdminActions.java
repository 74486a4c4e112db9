// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import id.bingkai.kiosk.fault.KioskFault;
import java.util.List;
import java.util.Optional;

/**
 * What the admin screen can do with the engine; the launcher provides it. Every method may block (devices,
 * CUPS) and is called off the FX thread, except {@link #configuration()}.
 */
public interface AdminActions {
    /** One line of the configuration, as the read-only property sheet shows it. */
    record Setting(String category, String name, String value) {
    }

    /** The configuration in use, without the PIN hash. */
    List<Setting> configuration();

    /** Opens the configured camera and takes a frame; a line saying what happened. */
    String testCamera();

    /** Empty when the printer is ready, else why not; empty too without printing configured. */
    Optional<KioskFault> printerProblem();

    /** Resumes a paused print queue; a line saying what happened. */
    String resumeQueue();

    /** Ends the kiosk program. */
    void exit();
}
