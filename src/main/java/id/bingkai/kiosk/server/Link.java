// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.server;

import java.time.Instant;
import java.util.Objects;

/** A published address: its token (for revoking), the full URL for the QR code, and when it ends. */
public record Link(String token, String url, Instant expires) {
    public Link {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(expires, "expires");
    }
}
