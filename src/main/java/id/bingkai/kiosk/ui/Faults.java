// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import id.bingkai.core.error.BingkaiException;
import id.bingkai.core.i18n.Msg;
import id.bingkai.kiosk.fault.KioskFault;
import java.nio.file.Path;

/** The screens' own faults (a photo that does not decode, a result that cannot be written) as engine faults. */
final class Faults {
    private Faults() {
    }

    /** The visitor's photo cannot be used; the admin sees the loader's reason, which names the file. */
    static KioskFault badPhoto(Path file, RuntimeException e) {
        Msg reason = e instanceof BingkaiException be ? be.userMessage()
                : Msg.of("kiosk.fault.screen.admin", file.getFileName(), String.valueOf(e.getMessage()));
        return KioskFault.of(KioskFault.Kind.PHOTO_UNUSABLE, reason);
    }

    /** Writing the result failed: a full disk by its message, otherwise the reason as it came. */
    static KioskFault writing(Path where, Exception e) {
        if (diskFull(e)) {
            return KioskFault.of(KioskFault.Kind.DISK_FULL, Msg.of("kiosk.fault.disk.admin", where));
        }
        Msg reason = e instanceof BingkaiException be ? be.userMessage()
                : Msg.of("kiosk.fault.screen.admin", where, String.valueOf(e.getMessage()));
        return KioskFault.of(KioskFault.Kind.DISK_FULL, reason);
    }

    static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("No space left") || m.contains("not enough space")
                    || m.contains("Disk quota exceeded"))) {
                return true;
            }
        }
        return false;
    }
}
