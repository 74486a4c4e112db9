// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk;

import id.bingkai.core.i18n.Messages;
import id.bingkai.kiosk.fault.KioskFault;
import id.bingkai.kiosk.server.LanServer;
import id.bingkai.kiosk.ui.AdminGate;
import id.bingkai.kiosk.ui.KioskStatus;
import id.bingkai.kiosk.ui.KioskWindow;
import id.bingkai.kiosk.ui.Renders;
import id.bingkai.kiosk.ui.ScreenFactory;
import id.bingkai.kiosk.ui.Showcase;
import id.bingkai.kiosk.ui.Standing;
import id.bingkai.kiosk.ui.VisitorFlow;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Stage;

/**
 * Starts JavaFX and the kiosk window on a checked setup, and blocks until the admin's exit. Work off the FX thread
 * runs on one background thread, in order: a visit's wipe always finishes before the next visit writes.
 */
final class KioskApp {
    /** Width of the attract loop's sample results and of the frame tiles. */
    static final int SAMPLE_WIDTH = 900;
    static final int TILE_WIDTH = 420;

    private final KioskSetup setup;
    private final Messages m;
    private final PrintWriter err;

    KioskApp(KioskSetup setup, Messages m, PrintWriter err) {
        this.setup = setup;
        this.m = m;
        this.err = err;
    }

    int run() {
        Logger.getLogger("javafx").setLevel(Level.SEVERE);
        setup.wipe().sweep();
        ExecutorService background = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon()
                .name("bingkai-kiosk").factory());
        try {
            Platform.setImplicitExit(false);
            Platform.startup(() -> { });
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            err.println(m.get("kiosk.launch.no-display", String.valueOf(e.getMessage())));
            err.flush();
            background.shutdownNow();
            return KioskLauncher.FAILURE;
        }
        List<KioskFault> startFaults = new ArrayList<>();
        setup.server().ifPresent(server -> server.start().ifPresent(startFaults::add));
        var services = setup.services();
        Renders renders = new Renders(services.renderer(), services.images(), services.exporter(),
                services.checker());
        Map<String, BufferedImage> tiles = Showcase.thumbnails(renders, setup.pack(), setup.frames(), TILE_WIDTH);
        ObservableList<BufferedImage> samples = FXCollections.observableArrayList();
        CountDownLatch closed = new CountDownLatch(1);
        InstantSource clock = InstantSource.system();
        Platform.runLater(() -> {
            VisitorFlow flow = new VisitorFlow(setup.settings(), setup.pack(), setup.frames(), setup.input(),
                    setup.delivery(), renders, background, Platform::runLater, clock,
                    new KioskStatus(clock, setup.counters()));
            startFaults.forEach(flow.status()::report);
            AdminGate gate = new AdminGate(flow, setup.config().adminPin()::matches, background, Platform::runLater,
                    clock);
            KioskWindow[] window = new KioskWindow[1];
            EngineAdmin admin = new EngineAdmin(setup, m, () -> {
                window[0].close();
                closed.countDown();
            });
            ScreenFactory screens = new ScreenFactory(flow, gate, admin, m, samples, tiles,
                    setup.delivery().printConfigured(), background, Platform::runLater);
            window[0] = new KioskWindow(new Stage(), flow, gate, screens, m,
                    Standing.of(setup.config()));
            window[0].show();
        });
        background.execute(() -> {
            var made = Showcase.samples(renders, setup.pack(), setup.frames(), SAMPLE_WIDTH);
            Platform.runLater(() -> samples.setAll(made));
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        setup.input().source().stop();
        setup.delivery().wipe();
        setup.server().ifPresent(LanServer::stop);
        background.shutdownNow();
        Platform.exit();
        return KioskLauncher.OK;
    }
}
