// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.server;

import id.bingkai.core.i18n.Messages;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.kiosk.config.HandoffConfig;
import id.bingkai.kiosk.session.KioskCounters;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/** A LAN server on 127.0.0.1 with small limits and a clock the test moves, plus a real HTTP client. */
final class TestServer implements AutoCloseable {
    /** Small enough to test quickly; the request time is the JDK server's, process-wide (see LanServer). */
    static final ServerLimits LIMITS = new ServerLimits(4, 8, 2, 1024 * 1024, 4_000_000);
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-06T09:00:00Z"));
    final KioskCounters counters = new KioskCounters();
    final LanServer server;
    final int port;
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    TestServer() throws IOException {
        port = freePort();
        server = new LanServer(new HandoffConfig.Server("127.0.0.1", port), LIMITS, new Messages(Locale.ENGLISH),
                new ImageLoader(PixelBudget.DEFAULT, java.util.Optional.empty()), counters, now::get,
                new Tokens(new SecureRandom()));
        server.start().ifPresent(f -> {
            throw new IllegalStateException(f.toString());
        });
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    void advance(Duration by) {
        now.updateAndGet(t -> t.plus(by));
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, byte[] body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a request line exactly as written (no client normalising it) and returns the status line. */
    String raw(String requestTarget) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + requestTarget + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return response.isEmpty() ? "" : response.substring(0, response.indexOf("\r\n"));
        }
    }

    @Override
    public void close() {
        server.stop();
        client.close();
    }
}
