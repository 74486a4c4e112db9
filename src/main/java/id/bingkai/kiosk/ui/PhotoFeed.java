// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the visitor's photo comes from, as the screens see it. The launcher adapts the engine's photo source (webcam,
 * hot folder, phone upload, replay) to this; listeners are called on any thread.
 */
public interface PhotoFeed {
    /** What the photo screen shows while it waits. */
    enum Kind {
        /** Live preview and a 3-2-1 countdown. */
        WEBCAM,
        /** "Waiting for the photographer's photo". */
        FOLDER,
        /** The upload page's QR code. */
        PHONE,
        /** A fixed list of photos (tests and demos), taken like a webcam's. */
        REPLAY
    }

    /** Receives photos and faults; any thread. */
    interface Listener {
        /** A complete photo, copied into the visit's folder: the flow may read and later delete it. */
        void photo(Path file);

        void fault(KioskFault fault, String detail);
    }

    Kind kind();

    /** Starts watching for photos; a second start replaces the listener. */
    void start(Listener listener);

    /** Stops watching (the attract loop, a wipe). */
    void stop();

    /** Takes the photo now (webcam, replay); the listener receives it. Folder and phone feeds ignore it. */
    default void capture() {
    }

    /** The newest preview frame of a webcam, or empty. */
    default Optional<BufferedImage> previewFrame() {
        return Optional.empty();
    }

    /** The page a phone opens to upload its photo (phone feeds). */
    default Optional<String> uploadLink() {
        return Optional.empty();
    }
}
