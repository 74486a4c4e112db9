// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

/**
 * What can go wrong at an unattended kiosk. The visitor sees {@link #visitorKey()} (what happened and what to do);
 * the admin screen lists the technical reason beside {@link #adminKey()}.
 */
public enum KioskFault {
    CAMERA_GONE("camera"),
    PRINTER_NOT_READY("printer"),
    DISK_FULL("disk"),
    FOLDER_GONE("folder"),
    BAD_PHOTO("photo"),
    UNEXPECTED("unexpected");

    private final String key;

    KioskFault(String key) {
        this.key = key;
    }

    public String visitorKey() {
        return "kiosk.fault." + key;
    }

    public String adminKey() {
        return "kiosk.fault.admin." + key;
    }

    /** A visitor can go on without this (print is simply not offered): the flow does not stop for it. */
    public boolean minor() {
        return this == PRINTER_NOT_READY;
    }
}
