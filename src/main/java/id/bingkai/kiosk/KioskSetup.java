// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk;

import id.bingkai.core.error.Problem;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.kiosk.config.HandoffConfig;
import id.bingkai.kiosk.config.KioskConfig;
import id.bingkai.kiosk.config.KioskConfigException;
import id.bingkai.kiosk.config.SourceConfig;
import id.bingkai.kiosk.print.CupsQueue;
import id.bingkai.kiosk.print.PrinterGate;
import id.bingkai.kiosk.print.ProcessRunner;
import id.bingkai.kiosk.server.LanServer;
import id.bingkai.kiosk.server.Link;
import id.bingkai.kiosk.server.ServerLimits;
import id.bingkai.kiosk.server.Tokens;
import id.bingkai.kiosk.session.KioskCounters;
import id.bingkai.kiosk.session.LinkRevoker;
import id.bingkai.kiosk.session.Wipe;
import id.bingkai.kiosk.source.FolderSource;
import id.bingkai.kiosk.source.OpenPnpCameras;
import id.bingkai.kiosk.source.PhoneUploadSource;
import id.bingkai.kiosk.source.ReplaySource;
import id.bingkai.kiosk.source.WebcamSource;
import id.bingkai.kiosk.ui.FlowSettings;
import id.bingkai.kiosk.ui.PhotoInput;
import id.bingkai.wiring.Services;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything the kiosk needs that does not need a screen, built from a valid configuration: the pack and the frames
 * on offer, the photo source, the visit's delivery, the timings. Fails with the config's problems (a frame id the
 * pack does not have) before any window opens.
 */
record KioskSetup(KioskConfig config, Services services, FramePack pack, List<Frame> frames, PhotoInput input,
        EngineDelivery delivery, KioskCounters counters, Wipe wipe, FlowSettings settings,
        Optional<WebcamSource> webcam, Optional<LanServer> server) {
    /** How often the hot folder is looked at. */
    static final Duration FOLDER_POLL = Duration.ofMillis(500);
    /** How long a phone's upload address stays open. */
    static final Duration UPLOAD_LIFE = Duration.ofMinutes(10);
    /** "Terima kasih" stays this long. */
    static final Duration THANKS = Duration.ofSeconds(8);

    static KioskSetup of(KioskConfig config, Path configFile, Services services) {
        FramePack pack = config.pack().map(services.packs()::load).orElseGet(services.packs()::builtIn);
        List<Frame> frames = frames(config, configFile, pack);
        KioskCounters counters = new KioskCounters();
        Optional<Path> archive = config.source() instanceof SourceConfig.Folder f ? f.archive() : Optional.empty();
        Messages kioskLanguage = new Messages(Locale.of(config.language().code()));
        Optional<LanServer> server = config.server().map(bind -> new LanServer(bind, ServerLimits.DEFAULT,
                kioskLanguage, services.images(), counters, Instant::now, new Tokens(new SecureRandom())));
        Wipe wipe = new Wipe(workRoot(), archive, server.<LinkRevoker>map(s -> s).orElse(LinkRevoker.NONE),
                counters);
        String caption = pack.caption().get(kioskLanguage.locale());
        EngineDelivery.Links links = config.handoff().qr().flatMap(qr -> server.map(s -> EngineDelivery.Links.lan(s, Duration.ofMinutes(qr.minutes()), caption)))
                .orElse(EngineDelivery.Links.NONE);
        Optional<EngineDelivery.Printer> printer = config.handoff().print().map(print -> new GatePrinter(
                new PrinterGate(new CupsQueue(print.queue(), new ProcessRunner(Optional.empty())), print, counters)));
        EngineDelivery delivery = new EngineDelivery(wipe, links, printer,
                config.handoff().usb().map(u -> u.folder()));
        Optional<WebcamSource> webcam = Optional.empty();
        PhotoInput input;
        int shutter = 3;
        switch (config.source()) {
            case SourceConfig.Folder f -> input = PhotoInput.of(PhotoInput.Kind.FOLDER,
                    new FolderSource(f.path(), services.images(), FOLDER_POLL));
            case SourceConfig.Replay r -> input = PhotoInput.of(PhotoInput.Kind.REPLAY,
                    new ReplaySource(r.files(), config.auto()));
            case SourceConfig.Webcam w -> {
                WebcamSource cam = new WebcamSource(new OpenPnpCameras(), w.device(), () -> {
                    try {
                        return delivery.newFile("foto", "jpg");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, services.exporter(), true);
                webcam = Optional.of(cam);
                shutter = w.countdown();
                input = new PhotoInput(PhotoInput.Kind.WEBCAM, cam, cam::preview, Optional::empty);
            }
            case SourceConfig.Phone p -> {
                // The config reader makes sure a phone source has a server (its own address or handoff.qr's).
                PhoneUploadSource phone = new PhoneUploadSource(server.orElseThrow(), () -> {
                    try {
                        return delivery.newFile("unggahan", "jpg");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, UPLOAD_LIFE);
                input = new PhotoInput(PhotoInput.Kind.PHONE, phone, Optional::empty,
                        () -> phone.link().map(Link::url));
            }
        }
        var idle = config.idle();
        FlowSettings settings = new FlowSettings(Duration.ofSeconds(idle.screen()), Duration.ofSeconds(idle.handoff()),
                Duration.ofSeconds(idle.countdown()), Duration.ofSeconds(shutter), THANKS, config.auto());
        return new KioskSetup(config, services, pack, frames, input, delivery, counters, wipe, settings, webcam,
                server);
    }

    private static List<Frame> frames(KioskConfig config, Path configFile, FramePack pack) {
        if (config.frames().isEmpty()) {
            return pack.frames();
        }
        List<Frame> chosen = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String known = String.join(", ", pack.frames().stream().map(Frame::id).toList());
        for (int i = 0; i < config.frames().size(); i++) {
            String id = config.frames().get(i);
            int at = i;
            pack.frame(id).ifPresentOrElse(chosen::add, () -> problems.add(new Problem(
                    String.valueOf(configFile.getFileName()), "frames[" + at + "]",
                    Msg.of("kiosk.launch.frame-unknown", id, known))));
        }
        if (!problems.isEmpty()) {
            throw new KioskConfigException(configFile, problems);
        }
        return List.copyOf(chosen);
    }

    /** Where visits keep their files: the same place every run, so a start after a crash can sweep it. */
    static Path workRoot() {
        String user = System.getProperty("user.name", "kiosk").replaceAll("[^A-Za-z0-9_.-]", "_");
        return Path.of(System.getProperty("java.io.tmpdir"), "bingkai-kiosk-" + user);
    }
}
