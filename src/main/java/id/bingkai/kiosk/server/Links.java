// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.server;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The published results by token, each with its end of life. An expired, revoked or unknown token finds nothing,
 * the same way (the server answers all three with one 404). Holds the bytes in memory only: nothing the server
 * serves is a path on disk. Thread-safe.
 */
final class Links {
    private final Map<String, Published> byToken = new HashMap<>();
    private final Supplier<Instant> clock;

    Links(Supplier<Instant> clock) {
        this.clock = clock;
    }

    synchronized void put(String token, Published published) {
        purge();
        byToken.put(token, published);
    }

    synchronized Optional<Published> find(String token) {
        purge();
        return Optional.ofNullable(byToken.get(token));
    }

    synchronized void revoke(String token) {
        byToken.remove(token);
    }

    synchronized void clear() {
        byToken.clear();
    }

    synchronized int size() {
        purge();
        return byToken.size();
    }

    private void purge() {
        Instant now = clock.get();
        byToken.values().removeIf(p -> !now.isBefore(p.expires()));
    }
}
