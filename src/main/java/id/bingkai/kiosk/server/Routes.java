// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.server;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import id.bingkai.kiosk.session.KioskCounters;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The server's few addresses, matched exactly on the raw path (so {@code %2e%2e} and friends never become
 * anything): {@code /d/<token>} the download page, {@code /d/<token>/foto.<ext>} the image,
 * {@code /d/<token>/unduh} the image as a download, {@code /u/<token>} the upload page (GET) and upload (POST).
 * Everything else, and every unknown, expired or revoked token, gets the same 404.
 */
final class Routes {
    private final Links links;
    private final Pages pages;
    private final UploadReceiver receiver;
    private final KioskCounters counters;
    private final Supplier<Instant> clock;
    private final SecureRandom nonces = new SecureRandom();
    private Upload upload;

    Routes(Links links, Pages pages, UploadReceiver receiver, KioskCounters counters, Supplier<Instant> clock) {
        this.links = links;
        this.pages = pages;
        this.receiver = receiver;
        this.counters = counters;
        this.clock = clock;
    }

    private record Upload(String token, UploadSink sink, Instant expires) {
    }

    synchronized void uploads(String token, UploadSink sink, Instant expires) {
        upload = new Upload(token, sink, expires);
    }

    synchronized void closeUploads() {
        upload = null;
    }

    synchronized void revokeUpload(String token) {
        if (upload != null && upload.token().equals(token)) {
            upload = null;
        }
    }

    private synchronized Optional<UploadSink> uploadSink(String token) {
        if (upload == null || !upload.token().equals(token)) {
            return Optional.empty();
        }
        if (!clock.get().isBefore(upload.expires())) {
            upload = null;
            return Optional.empty();
        }
        return Optional.of(upload.sink());
    }

    void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        String[] parts = path == null ? new String[0] : path.split("/", -1);
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (query != null || parts.length < 3 || !parts[0].isEmpty() || !Tokens.wellFormed(parts[2])) {
            notFound(exchange);
            return;
        }
        String token = parts[2];
        if (parts[1].equals("d") && read) {
            download(exchange, token, parts);
        } else if (parts[1].equals("u") && parts.length == 3) {
            Optional<UploadSink> sink = uploadSink(token);
            if (sink.isEmpty() || !(read || method.equals("POST"))) {
                notFound(exchange);
            } else if (read) {
                String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(nonce());
                send(exchange, 200, "text/html; charset=utf-8", pages.upload(nonce).getBytes(StandardCharsets.UTF_8),
                        "default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-" + nonce
                                + "'; connect-src 'self'");
            } else {
                UploadReceiver.Answer answer = receiver.receive(exchange, sink.get());
                send(exchange, answer.status(), "text/plain; charset=utf-8",
                        answer.text().getBytes(StandardCharsets.UTF_8), "default-src 'none'");
            }
        } else {
            notFound(exchange);
        }
    }

    private void download(HttpExchange exchange, String token, String[] parts) throws IOException {
        Optional<Published> found = links.find(token);
        if (found.isEmpty()) {
            notFound(exchange);
            return;
        }
        Published p = found.get();
        if (parts.length == 3) {
            send(exchange, 200, "text/html; charset=utf-8",
                    pages.download(token, p).getBytes(StandardCharsets.UTF_8),
                    "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
        } else if (parts.length == 4 && parts[3].equals("foto." + p.extension())) {
            send(exchange, 200, p.contentType(), p.image(), "default-src 'none'");
        } else if (parts.length == 4 && parts[3].equals("unduh")) {
            exchange.getResponseHeaders().set("Content-Disposition",
                    "attachment; filename=\"bingkai-ASNpilihNETRAL." + p.extension() + "\"");
            if (exchange.getRequestMethod().equals("GET") && p.downloaded().compareAndSet(false, true)) {
                counters.downloaded();
            }
            send(exchange, 200, p.contentType(), p.image(), "default-src 'none'");
        } else {
            notFound(exchange);
        }
    }

    private byte[] nonce() {
        byte[] bytes = new byte[16];
        nonces.nextBytes(bytes);
        return bytes;
    }

    private void notFound(HttpExchange exchange) throws IOException {
        send(exchange, 404, "text/html; charset=utf-8", pages.notFound().getBytes(StandardCharsets.UTF_8),
                "default-src 'none'; style-src 'unsafe-inline'");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, String policy)
            throws IOException {
        Headers h = exchange.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("X-Frame-Options", "DENY");
        h.set("Content-Security-Policy", policy);
        if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
            // The body may be left unread (refused upload, wrong address): never reuse such a connection.
            h.set("Connection", "close");
        }
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
