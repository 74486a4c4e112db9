// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.server;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.kiosk.fault.KioskFault;
import id.bingkai.kiosk.source.Capture;
import id.bingkai.kiosk.source.PhoneUploadSource;
import id.bingkai.kiosk.source.PhotoSource;
import id.bingkai.testing.ImageFiles;
import id.bingkai.testing.Pictures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The phone upload through a real client: only whole, reasonable pictures arrive; nothing refused stays on disk. */
class LanServerUploadTest {
    private static final byte[] JPEG = ImageFiles.encode(Pictures.noise(400, 300, 3), "jpeg");
    @TempDir
    Path session;
    private TestServer http;
    private PhoneUploadSource phone;
    private final List<Capture> photos = new CopyOnWriteArrayList<>();
    private final List<KioskFault> faults = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        http = new TestServer();
        AtomicInteger n = new AtomicInteger();
        phone = new PhoneUploadSource(http.server, () -> session.resolve("upload-" + n.incrementAndGet() + ".bin"),
                Duration.ofMinutes(5));
        phone.start(new PhotoSource.Listener() {
            @Override
            public void photo(Capture capture) {
                photos.add(capture);
            }

            @Override
            public void fault(KioskFault fault) {
                faults.add(fault);
            }
        });
    }

    @AfterEach
    void stop() {
        phone.stop();
        http.close();
    }

    private String path() {
        return "/u/" + phone.link().orElseThrow().token();
    }

    private List<Path> leftInSession() throws IOException {
        try (Stream<Path> files = Files.list(session)) {
            return files.toList();
        }
    }

    @Test
    void thePhoneGetsTheUploadPageAndAGoodPhotoArrivesOnTheKiosk() throws Exception {
        HttpResponse<byte[]> page = http.get(path());
        assertThat(page.statusCode()).isEqualTo(200);
        String html = new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("type=\"file\"", "accept=\"image/jpeg,image/png,image/webp\"");
        String nonce = html.replaceAll("(?s).*<script nonce=\"([^\"]+)\".*", "$1");
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("script-src 'nonce-" + nonce + "';");

        HttpResponse<String> sent = http.post(path(), JPEG);
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("received");
        assertThat(photos).hasSize(1);
        assertThat(Files.readAllBytes(photos.getFirst().file())).isEqualTo(JPEG);
        assertThat(faults).isEmpty();
    }

    @Test
    void anOversizedUploadIsRefusedBeforeReadingWhenDeclaredAndAtTheCapWhenNot() throws Exception {
        byte[] big = Arrays.copyOf(JPEG, (int) TestServer.LIMITS.uploadBytes() + 1);
        HttpResponse<String> declared = http.post(path(), big);
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).contains("too large");
        // Chunked: no Content-Length, so the server must stop reading at the cap itself.
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port + path()))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build();
        HttpResponse<String> streamed;
        try {
            streamed = http.client.send(chunked, HttpResponse.BodyHandlers.ofString());
            assertThat(streamed.statusCode()).isEqualTo(413);
        } catch (IOException closedEarly) {
            // the server may close the connection while the client is still sending: refused either way
        }
        assertThat(photos).isEmpty();
        assertThat(leftInSession()).isEmpty();
    }

    @Test
    void whatIsNotAPictureIsRefusedWhateverItClaimsAndNothingStays() throws Exception {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes();
        byte[] truncated = Arrays.copyOf(JPEG, JPEG.length / 3);
        byte[] jpegHeaderThenJunk = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}, 5000);
        byte[] huge = ImageFiles.pngDeclaring(30_000, 30_000, 2);
        byte[] overBudget = ImageFiles.encode(Pictures.flat(2600, 2000, 0x336699), "png");
        for (byte[] body : List.of(new byte[0], html, truncated, jpegHeaderThenJunk, huge, overBudget)) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port + path()))
                    .header("Content-Type", "image/jpeg").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<String> answer = http.client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("%d bytes", body.length).isIn(413, 415);
        }
        assertThat(photos).isEmpty();
        assertThat(faults).isEmpty();
        assertThat(leftInSession()).isEmpty();
    }

    @Test
    void anUploadToAWrongOrEndedAddressIsA404() throws Exception {
        assertThat(http.post("/u/" + new Tokens(new java.security.SecureRandom()).next(), JPEG).statusCode())
                .isEqualTo(404);
        String old = path();
        phone.stop();
        assertThat(http.post(old, JPEG).statusCode()).isEqualTo(404);
        assertThat(http.get(old).statusCode()).isEqualTo(404);
        phone.start(new PhotoSource.Listener() {
            @Override
            public void photo(Capture capture) {
                photos.add(capture);
            }

            @Override
            public void fault(KioskFault fault) {
                faults.add(fault);
            }
        });
        assertThat(path()).as("a new visitor gets a new address").isNotEqualTo(old);
        assertThat(http.post(old, JPEG).statusCode()).isEqualTo(404);
        http.advance(Duration.ofMinutes(6));
        assertThat(http.post(path(), JPEG).statusCode()).as("expired").isEqualTo(404);
        assertThat(photos).isEmpty();
    }
}
