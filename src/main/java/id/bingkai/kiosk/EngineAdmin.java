// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk;

import id.bingkai.core.i18n.Messages;
import id.bingkai.kiosk.config.HandoffConfig;
import id.bingkai.kiosk.config.KioskConfig;
import id.bingkai.kiosk.fault.KioskFault;
import id.bingkai.kiosk.ui.AdminActions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The admin screen's actions on the engine: the configuration (never the PIN hash), camera, printer, exit. */
final class EngineAdmin implements AdminActions {
    private final KioskSetup setup;
    private final Messages m;
    private final Runnable exit;

    EngineAdmin(KioskSetup setup, Messages m, Runnable exit) {
        this.setup = setup;
        this.m = m;
        this.exit = exit;
    }

    @Override
    public List<Setting> configuration() {
        KioskConfig c = setup.config();
        String source = m.get("kiosk.admin.cat.source");
        String handoff = m.get("kiosk.admin.cat.handoff");
        String screen = m.get("kiosk.admin.cat.screen");
        List<Setting> rows = new ArrayList<>();
        rows.add(new Setting(source, "pack", c.pack().map(String::valueOf).orElse(setup.pack().origin())));
        rows.add(new Setting(source, "frames", String.join(", ", setup.frames().stream().map(f -> f.id()).toList())));
        rows.add(new Setting(source, "source", describe(c)));
        rows.add(new Setting(source, "auto", String.valueOf(c.auto())));
        c.handoff().qr().ifPresent(q -> rows.add(new Setting(handoff, "qr", q.server().address() + ":"
                + q.server().port() + ", " + q.minutes() + " min" + q.wifi().map(w -> ", Wi-Fi " + w.ssid())
                .orElse(""))));
        c.handoff().print().ifPresent(p -> rows.add(new Setting(handoff, "print", p.queue().orElse("(default)")
                + ", " + p.copiesPerVisitor() + " / " + p.copiesPerEvent())));
        c.handoff().usb().map(HandoffConfig.Usb::folder).ifPresent(f -> rows.add(new Setting(handoff, "usb",
                String.valueOf(f))));
        rows.add(new Setting(screen, "idle", c.idle().screen() + " s, " + c.idle().handoff() + " s, "
                + c.idle().countdown() + " s"));
        rows.add(new Setting(screen, "language", c.language().code()));
        String standing = c.orientation().name().toLowerCase(java.util.Locale.ROOT);
        rows.add(new Setting(screen, "orientation", c.orientation() == KioskConfig.Orientation.AUTO ? standing
                : standing + ", rotation " + c.rotation() + "°"));
        rows.add(new Setting(screen, "adminPin", "••••"));
        return rows;
    }

    private static String describe(KioskConfig c) {
        return switch (c.source()) {
            case id.bingkai.kiosk.config.SourceConfig.Folder f -> "folder " + f.path()
                    + f.archive().map(a -> " → " + a).orElse("");
            case id.bingkai.kiosk.config.SourceConfig.Webcam w -> "webcam " + w.device().orElse("*") + ", "
                    + w.countdown() + " s";
            case id.bingkai.kiosk.config.SourceConfig.Phone p -> "phone";
            case id.bingkai.kiosk.config.SourceConfig.Replay r -> "replay, " + r.files().size();
        };
    }

    @Override
    public String testCamera() {
        return setup.webcam().map(cam -> {
            List<String> devices = cam.devices();
            if (devices.isEmpty()) {
                return m.get("kiosk.admin.camera.none");
            }
            String frame = cam.preview().map(img -> img.getWidth() + " × " + img.getHeight()).orElse("—");
            return m.get("kiosk.admin.camera.found", String.join(", ", devices), frame);
        }).orElse(m.get("kiosk.admin.camera.not-used"));
    }

    @Override
    public Optional<KioskFault> printerProblem() {
        return setup.delivery().printerProblem();
    }

    @Override
    public String resumeQueue() {
        if (!setup.delivery().printConfigured()) {
            return m.get("kiosk.admin.printer.not-used");
        }
        return setup.delivery().resumePrinter().map(fault -> m.format(fault.admin()))
                .orElse(m.get("kiosk.admin.resume.done"));
    }

    @Override
    public void exit() {
        exit.run();
    }
}
