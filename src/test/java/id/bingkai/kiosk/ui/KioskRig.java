// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import id.bingkai.core.guideline.GuidelineChecker;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.io.export.ImageExporter;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.pack.PackLimits;
import id.bingkai.core.io.pack.PackLoader;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.render.FontLibrary;
import id.bingkai.core.render.Renderer;
import id.bingkai.kiosk.fault.KioskFault;
import id.bingkai.kiosk.session.KioskCounters;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.stage.Stage;

/** The kiosk's screens on the core's real renderer and the built-in pack, with a feed and delivery the test gives. */
final class KioskRig {
    static final Renders RENDERS;
    static final FramePack PACK;
    static final ImageLoader IMAGES = new ImageLoader(PixelBudget.DEFAULT, Optional.empty());

    static {
        FontLibrary fonts = new FontLibrary();
        Renderer renderer = new Renderer(fonts);
        RENDERS = new Renders(renderer, IMAGES, new ImageExporter(), new GuidelineChecker(renderer, fonts));
        PACK = new PackLoader(IMAGES, PackLimits.DEFAULT).builtIn();
    }

    final VisitorFlow flow;
    final AdminGate gate;
    final KioskWindow window;
    final AdminActions admin;

    KioskRig(Stage stage, Messages m, FlowSettings settings, PhotoInput input, Delivery delivery, TestClock clock,
            Executor background, Executor ui, AdminActions admin, char[] pin) {
        this(stage, m, settings, input, delivery, clock, background, ui, admin, pin, Standing.AUTO);
    }

    KioskRig(Stage stage, Messages m, FlowSettings settings, PhotoInput input, Delivery delivery, TestClock clock,
            Executor background, Executor ui, AdminActions admin, char[] pin, Standing standing) {
        List<Frame> frames = PACK.frames().subList(0, Math.min(4, PACK.frames().size()));
        this.flow = new VisitorFlow(settings, PACK, frames, input, delivery, RENDERS, background, ui, clock,
                new KioskStatus(clock, new KioskCounters()));
        this.gate = new AdminGate(flow, tried -> java.util.Arrays.equals(tried, pin), background, ui, clock);
        this.admin = admin;
        List<BufferedImage> samples = Showcase.samples(RENDERS, PACK, frames, 720);
        Map<String, BufferedImage> thumbs = Showcase.thumbnails(RENDERS, PACK, frames, 360);
        ScreenFactory screens = new ScreenFactory(flow, gate, admin, m, FXCollections.observableArrayList(samples),
                thumbs, delivery.printConfigured(), background, ui);
        this.window = new KioskWindow(stage, flow, gate, screens, m, standing);
    }

    /** Admin actions that answer without devices. */
    static AdminActions quietAdmin(Runnable exit) {
        return new AdminActions() {
            @Override
            public List<Setting> configuration() {
                return List.of(new Setting("Sumber foto", "source.type", "replay"),
                        new Setting("Penyerahan", "handoff.qr", "192.168.8.10:8080, 10 menit"),
                        new Setting("Penyerahan", "handoff.print", "antrean bawaan, 2 per pengunjung"),
                        new Setting("Layar", "orientation", "portrait"));
            }

            @Override
            public String testCamera() {
                return "Kamera uji: 1280 × 720, gambar diterima";
            }

            @Override
            public Optional<KioskFault> printerProblem() {
                return Optional.of(FakeDelivery.paused());
            }

            @Override
            public String resumeQueue() {
                return "cupsenable Kios";
            }

            @Override
            public void exit() {
                exit.run();
            }
        };
    }
}
