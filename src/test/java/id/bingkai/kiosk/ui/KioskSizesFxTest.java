// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import static id.bingkai.kiosk.ui.KioskUnderTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.kiosk.config.KioskConfig;
import id.bingkai.kiosk.session.KioskCounters;
import id.bingkai.testing.TestPhotos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The kiosk at the real sizes of the issue, 1080×1920 standing, 1920×1080 and 1366×768 lying, and turned (a
 * portrait kiosk on a screen reported as landscape and the other way round): a visitor walks the whole flow with
 * the replay source by touch, then the admin comes in by the corner and the PIN pad. On every screen every button
 * lies wholly inside the window, is at least 48 px (about 9 mm on a 24" 1080p screen) both ways, and shows its
 * whole label.
 */
@ExtendWith(ApplicationExtension.class)
class KioskSizesFxTest {
    /** A thumb-sized target. */
    static final double MIN_TARGET = 48;

    @TempDir
    Path dir;
    private final KioskUnderTest kiosk = new KioskUnderTest();
    private KioskRig rig;
    private FakeDelivery delivery;

    /**
     * JavaFX's headless screen is 1000×1000 and its window copies its pixels into that screen, so a larger window
     * (1080×1920) makes that copy throw on the FX thread after every pulse, while layout, picking and events (what
     * is tested here) work at the full size. Those copies are expected; any other exception still fails the test.
     */
    private void open(int width, int height, Standing standing) throws Exception {
        WaitForAsyncUtils.autoCheckException = false;
        delivery = new FakeDelivery(dir, new KioskCounters());
        Path photo = TestPhotos.jpeg(dir, "foto.jpg", 1600, 1200);
        rig = kiosk.open(photo, width, height, delivery, standing);
    }

    @AfterEach
    void close() throws Throwable {
        try {
            kiosk.close();
            onlyTheHeadlessScreensCopyFailed();
        } finally {
            WaitForAsyncUtils.clearExceptions();
            WaitForAsyncUtils.autoCheckException = true;
        }
    }

    private static void onlyTheHeadlessScreensCopyFailed() throws Throwable {
        for (int i = 0; i < 100_000; i++) {
            try {
                WaitForAsyncUtils.checkException();
                return;
            } catch (Throwable t) {
                if (!fromTheHeadlessScreenCopy(t)) {
                    throw t;
                }
            }
        }
    }

    private static boolean fromTheHeadlessScreenCopy(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            for (StackTraceElement e : c.getStackTrace()) {
                if (e.getClassName().equals("com.sun.glass.ui.headless.HeadlessWindow") && e.getMethodName().equals("blit")) {
                    return true;
                }
            }
        }
        return false;
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({
        "1080, 1920, AUTO, 1080, 1920",
        "1920, 1080, AUTO, 1920, 1080",
        "1366,  768, AUTO, 1366,  768",
        "1920, 1080, PORTRAIT, 1080, 1920",
        "1080, 1920, LANDSCAPE, 1920, 1080"})
    void aVisitorAndTheAdminTouchEveryScreenAndEveryButtonFitsAndIsThumbSized(int width, int height,
            KioskConfig.Orientation orientation, int layoutWidth, int layoutHeight, FxRobot robot) throws Exception {
        open(width, height, new Standing(orientation, 90));
        Scene scene = rig.window.stage().getScene();
        assertThat(scene.getWidth()).isEqualTo(width);
        assertThat(scene.getHeight()).isEqualTo(height);
        Turntable table = (Turntable) scene.getRoot();
        Region layout = (Region) table.getChildrenUnmodifiable().getFirst();
        assertThat(layout.getWidth()).as("laid out for the wanted shape").isEqualTo(layoutWidth);
        assertThat(layout.getHeight()).isEqualTo(layoutHeight);
        assertThat(table.turn()).isEqualTo(layoutWidth == width ? 0 : 90);

        robot.clickOn("#screen-attract");
        await(() -> kiosk.screen() == Screen.FRAMES);
        List<String> checked = new ArrayList<>(everyButtonFits("frames"));
        robot.clickOn("#frame-" + KioskRig.PACK.frames().get(1).id());
        await(() -> kiosk.screen() == Screen.PHOTO);
        checked.addAll(everyButtonFits("photo"));
        robot.clickOn("#take-photo");
        kiosk.tickAfter(Duration.ofSeconds(3));
        await(() -> kiosk.screen() == Screen.ADJUST && rig.flow.previewProperty().get() != null);
        checked.addAll(everyButtonFits("adjust"));
        robot.clickOn("#turn");
        assertThat(rig.flow.adjust().document().primaryPhoto().orElseThrow().placement().rotation())
                .as("the touch landed on the turn button").isEqualTo(90);
        robot.clickOn("#accept");
        await(() -> kiosk.screen() == Screen.HANDOFF);
        checked.addAll(everyButtonFits("handoff"));
        Path result = rig.flow.handoff().result().orElseThrow();
        robot.clickOn("#usb");
        await(() -> rig.flow.handoff().outcomeProperty().get() == Handoff.Last.SAVED_USB);
        assertThat(dir.resolve("usb").resolve(result.getFileName())).isRegularFile();
        robot.clickOn("#done");
        await(() -> kiosk.screen() == Screen.THANKS);
        kiosk.tickAfter(FlowSettings.DEFAULT.thanks());
        await(() -> kiosk.screen() == Screen.ATTRACT);
        await(() -> !Files.exists(result));

        for (int i = 0; i < 5; i++) {
            robot.clickOn("#admin-corner");
        }
        await(() -> kiosk.screen() == Screen.PIN);
        checked.addAll(everyButtonFits("pin"));
        robot.clickOn("#pin-2").clickOn("#pin-4").clickOn("#pin-6").clickOn("#pin-8").clickOn("#pin-ok");
        await(() -> kiosk.screen() == Screen.ADMIN);
        checked.addAll(everyButtonFits("admin"));
        robot.clickOn("#admin-back");
        await(() -> kiosk.screen() == Screen.ATTRACT);
        assertThat(checked).contains("frames:#frame-" + KioskRig.PACK.frames().get(1).id(), "photo:#take-photo",
                "adjust:#zoom-in", "adjust:#accept", "handoff:#done", "handoff:#usb", "pin:#pin-0", "pin:#pin-ok",
                "admin:#admin-exit");
    }

    /** Checks every shown button of the screen on show; returns "screen:#id" of those checked. */
    private List<String> everyButtonFits(String where) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Scene scene = rig.window.stage().getScene();
            List<Button> buttons = new ArrayList<>();
            collect(scene.getRoot(), buttons);
            assertThat(buttons).as(where + ": buttons on screen").isNotEmpty();
            List<String> names = new ArrayList<>();
            for (Button b : buttons) {
                String name = where + ":" + (b.getId() == null ? "'" + b.getText() + "'" : "#" + b.getId());
                Bounds box = b.localToScene(b.getLayoutBounds());
                assertThat(box.getMinX()).as(name + " left edge in the window").isGreaterThanOrEqualTo(-0.5);
                assertThat(box.getMinY()).as(name + " top edge in the window").isGreaterThanOrEqualTo(-0.5);
                assertThat(box.getMaxX()).as(name + " right edge in the window").isLessThanOrEqualTo(scene.getWidth() + 0.5);
                assertThat(box.getMaxY()).as(name + " bottom edge in the window")
                        .isLessThanOrEqualTo(scene.getHeight() + 0.5);
                assertThat(Math.min(box.getWidth(), box.getHeight())).as(name + " is thumb-sized")
                        .isGreaterThanOrEqualTo(MIN_TARGET);
                if (b.lookup(".text") instanceof Text shown && !b.getText().isEmpty()) {
                    assertThat(shown.getText()).as(name + " shows its whole label").isEqualTo(b.getText());
                }
                names.add(name);
            }
            return names;
        }).get(10, TimeUnit.SECONDS);
    }

    private static void collect(Node node, List<Button> into) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Button b) {
            into.add(b);
        } else if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }
}
