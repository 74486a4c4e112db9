// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Clients that try to tie the server up: it cuts them off, stays bounded, and keeps serving. */
class LanServerAbuseTest {
    private TestServer http;
    private Link link;

    @BeforeEach
    void start() throws IOException {
        http = new TestServer();
        link = http.server.publish(new byte[] {1, 2, 3}, "png", "", Duration.ofMinutes(10));
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private String path() {
        return "/d/" + link.token();
    }

    /** The request time the JDK server was started with in this JVM (the first server made sets it). */
    private static long requestSeconds() {
        return Long.parseLong(System.getProperty("sun.net.httpserver.maxReqTime"));
    }

    @Test
    void aClientTricklingItsRequestIsCutOff() throws Exception {
        long limit = requestSeconds();
        try (Socket socket = new Socket("127.0.0.1", http.port)) {
            socket.setSoTimeout(1_000);
            OutputStream out = socket.getOutputStream();
            byte[] request = ("GET " + path() + " HTTP/1.1\r\nHost: x\r\nX-Slow: " + "a".repeat(400) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            long started = System.nanoTime();
            boolean cut = false;
            // One byte every 100 ms would take over 40 s; the server must end it near its request time.
            for (int i = 0; i < request.length && !cut; i++) {
                try {
                    out.write(request[i]);
                    out.flush();
                    Thread.sleep(100);
                    cut = socket.getInputStream().available() < 0;
                } catch (SocketException e) {
                    cut = true;
                }
                if (!cut && i % 10 == 0) {
                    cut = closedByPeer(socket);
                }
            }
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
            assertThat(cut).as("the slow client was cut off").isTrue();
            assertThat(seconds).as("cut off near the request time").isLessThan(limit + 10);
        }
        assertThat(http.get(path()).statusCode()).isEqualTo(200);
    }

    /** A closed peer shows as end of stream on a read that would otherwise time out. */
    private static boolean closedByPeer(Socket socket) throws IOException {
        socket.setSoTimeout(1);
        try {
            InputStream in = socket.getInputStream();
            return in.read() == -1;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true;
        } finally {
            socket.setSoTimeout(1_000);
        }
    }

    @Test
    void aFloodOfHalfOpenRequestsUsesBoundedThreadsAndTheServerServesAgainAfterwards() throws Exception {
        List<Socket> flood = new ArrayList<>();
        try {
            for (int i = 0; i < 120; i++) {
                try {
                    Socket s = new Socket("127.0.0.1", http.port);
                    s.getOutputStream().write("GET /d/".getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                    flood.add(s);
                } catch (IOException refused) {
                    // the connection cap closed it: also fine
                }
            }
            Thread.sleep(300);
            long handlers = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("kiosk-lan")).count();
            assertThat(handlers).as("handler threads stay bounded").isLessThanOrEqualTo(TestServer.LIMITS.threads());
        } finally {
            for (Socket s : flood) {
                s.close();
            }
        }
        assertThat(http.server.rejectedConnections()).as("beyond threads and queue, connections are closed")
                .isPositive();
        assertThat(eventually200()).isTrue();
    }

    @Test
    void aBurstOfManyConcurrentRequestsNeverTakesTheServerDown() throws Exception {
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String p = i % 3 == 0 ? path() : "/d/" + new Tokens(new java.security.SecureRandom()).next();
            answers.add(http.client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port + p))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding())
                    .thenApply(HttpResponse::statusCode).exceptionally(e -> -1));
        }
        List<Integer> codes = answers.stream().map(CompletableFuture::join).toList();
        assertThat(codes).as("every answer is a served page, a 404, or a closed connection").allMatch(
                c -> c == 200 || c == 404 || c == -1);
        assertThat(codes).contains(200, 404);
        assertThat(eventually200()).isTrue();
    }

    private boolean eventually200() throws InterruptedException {
        // The server frees its threads as the cut-off clients go; a request after that must be served.
        for (int i = 0; i < 30; i++) {
            try {
                if (http.get(path()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException busy) {
                // closed while still busy: try again
            }
            Thread.sleep(500);
        }
        return false;
    }
}
