// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

/** The kiosk's screens, in the order a visitor meets them, then the ones a visitor only sees when things go wrong. */
public enum Screen {
    /** The campaign, the neutrality rules, sample results, "Sentuh untuk mulai". */
    ATTRACT,
    /** Choose a frame. */
    FRAMES,
    /** Take a photo (webcam) or wait for one (folder, phone). */
    PHOTO,
    /** Move, pinch, zoom and turn the photo in the frame. */
    ADJUST,
    /** QR download, print, USB. */
    HANDOFF,
    /** "Terima kasih", then back to the attract loop. */
    THANKS,
    /** Something the visitor cannot fix (camera unplugged, disk full...): a clear message, then attract. */
    FAULT,
    /** The admin's PIN pad, reached by a hidden gesture. */
    PIN,
    /** Configuration, counters, camera and printer tests, exit. */
    ADMIN;

    /** Screens a visitor walking away leaves behind: they time out back to the attract loop. */
    public boolean timesOut() {
        return this != ATTRACT;
    }
}
