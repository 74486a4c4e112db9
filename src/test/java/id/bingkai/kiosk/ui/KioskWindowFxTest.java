// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import static id.bingkai.kiosk.ui.KioskUnderTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Placement;
import id.bingkai.kiosk.EngineDelivery;
import id.bingkai.kiosk.config.HandoffConfig;
import id.bingkai.kiosk.server.LanServer;
import id.bingkai.kiosk.server.ServerLimits;
import id.bingkai.kiosk.server.Tokens;
import id.bingkai.kiosk.session.KioskCounters;
import id.bingkai.kiosk.session.Wipe;
import id.bingkai.testing.TestPhotos;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real kiosk window, headless: a visitor walks the whole flow with the replay source in portrait and landscape
 * by touching the buttons, the result appears on disk and is gone after "Terima kasih"; keys do not leave
 * fullscreen; the QR code on the hand-off screen decodes to the download link.
 */
@ExtendWith(ApplicationExtension.class)
class KioskWindowFxTest {
    @TempDir
    Path dir;
    private final KioskUnderTest kiosk = new KioskUnderTest();
    private KioskRig rig;
    private FakeDelivery delivery;

    private void open(int width, int height) throws Exception {
        delivery = new FakeDelivery(dir, new KioskCounters());
        open(width, height, delivery);
    }

    private void open(int width, int height, Delivery delivery) throws Exception {
        rig = kiosk.open(TestPhotos.jpeg(dir, "foto.jpg", 1200, 900), width, height, delivery, Standing.AUTO);
    }

    @AfterEach
    void close() throws Exception {
        kiosk.close();
    }

    /**
     * Walks portrait at 9:16 in 562×1000, inside JavaFX's 1000×1000 headless screen; landscape at the laptop's own
     * 1366×768 and at 16:9 in 1600×900. The real 1080×1920 and 1920×1080, and turned layouts, are walked by
     * {@link KioskSizesFxTest}.
     */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"562, 1000", "1366, 768", "1600, 900"})
    void aVisitorWalksTheWholeFlowByTouchAndLeavesNothingBehind(int width, int height, FxRobot robot)
            throws Exception {
        open(width, height);
        assertThat(rig.window.stage().getScene().getWidth()).isEqualTo(width);
        robot.clickOn("#screen-attract");
        await(() -> kiosk.screen() == Screen.FRAMES);
        robot.clickOn("#frame-" + KioskRig.PACK.frames().get(1).id());
        await(() -> kiosk.screen() == Screen.PHOTO);
        Node take = robot.lookup("#take-photo").query();
        assertThat(take.getBoundsInLocal().getHeight()).as("a thumb-sized target").isGreaterThanOrEqualTo(48);
        robot.clickOn(take);
        kiosk.tickAfter(Duration.ofSeconds(3));
        await(() -> kiosk.screen() == Screen.ADJUST && rig.flow.previewProperty().get() != null);
        robot.clickOn("#zoom-in").clickOn("#turn");
        assertThat(rig.flow.adjust().document().primaryPhoto().orElseThrow().placement().rotation()).isEqualTo(90);
        robot.drag("#adjust-preview").dropBy(40, 0);
        robot.clickOn("#accept");
        await(() -> kiosk.screen() == Screen.HANDOFF);
        Path result = rig.flow.handoff().result().orElseThrow();
        assertThat(result).isRegularFile().startsWith(delivery.workFolder());
        robot.clickOn("#usb");
        await(() -> rig.flow.handoff().outcomeProperty().get() == Handoff.Last.SAVED_USB);
        assertThat(dir.resolve("usb").resolve(result.getFileName())).isRegularFile();
        robot.clickOn("#done");
        await(() -> kiosk.screen() == Screen.THANKS);
        kiosk.tickAfter(FlowSettings.DEFAULT.thanks());
        await(() -> kiosk.screen() == Screen.ATTRACT);
        await(() -> !Files.exists(result));
        try (var left = Files.list(delivery.workFolder())) {
            assertThat(left).as("no visit folder is left").isEmpty();
        }
    }

    @Test
    void aDesignThatLeavesItsPlacePartlyEmptyIsRefusedOnTheAdjustScreenWithWhatToChange(FxRobot robot) throws Exception {
        open(1366, 768);
        robot.clickOn("#screen-attract");
        await(() -> kiosk.screen() == Screen.FRAMES);
        robot.clickOn("#frame-" + KioskRig.PACK.frames().getFirst().id());
        robot.clickOn("#take-photo");
        kiosk.tickAfter(Duration.ofSeconds(3));
        await(() -> kiosk.screen() == Screen.ADJUST && rig.flow.previewProperty().get() != null);
        assertThat(robot.lookup("#adjust-blocked").query().isVisible()).isFalse();
        for (int i = 0; i < 6; i++) {
            robot.clickOn("#zoom-out");
        }
        assertThat(rig.flow.adjust().document().primaryPhoto().orElseThrow().placement().zoom())
                .as("zooming out stops where the photo still fills its place").isGreaterThan(0.99);
        // a design that leaves part of the place empty (none of the screen's own edits makes one) is refused
        WaitForAsyncUtils.asyncFx(() -> {
            Document doc = rig.flow.adjust().document();
            rig.flow.adjust().start(doc.withPlacement(doc.frame().primarySlot().id(),
                    new Placement(0.2, 0, 0.6, 0, false)));
        }).get(5, TimeUnit.SECONDS);
        robot.clickOn("#accept");
        await(() -> robot.lookup("#adjust-blocked").query().isVisible());
        assertThat(robot.lookup("#adjust-blocked").queryAs(Label.class).getText())
                .startsWith("Belum bisa dilanjutkan: ").contains("tidak memenuhi tempatnya");
        assertThat(kiosk.screen()).isEqualTo(Screen.ADJUST);
        robot.clickOn("#zoom-in");
        await(() -> !robot.lookup("#adjust-blocked").query().isVisible());
    }

    @Test
    void aGuestsKeysDoNotLeaveFullscreenOrCloseTheKiosk(FxRobot robot) throws Exception {
        open(1366, 768);
        assertThat(rig.window.stage().isFullScreen()).isTrue();
        robot.clickOn("#screen-attract");
        await(() -> kiosk.screen() == Screen.FRAMES);
        robot.type(KeyCode.ESCAPE).type(KeyCode.F11);
        robot.press(KeyCode.ALT).type(KeyCode.F4).release(KeyCode.ALT);
        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        WaitForAsyncUtils.asyncFx(() -> rig.window.stage().fireEvent(new javafx.stage.WindowEvent(
                rig.window.stage(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST))).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rig.window.stage().isShowing()).isTrue();
        assertThat(rig.window.stage().isFullScreen()).isTrue();
        assertThat(kiosk.screen()).isEqualTo(Screen.FRAMES);
        WaitForAsyncUtils.asyncFx(() -> rig.window.stage().setFullScreen(false)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rig.window.stage().isFullScreen()).as("fullscreen comes back").isTrue();
    }

    private String qrOnScreen(FxRobot robot) throws Exception {
        Node qr = robot.lookup("#download-qr").query();
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> qr.snapshot(null, null)).get(10, TimeUnit.SECONDS);
        int w = (int) shot.getWidth();
        int h = (int) shot.getHeight();
        int[] argb = new int[w * h];
        shot.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(w, h, argb)))).getText();
    }

    @Test
    void theQrCodeOnTheScreenLeadsAPhoneToTheResultOnTheKiosksOwnServerUntilTheVisitEnds(FxRobot robot)
            throws Exception {
        int port;
        try (var probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        KioskCounters counters = new KioskCounters();
        LanServer server = new LanServer(new HandoffConfig.Server("127.0.0.1", port), ServerLimits.DEFAULT,
                new Messages(Locale.of("id")), KioskRig.IMAGES, counters, java.time.Instant::now,
                new Tokens(new java.security.SecureRandom()));
        assertThat(server.start()).isEmpty();
        Path work = dir.resolve("kerja");
        Wipe wipe = new Wipe(work, java.util.Optional.empty(), server, counters);
        try {
            open(1366, 768, new EngineDelivery(wipe, EngineDelivery.Links.lan(server, Duration.ofMinutes(10),
                    "#ASNpilihNETRAL"), java.util.Optional.empty(), java.util.Optional.empty()));
            robot.clickOn("#screen-attract");
            await(() -> kiosk.screen() == Screen.FRAMES);
            robot.clickOn("#frame-" + KioskRig.PACK.frames().getFirst().id());
            robot.clickOn("#take-photo");
            kiosk.tickAfter(Duration.ofSeconds(3));
            await(() -> kiosk.screen() == Screen.ADJUST);
            robot.clickOn("#accept");
            await(() -> kiosk.screen() == Screen.HANDOFF);
            String link = qrOnScreen(robot);
            assertThat(link).startsWith("http://127.0.0.1:" + port + "/");
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(link)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("#ASNpilihNETRAL");
            robot.clickOn("#done");
            await(() -> kiosk.screen() == Screen.THANKS);
            kiosk.tickAfter(FlowSettings.DEFAULT.thanks());
            await(() -> kiosk.screen() == Screen.ATTRACT);
            await(() -> http.send(HttpRequest.newBuilder(URI.create(link)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 404);
        } finally {
            server.stop();
        }
    }

    @Test
    void theQrCodeOnTheHandOffScreenDecodesToTheDownloadLink(FxRobot robot) throws Exception {
        open(1600, 900);
        robot.clickOn("#screen-attract");
        await(() -> kiosk.screen() == Screen.FRAMES);
        robot.clickOn("#frame-" + KioskRig.PACK.frames().getFirst().id());
        robot.clickOn("#take-photo");
        kiosk.tickAfter(Duration.ofSeconds(3));
        await(() -> kiosk.screen() == Screen.ADJUST);
        robot.clickOn("#accept");
        await(() -> kiosk.screen() == Screen.HANDOFF);
        assertThat(qrOnScreen(robot)).isEqualTo(FakeDelivery.LINK);
    }
}
