// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import id.bingkai.core.i18n.Messages;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real kiosk window as the FX tests open it: the sample pack, the replay source giving one photo, the test's
 * clock and delivery, the PIN 2468, Indonesian, shown at a size; and what every kiosk FX test does with it (wait
 * for a condition, read the screen, let the clock run, close). One per test instance, closed in {@code @AfterEach}.
 */
final class KioskUnderTest {
    /** Long enough for a shared, slow machine: a condition that holds returns at once. */
    private static final int WAIT_SECONDS = 30;

    private final TestClock clock = new TestClock();
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private KioskRig rig;

    /** Opens the kiosk (from any thread but the FX one) with its window set to the given size. */
    KioskRig open(Path photo, int width, int height, Delivery delivery, Standing standing) throws Exception {
        rig = WaitForAsyncUtils.asyncFx(() -> {
            KioskRig r = new KioskRig(new Stage(), new Messages(Locale.of("id")), FlowSettings.DEFAULT,
                    PhotoInput.of(PhotoInput.Kind.REPLAY, new TestSource(photo)), delivery, clock, background,
                    Platform::runLater, KioskRig.quietAdmin(() -> { }), "2468".toCharArray(), standing);
            r.window.show();
            r.window.stage().setWidth(width);
            r.window.stage().setHeight(height);
            return r;
        }).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return rig;
    }

    /** Closes the window if it was opened and stops the background thread. */
    void close() throws Exception {
        if (rig != null) {
            WaitForAsyncUtils.asyncFx(rig.window::close).get(10, TimeUnit.SECONDS);
        }
        background.shutdownNow();
    }

    /** The screen the visitor sees, read on the FX thread. */
    Screen screen() throws Exception {
        return WaitForAsyncUtils.asyncFx(rig.flow::screen).get(5, TimeUnit.SECONDS);
    }

    /** Moves the test clock on and lets the flow see the time (timers, the count-down, idle). */
    void tickAfter(Duration d) throws Exception {
        clock.advance(d);
        WaitForAsyncUtils.asyncFx(rig.flow::tick).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the condition holds (failing the test after {@value #WAIT_SECONDS} s), then for FX events. */
    static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
