// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.kiosk.config.HandoffConfig;
import id.bingkai.kiosk.fault.KioskFault;
import id.bingkai.kiosk.session.KioskCounters;
import id.bingkai.kiosk.source.Capture;
import id.bingkai.kiosk.source.PhoneUploadSource;
import id.bingkai.kiosk.source.PhotoSource;
import id.bingkai.testing.TestPhotos;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The phone-upload page in a real browser: the kiosk's LAN server with the phone source, headless Chromium at a
 * phone's size opening the page the QR code leads to. The page renders with no script error and nothing refused
 * by its Content-Security-Policy, its form sends a real photo file (chosen through the file input, as a visitor
 * would), the server accepts it, and the photo arrives at the kiosk's source byte for byte. Skipped with a message
 * where Chromium is not installed. Screenshots of the page go to {@code target/kiosk-phone/} (docs/kiosk.md shows
 * one).
 */
class PhoneUploadChromiumTest {
    @TempDir
    Path dir;

    @Test
    void aPhoneBrowserSendsAPhotoThroughTheUploadPageAndItArrivesAtTheKiosk() throws Exception {
        Optional<Path> browser = HeadlessChromium.find();
        Assumptions.assumeTrue(browser.isPresent(),
                "Chromium is not installed (apt-get install chromium, or -Dbingkai.chromium=/path): the phone page "
                        + "is not tried in a real browser");
        Messages m = new Messages(Locale.of("id"));
        LanServer server = new LanServer(new HandoffConfig.Server("127.0.0.1", TestServer.freePort()),
                ServerLimits.DEFAULT, m, new ImageLoader(PixelBudget.DEFAULT, Optional.empty()), new KioskCounters(),
                Instant::now, new Tokens(new SecureRandom()));
        assertThat(server.start()).isEmpty();
        Path visit = Files.createDirectories(dir.resolve("visit"));
        PhoneUploadSource source = new PhoneUploadSource(server, () -> visit.resolve("upload.jpg"),
                Duration.ofMinutes(10));
        CompletableFuture<Capture> arrived = new CompletableFuture<>();
        source.start(new PhotoSource.Listener() {
            @Override
            public void photo(Capture capture) {
                arrived.complete(capture);
            }

            @Override
            public void fault(KioskFault fault) {
                arrived.completeExceptionally(new AssertionError("the upload failed: " + fault));
            }
        });
        Path photo = TestPhotos.jpeg(dir, "dari-hp.jpg", 1200, 1600);
        Path shots = Files.createDirectories(Path.of(System.getProperty("bingkai.build.dir", "target"), "kiosk-phone"));
        String url = source.link().orElseThrow().url();
        try (HeadlessChromium chromium = new HeadlessChromium(browser.get(), dir.resolve("profile"), 390, 844)) {
            chromium.send("Runtime.enable", null);
            chromium.send("Log.enable", null);
            chromium.send("Page.enable", null);
            chromium.send("Emulation.setDeviceMetricsOverride", HeadlessChromium.params("width", 390, "height", 844,
                    "deviceScaleFactor", 2, "mobile", true));
            chromium.send("Page.navigate", HeadlessChromium.params("url", url));
            chromium.awaitEvent(e -> e.get("method").getAsString().equals("Page.loadEventFired"),
                    Duration.ofSeconds(30));

            assertThat(chromium.evaluate("document.title").getAsString()).isEqualTo(m.get("kiosk.web.upload.title"));
            assertThat(chromium.evaluate("document.querySelector('input[type=file]#f').accept").getAsString())
                    .contains("image/jpeg");
            double width = chromium.evaluate("document.getElementById('b').getBoundingClientRect().width").getAsDouble();
            double height = chromium.evaluate("document.getElementById('b').getBoundingClientRect().height")
                    .getAsDouble();
            double room = chromium.evaluate("document.body.clientWidth").getAsDouble();
            assertThat(height).as("the send button is thumb-sized (48 CSS px)").isGreaterThanOrEqualTo(48);
            assertThat(width).as("the send button spans the phone's width").isGreaterThanOrEqualTo(0.8 * (room - 32));
            assertThat(chromium.evaluate("document.documentElement.scrollWidth <= window.innerWidth").getAsBoolean())
                    .as("nothing sticks out sideways at 390 px").isTrue();
            screenshot(chromium, shots.resolve("kiosk-phone-upload.png"));

            int document = chromium.send("DOM.getDocument", null).getAsJsonObject("root").get("nodeId").getAsInt();
            int input = chromium.send("DOM.querySelector", HeadlessChromium.params("nodeId", document,
                    "selector", "#f")).get("nodeId").getAsInt();
            chromium.send("DOM.setFileInputFiles", HeadlessChromium.params("nodeId", input,
                    "files", List.of(photo.toAbsolutePath().toString())));
            assertThat(chromium.evaluate("document.getElementById('f').files[0].name").getAsString())
                    .isEqualTo("dari-hp.jpg");
            chromium.evaluate("document.getElementById('b').click()");

            Capture capture = arrived.get(60, TimeUnit.SECONDS);
            assertThat(capture.file()).isRegularFile().startsWith(visit);
            assertThat(Files.readAllBytes(capture.file())).as("the very photo the phone sent")
                    .isEqualTo(Files.readAllBytes(photo));
            BufferedImage decoded = ImageIO.read(capture.file().toFile());
            assertThat(decoded.getWidth()).isEqualTo(1200);
            String received = m.get("kiosk.web.upload.received");
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!received.equals(chromium.evaluate("document.getElementById('s').textContent").getAsString())
                    && System.nanoTime() < end) {
                Thread.sleep(100);
            }
            assertThat(chromium.evaluate("document.getElementById('s').textContent").getAsString())
                    .as("the phone is told the photo arrived").isEqualTo(received);
            screenshot(chromium, shots.resolve("kiosk-phone-upload-sent.png"));

            assertThat(chromium.events).filteredOn(e -> e.get("method").getAsString().equals("Runtime.exceptionThrown"))
                    .as("no script error").isEmpty();
            assertThat(chromium.events).filteredOn(e -> e.get("method").getAsString().equals("Log.entryAdded"))
                    .filteredOn(e -> e.getAsJsonObject("params").getAsJsonObject("entry").get("level").getAsString()
                            .equals("error"))
                    .filteredOn(e -> !favicon(e))
                    .as("nothing refused by the page's Content-Security-Policy, no failed load").isEmpty();
        } finally {
            source.stop();
            server.stop();
        }
    }

    /** Chromium asks every site for /favicon.ico; the kiosk serves none (every unknown address is the same 404). */
    private static boolean favicon(JsonObject event) {
        JsonObject entry = event.getAsJsonObject("params").getAsJsonObject("entry");
        return entry.has("url") && entry.get("url").getAsString().endsWith("/favicon.ico");
    }

    private static void screenshot(HeadlessChromium chromium, Path to) throws Exception {
        String png = chromium.send("Page.captureScreenshot", HeadlessChromium.params("format", "png"))
                .get("data").getAsString();
        Files.write(to, Base64.getDecoder().decode(png));
        assertThat(ImageIO.read(to.toFile()).getWidth()).isEqualTo(780);
    }
}
