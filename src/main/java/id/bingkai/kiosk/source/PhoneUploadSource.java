// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.source;

import id.bingkai.kiosk.fault.KioskFault;
import id.bingkai.kiosk.server.LanServer;
import id.bingkai.kiosk.server.Link;
import id.bingkai.kiosk.server.UploadSink;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The visitor's phone: the kiosk shows {@link #link()} as a QR code, the phone opens the upload page the kiosk
 * serves on the local network and sends a photo, which arrives here already checked (size, type from content,
 * pixel budget, decodes). Each {@link #start} opens a fresh upload address, so a phone of an earlier visitor
 * cannot send into a later visit.
 */
public final class PhoneUploadSource implements PhotoSource {
    private final LanServer server;
    private final Supplier<Path> target;
    private final Duration life;
    private Listener listener;
    private Link link;

    /**
     * @param target the file for the next upload (in the visitor's session folder)
     * @param life   how long the upload address stays open
     */
    public PhoneUploadSource(LanServer server, Supplier<Path> target, Duration life) {
        this.server = Objects.requireNonNull(server, "server");
        this.target = Objects.requireNonNull(target, "target");
        this.life = Objects.requireNonNull(life, "life");
    }

    @Override
    public synchronized void start(Listener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        link = server.openUploads(new UploadSink() {
            @Override
            public Path target() {
                return target.get();
            }

            @Override
            public void received(Path photo) {
                Listener l = current();
                if (l != null) {
                    l.photo(Capture.owned(photo));
                }
            }

            @Override
            public void failed(KioskFault fault) {
                Listener l = current();
                if (l != null) {
                    l.fault(fault);
                }
            }
        }, life);
    }

    /** The upload page's address for the QR code, while started. */
    public synchronized Optional<Link> link() {
        return Optional.ofNullable(link);
    }

    private synchronized Listener current() {
        return listener;
    }

    @Override
    public synchronized void stop() {
        listener = null;
        if (link != null) {
            server.revoke(link.token());
            link = null;
        }
    }
}
