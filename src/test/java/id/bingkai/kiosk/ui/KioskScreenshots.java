// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import id.bingkai.testing.TestPhotos;
import id.bingkai.core.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Takes docs/screenshots/kiosk-&lt;layout&gt;-&lt;screen&gt;.png of every kiosk screen (not a test). Run under Xvfb with
 * the screen size of the layout: {@code scripts/kiosk-screenshots.sh} does it for 1080×1920, 1920×1080 and 1366×768.
 * Arguments: output folder, layout name, language (id or en), optional photo to use. {@code -Dkiosk.orientation=portrait}
 * (or landscape) and {@code -Dkiosk.rotation=90|270} stand the kiosk as kiosk.json would, e.g. turned on a
 * 1920×1080 screen.
 */
public final class KioskScreenshots {
    private KioskScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        String layout = args[1];
        Messages m = new Messages(Locale.of(args.length > 2 ? args[2] : "id"));
        Path work = Files.createTempDirectory("kiosk-shots");
        Path photo = args.length > 3 ? Path.of(args[3]) : TestPhotos.jpeg(work, "foto.jpg", 1600, 1200);
        Files.createDirectories(out);
        ExecutorService background = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().factory());
        Platform.startup(() -> { });
        TestClock clock = new TestClock();
        TestSource feed = new TestSource(photo);
        FakeDelivery delivery = new FakeDelivery(work, new id.bingkai.kiosk.session.KioskCounters());
        KioskRig rig = fx(() -> {
            KioskRig r = new KioskRig(new Stage(), m, FlowSettings.DEFAULT, PhotoInput.of(PhotoInput.Kind.REPLAY, feed), delivery, clock, background,
                    Platform::runLater, KioskRig.quietAdmin(() -> { }), "1234".toCharArray(), new Standing(
                    id.bingkai.kiosk.config.KioskConfig.Orientation.valueOf(System.getProperty("kiosk.orientation",
                            "auto").toUpperCase(Locale.ROOT)), Integer.getInteger("kiosk.rotation", 90)));
            r.window.show();
            return r;
        });
        VisitorFlow flow = rig.flow;
        Shot shot = new Shot(out, layout);
        shot.take("attract");
        fx(flow::begin);
        shot.take("frames");
        fx(() -> flow.chooseFrame(flow.frames().get(1)));
        shot.take("photo");
        fx(flow::takePhoto);
        clock.advance(Duration.ofMillis(1200));
        fx(flow::tick);
        shot.take("photo-countdown");
        clock.advance(Duration.ofSeconds(3));
        fx(flow::tick);
        waitFor(() -> fx(() -> flow.screen() == Screen.ADJUST && flow.previewProperty().get() != null));
        fx(() -> {
            flow.adjust().zoomIn();
            flow.adjust().drag(-60, 20);
        });
        Thread.sleep(800);
        shot.take("adjust");
        fx(() -> { // a design the guideline blocks: none of the screen's own edits makes one (KeepCovered)
            var doc = flow.adjust().document();
            flow.adjust().start(doc.withPlacement(doc.frame().primarySlot().id(),
                    new id.bingkai.core.model.Placement(0.25, 0, 0.6, 0, false)));
        });
        fx(flow::accept);
        waitFor(() -> fx(() -> flow.blockedProperty().get() != null));
        Thread.sleep(800);
        shot.take("adjust-blocked");
        fx(() -> {
            flow.adjust().reset();
            flow.adjust().zoomIn();
            flow.adjust().drag(-60, 20);
        });
        fx(flow::accept);
        waitFor(() -> fx(() -> flow.screen() == Screen.HANDOFF));
        shot.take("handoff");
        clock.advance(Duration.ofSeconds(115));
        fx(flow::tick);
        shot.take("handoff-countdown");
        delivery.printerProblem = FakeDelivery.paused();
        fx(flow::finish);
        shot.take("thanks");
        fx(flow::backToAttract);
        fx(flow::begin);
        fx(() -> flow.chooseFrame(flow.frames().getFirst()));
        feed.fault(id.bingkai.kiosk.fault.KioskFault.of(id.bingkai.kiosk.fault.KioskFault.Kind.CAMERA_UNPLUGGED,
                id.bingkai.core.i18n.Msg.of("kiosk.fault.camera.unplugged.admin", "/dev/video0")));
        waitFor(() -> fx(() -> flow.screen() == Screen.FAULT));
        shot.take("fault-camera");
        fx(flow::backToAttract);
        fx(flow::begin);
        fx(() -> flow.chooseFrame(flow.frames().getFirst()));
        fx(flow::takePhoto);
        clock.advance(Duration.ofSeconds(4));
        fx(flow::tick);
        waitFor(() -> fx(() -> flow.screen() == Screen.ADJUST));
        fx(flow::accept);
        waitFor(() -> fx(() -> flow.screen() == Screen.HANDOFF));
        shot.take("handoff-no-printer");
        fx(flow::backToAttract);
        for (int i = 0; i < AdminGate.TAPS; i++) {
            fx(rig.gate::cornerTap);
        }
        fx(() -> {
            rig.gate.digit(1);
            rig.gate.digit(2);
        });
        shot.take("pin");
        fx(() -> {
            rig.gate.digit(3);
            rig.gate.digit(4);
            rig.gate.submit();
        });
        waitFor(() -> fx(() -> flow.screen() == Screen.ADMIN));
        Thread.sleep(500);
        shot.take("admin");
        fx(rig.window::close);
        Platform.exit();
        background.shutdownNow();
        System.exit(0);
    }

    private record Shot(Path out, String layout) {
        void take(String screen) throws Exception {
            Thread.sleep(1500);
            fx(() -> null);
            Path file = out.resolve("kiosk-" + layout + "-" + screen + ".png");
            Process p = new ProcessBuilder("import", "-window", "root", "-colors", "256", file.toString())
                    .inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("import failed for " + file);
            }
            System.out.println(file);
        }
    }

    static void waitFor(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 300 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        if (!condition.getAsBoolean()) {
            throw new IllegalStateException("timed out");
        }
    }

    static void fx(Runnable r) {
        fx(() -> {
            r.run();
            return null;
        });
    }

    static <T> T fx(Callable<T> c) {
        FutureTask<T> task = new FutureTask<>(c);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
