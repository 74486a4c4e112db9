// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.server;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.kiosk.session.KioskCounters;
import id.bingkai.kiosk.session.VisitorSession;
import id.bingkai.kiosk.session.Wipe;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The QR download, through a real HTTP client against the real server. */
class LanServerDownloadTest {
    private static final byte[] IMAGE = "pretend JPEG bytes".getBytes(StandardCharsets.US_ASCII);
    private TestServer http;

    @BeforeEach
    void start() throws IOException {
        http = new TestServer();
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private Link publish() {
        return http.server.publish(IMAGE, "jpg", "Saya ASN netral!", Duration.ofMinutes(10));
    }

    private String path(Link link) {
        return link.url().substring(("http://127.0.0.1:" + http.port).length());
    }

    @Test
    void theTokenOpensAMobilePageWithTheImageADownloadButtonAndTheCaption() throws Exception {
        Link link = publish();
        assertThat(link.url()).matches("http://127\\.0\\.0\\.1:\\d+/d/[A-Za-z0-9_-]{43}");
        HttpResponse<byte[]> page = http.get(path(link));
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(html).contains("name=\"viewport\"", "<img src=\"" + path(link) + "/foto.jpg\"",
                "href=\"" + path(link) + "/unduh\"", "Saya ASN netral! #ASNpilihNETRAL", "Download the photo");

        HttpResponse<byte[]> image = http.get(path(link) + "/foto.jpg");
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(image.body()).isEqualTo(IMAGE);

        HttpResponse<byte[]> download = http.get(path(link) + "/unduh");
        assertThat(download.body()).isEqualTo(IMAGE);
        assertThat(download.headers().firstValue("Content-Disposition")).get().asString().startsWith("attachment");
        http.get(path(link) + "/unduh");
        assertThat(http.counters.snapshot().downloads()).as("one visitor, one download").isEqualTo(1);
    }

    @Test
    void aLinkExpiresAfterItsMinutesAndThenLooksExactlyLikeAWrongToken() throws Exception {
        Link link = publish();
        http.advance(Duration.ofMinutes(9));
        assertThat(http.get(path(link)).statusCode()).isEqualTo(200);
        http.advance(Duration.ofMinutes(1));
        HttpResponse<byte[]> expired = http.get(path(link));
        HttpResponse<byte[]> wrong = http.get("/d/" + new Tokens(new SecureRandom()).next());
        assertThat(expired.statusCode()).isEqualTo(404);
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(expired.body()).isEqualTo(wrong.body());
        assertThat(withoutDate(expired)).isEqualTo(withoutDate(wrong));
        assertThat(http.get(path(link) + "/foto.jpg").statusCode()).isEqualTo(404);
        assertThat(http.server.liveLinks()).isZero();
    }

    private static java.util.Map<String, List<String>> withoutDate(HttpResponse<byte[]> r) {
        java.util.Map<String, List<String>> headers = new java.util.TreeMap<>(r.headers().map());
        headers.remove("date");
        return headers;
    }

    @Test
    void theWipeRevokesTheVisitorsLinksAtOnce(@TempDir Path dir) throws Exception {
        Wipe wipe = new Wipe(dir, Optional.empty(), http.server, new KioskCounters());
        VisitorSession session = wipe.begin();
        Link link = publish();
        session.linked(link.token());
        Link other = publish();
        assertThat(http.get(path(link)).statusCode()).isEqualTo(200);
        wipe.wipe(session);
        assertThat(http.get(path(link)).statusCode()).isEqualTo(404);
        assertThat(http.get(path(link) + "/unduh").statusCode()).isEqualTo(404);
        assertThat(http.get(path(other)).statusCode()).as("another visitor's link lives on").isEqualTo(200);
    }

    @Test
    void badAndGuessedTokensAreAll404() throws Exception {
        Link link = publish();
        String token = link.token();
        String flipped = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
        Tokens random = new Tokens(new SecureRandom());
        for (String guess : List.of(flipped, token.substring(1), token + "A", token.toLowerCase(),
                random.next(), random.next(), "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "1", "")) {
            assertThat(http.get("/d/" + guess).statusCode()).as(guess).isEqualTo(404);
            assertThat(http.get("/d/" + guess + "/foto.jpg").statusCode()).as(guess).isEqualTo(404);
        }
        assertThat(http.get(path(link) + "/foto.png").statusCode()).as("the wrong extension").isEqualTo(404);
        assertThat(http.get(path(link) + "?x=1").statusCode()).as("a query").isEqualTo(404);
    }

    @Test
    void theServerListsNothing() throws Exception {
        publish();
        for (String p : List.of("/", "/d", "/d/", "/u", "/u/", "/index.html", "/favicon.ico")) {
            assertThat(http.get(p).statusCode()).as(p).isEqualTo(404);
        }
    }

    @Test
    void pathTraversalFindsNothingWhateverTheEncoding() throws Exception {
        Link link = publish();
        String t = link.token();
        for (String target : List.of("/../../../../etc/passwd", "/d/../../etc/passwd", "/d/%2e%2e/%2e%2e/etc/passwd",
                "/d/" + t + "/../../../etc/passwd", "/d/" + t + "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "/d/" + t + "/foto.jpg/../../unduh", "//etc/passwd", "/d/" + t + "%00/foto.jpg",
                "/d/..%5c..%5cwindows%5cwin.ini", "/d/" + t + "/./foto.jpg", "http://127.0.0.1/d/../etc/passwd")) {
            assertThat(http.raw(target)).as(target).matches("HTTP/1\\.1 (404|400) .*");
        }
        assertThat(http.raw("/d/" + t + "/foto.jpg")).as("the real address still works").startsWith("HTTP/1.1 200");
    }

    @Test
    void otherMethodsAreRefused() throws Exception {
        Link link = publish();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(link.url()))
                .method("DELETE", java.net.http.HttpRequest.BodyPublishers.noBody()).build();
        assertThat(http.client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
        assertThat(http.post(path(link), new byte[] {1}).statusCode()).isEqualTo(404);
        assertThat(http.get(path(link)).statusCode()).isEqualTo(200);
    }

    @Test
    void theServerBindsOnlyTheConfiguredAddress() throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.2", http.port), 2_000);
            throw new AssertionError("reachable on 127.0.0.2 although bound to 127.0.0.1");
        } catch (ConnectException expected) {
            // refused: nothing listens there
        }
    }

    @Test
    void anAddressThatIsNotThisMachinesIsAFaultNotACrash() throws IOException {
        LanServer elsewhere = new LanServer(new id.bingkai.kiosk.config.HandoffConfig.Server("192.0.2.1",
                TestServer.freePort()), TestServer.LIMITS, new id.bingkai.core.i18n.Messages(java.util.Locale.ENGLISH),
                new id.bingkai.core.io.image.ImageLoader(id.bingkai.core.io.image.PixelBudget.DEFAULT, Optional.empty()),
                new KioskCounters(), http.now::get, new Tokens(new SecureRandom()));
        assertThat(elsewhere.start()).get().extracting(f -> f.kind())
                .isEqualTo(id.bingkai.kiosk.fault.KioskFault.Kind.SERVER_DOWN);
        elsewhere.stop();
    }
}
