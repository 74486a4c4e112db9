// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import id.bingkai.kiosk.source.PhotoSource;
import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The engine's photo source with what the photo screen shows while it waits.
 *
 * @param preview    a webcam's newest frame (empty for the other kinds)
 * @param uploadLink the page a phone opens to upload (phone sources)
 */
public record PhotoInput(Kind kind, PhotoSource source, Supplier<Optional<BufferedImage>> preview,
        Supplier<Optional<String>> uploadLink) {

    /** What the photo screen shows. */
    public enum Kind {
        /** Live preview, the shutter button and its 3-2-1. */
        WEBCAM,
        /** "Waiting for the photographer's photo". */
        FOLDER,
        /** The upload page's QR code. */
        PHONE,
        /** A fixed list of photos (tests and demos), taken with the shutter button like a webcam's. */
        REPLAY
    }

    public PhotoInput {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(source);
        Objects.requireNonNull(preview);
        Objects.requireNonNull(uploadLink);
    }

    /** A source with nothing to show while it waits. */
    public static PhotoInput of(Kind kind, PhotoSource source) {
        return new PhotoInput(kind, source, Optional::empty, Optional::empty);
    }
}
