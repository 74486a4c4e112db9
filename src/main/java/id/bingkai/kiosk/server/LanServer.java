// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.kiosk.config.HandoffConfig;
import id.bingkai.kiosk.fault.KioskFault;
import id.bingkai.kiosk.handoff.QrCodes;
import id.bingkai.kiosk.session.KioskCounters;
import id.bingkai.kiosk.session.LinkRevoker;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The kiosk's own web server on the event's local network (the JDK's HttpServer): the visitor's download page by
 * an unguessable token, and the phone-upload page. It binds the one configured address, serves bytes held in
 * memory (no path ever maps to a file, so there is nothing to traverse), lists nothing, and answers every wrong,
 * expired or revoked address with the same 404. A bounded pool serves requests; connections beyond the pool and
 * its queue are closed at once, and a client that trickles its request is cut off after
 * {@link ServerLimits#requestSeconds()} (the JDK server's own request timer, see {@link #configureJdkServer}).
 */
public final class LanServer implements LinkRevoker, AutoCloseable {
    private final HandoffConfig.Server bind;
    private final ServerLimits limits;
    private final Supplier<Instant> clock;
    private final Tokens tokens;
    private final Links links;
    private final Routes routes;
    private final AtomicInteger rejected = new AtomicInteger();
    private HttpServer server;
    private ThreadPoolExecutor pool;

    public LanServer(HandoffConfig.Server bind, ServerLimits limits, Messages messages, ImageLoader images,
            KioskCounters counters, Supplier<Instant> clock, Tokens tokens) {
        this.bind = Objects.requireNonNull(bind, "bind");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.links = new Links(clock);
        this.routes = new Routes(links, new Pages(messages), new UploadReceiver(limits, images, messages), counters,
                clock);
    }

    /**
     * Sets the JDK server's process-wide timeouts (read once, when its first server is made): the request time that
     * cuts off slow clients, a response time for slow downloads, and a connection cap. Values set on the command
     * line win.
     */
    static void configureJdkServer(ServerLimits limits) {
        setIfAbsent("sun.net.httpserver.maxReqTime", String.valueOf(limits.requestSeconds()));
        setIfAbsent("sun.net.httpserver.maxRspTime", String.valueOf(Math.max(120, limits.requestSeconds())));
        setIfAbsent("jdk.httpserver.maxConnections", String.valueOf(limits.threads() + limits.queue() + 16));
        setIfAbsent("sun.net.httpserver.idleInterval", "15");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Binds and serves; a fault (address not on this machine, port taken) instead of an exception. */
    public synchronized Optional<KioskFault> start() {
        if (server != null) {
            return Optional.empty();
        }
        configureJdkServer(limits);
        try {
            InetAddress address = InetAddress.ofLiteral(bind.address());
            HttpServer created = HttpServer.create(new InetSocketAddress(address, bind.port()), 64);
            ThreadPoolExecutor executor = new ThreadPoolExecutor(limits.threads(), limits.threads(), 30,
                    TimeUnit.SECONDS, new ArrayBlockingQueue<>(Math.max(1, limits.queue())), r -> {
                        Thread t = new Thread(r, "kiosk-lan");
                        t.setDaemon(true);
                        return t;
                    }, (r, e) -> {
                        rejected.incrementAndGet();
                        throw new java.util.concurrent.RejectedExecutionException("busy");
                    });
            created.setExecutor(executor);
            created.createContext("/", this::handle);
            created.start();
            server = created;
            pool = executor;
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of(KioskFault.of(KioskFault.Kind.SERVER_DOWN, Msg.of("kiosk.fault.server.admin",
                    bind.address() + ":" + bind.port(), String.valueOf(e.getMessage()))));
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            routes.handle(exchange);
        } catch (IOException | RuntimeException e) {
            // the client went away or sent nonsense: nothing for the kiosk to do
        }
    }

    /** The port bound. */
    public synchronized int port() {
        return server == null ? bind.port() : server.getAddress().getPort();
    }

    /**
     * Publishes a visitor's result for {@code life}: the encoded image ("jpg" or "png") and the caption.
     *
     * @return the link for the QR code
     */
    public Link publish(byte[] image, String extension, String caption, Duration life) {
        if (!extension.equals("jpg") && !extension.equals("png")) {
            throw new IllegalArgumentException("jpg or png");
        }
        String token = tokens.next();
        Instant expires = clock.get().plus(life);
        links.put(token, new Published(image.clone(), extension.equals("jpg") ? "image/jpeg" : "image/png",
                extension, caption, expires, new AtomicBoolean()));
        return new Link(token, QrCodes.url(bind, "/d/" + token), expires);
    }

    /** Opens the phone-upload page for the current visitor; the previous upload address ends. */
    public Link openUploads(UploadSink sink, Duration life) {
        String token = tokens.next();
        Instant expires = clock.get().plus(life);
        routes.uploads(token, sink, expires);
        return new Link(token, QrCodes.url(bind, "/u/" + token), expires);
    }

    /** Ends the upload address. */
    public void closeUploads() {
        routes.closeUploads();
    }

    /** Ends a download or upload address at once (the wipe calls this). */
    @Override
    public void revoke(String token) {
        links.revoke(token);
        routes.revokeUpload(token);
    }

    /** Links still alive (for the soak and the admin screen). */
    public int liveLinks() {
        return links.size();
    }

    /** Connections closed because every thread and queue place was taken. */
    public int rejectedConnections() {
        return rejected.get();
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            pool.shutdownNow();
            server = null;
            pool = null;
        }
        links.clear();
        routes.closeUploads();
    }

    @Override
    public void close() {
        stop();
    }
}
