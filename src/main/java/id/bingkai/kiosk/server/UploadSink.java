// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.server;

import id.bingkai.kiosk.fault.KioskFault;
import java.nio.file.Path;

/** Where a phone's upload goes: the file to write (in the visitor's session folder) and who gets the photo. */
public interface UploadSink {
    /** A new, not yet existing file for the next upload. */
    Path target();

    /** A complete upload that passed every check (size, type from content, pixel budget, decodes). */
    void received(Path photo);

    /** An upload failed on the kiosk's side (disk full); refused uploads are the phone's business, not a fault. */
    default void failed(KioskFault fault) {
    }
}
