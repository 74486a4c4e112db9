// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.server;

import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/** One visitor's result as served: the encoded image, its type, the caption, and when the link ends. */
record Published(byte[] image, String contentType, String extension, String caption, Instant expires,
        AtomicBoolean downloaded) {
    Published {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(downloaded, "downloaded");
    }
}
