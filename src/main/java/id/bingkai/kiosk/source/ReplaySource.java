// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Delivers a fixed list of photos in turn, one per {@link #capture()} (tests, demos, the soak). Files are never
 * the visitor's, so nothing is listed for the wipe. With {@code auto}, the first photo arrives on start.
 */
public final class ReplaySource implements PhotoSource {
    private final List<Path> files;
    private final boolean auto;
    private Listener listener;
    private int next;

    public ReplaySource(List<Path> files, boolean auto) {
        this.files = List.copyOf(files);
        if (this.files.isEmpty()) {
            throw new IllegalArgumentException("a replay source needs at least one file");
        }
        this.auto = auto;
    }

    @Override
    public synchronized void start(Listener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        if (auto) {
            capture();
        }
    }

    @Override
    public synchronized void stop() {
        listener = null;
    }

    /** Delivers the next file of the list (wrapping round). */
    @Override
    public synchronized void capture() {
        if (listener != null) {
            Path file = files.get(next);
            next = (next + 1) % files.size();
            listener.photo(Capture.owned(file));
        }
    }
}
