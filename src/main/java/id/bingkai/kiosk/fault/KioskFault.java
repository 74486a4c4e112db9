// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.fault;

import id.bingkai.core.i18n.Msg;
import java.util.Objects;

/**
 * Something went wrong that the kiosk must survive: a value to show, never an exception that ends the program.
 * The visitor sees {@code visitor} (short, what to do next, no technical detail); the admin screen shows {@code
 * admin} (the reason, with the device or file).
 */
public record KioskFault(Kind kind, Msg visitor, Msg admin) {
    public KioskFault {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(admin, "admin");
    }

    /** A fault with the kind's standard visitor text. */
    public static KioskFault of(Kind kind, Msg admin) {
        return new KioskFault(kind, Msg.of(kind.visitorKey()), admin);
    }

    /** What failed; each kind has one visitor message ({@code kiosk.fault.<kind>.visitor}). */
    public enum Kind {
        CAMERA_MISSING("kiosk.fault.camera.visitor"),
        CAMERA_UNPLUGGED("kiosk.fault.camera.visitor"),
        FOLDER_MISSING("kiosk.fault.folder.visitor"),
        PHOTO_UNUSABLE("kiosk.fault.photo.visitor"),
        PRINTER_NOT_READY("kiosk.fault.printer.visitor"),
        PRINT_LIMIT("kiosk.fault.printLimit.visitor"),
        DISK_FULL("kiosk.fault.disk.visitor"),
        SERVER_DOWN("kiosk.fault.server.visitor"),
        SERVER_BUSY("kiosk.fault.busy.visitor"),
        USB_MISSING("kiosk.fault.usb.visitor");

        private final String visitorKey;

        Kind(String visitorKey) {
            this.visitorKey = visitorKey;
        }

        public String visitorKey() {
            return visitorKey;
        }
    }
}
