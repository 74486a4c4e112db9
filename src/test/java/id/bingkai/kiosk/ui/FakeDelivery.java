// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import id.bingkai.core.i18n.Msg;
import id.bingkai.kiosk.fault.KioskFault;
import id.bingkai.kiosk.fault.Outcome;
import id.bingkai.kiosk.session.KioskCounters;
import id.bingkai.kiosk.session.LinkRevoker;
import id.bingkai.kiosk.session.VisitorSession;
import id.bingkai.kiosk.session.Wipe;
import id.bingkai.kiosk.source.Capture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The engine's real session and wipe; made-up links; a printer whose answer the test sets; USB into a folder. */
final class FakeDelivery implements Delivery {
    static final String LINK = "http://192.168.8.10:8080/d/A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0U1v";
    private final Path root;
    private final Wipe wipe;
    private VisitorSession session;
    volatile KioskFault printerProblem;
    volatile boolean print = true;
    volatile boolean usb = true;
    volatile int wipes;
    volatile int printed;

    FakeDelivery(Path root, KioskCounters counters) {
        this.root = root;
        this.wipe = new Wipe(root.resolve("work"), Optional.empty(), LinkRevoker.NONE, counters);
    }

    static KioskFault paused() {
        return KioskFault.of(KioskFault.Kind.PRINTER_NOT_READY, Msg.of("kiosk.fault.screen.admin", "Kios",
                "paused"));
    }

    private VisitorSession session() throws IOException {
        if (session == null) {
            session = wipe.begin();
        }
        return session;
    }

    Path workFolder() {
        return root.resolve("work");
    }

    @Override
    public synchronized Path newFile(String stem, String extension) throws IOException {
        return session().newFile(stem, extension);
    }

    @Override
    public synchronized void took(Capture capture) throws IOException {
        session().took(capture);
    }

    @Override
    public Optional<String> publish(Path result) {
        return Optional.of(LINK);
    }

    @Override
    public boolean printConfigured() {
        return print;
    }

    @Override
    public Optional<KioskFault> printerProblem() {
        return Optional.ofNullable(printerProblem);
    }

    @Override
    public Optional<KioskFault> print(Path result) {
        if (printerProblem != null) {
            return Optional.of(printerProblem);
        }
        printed++;
        return Optional.empty();
    }

    @Override
    public boolean usbConfigured() {
        return usb;
    }

    @Override
    public Outcome<Path> saveToUsb(Path result) {
        try {
            Path usbDir = Files.createDirectories(root.resolve("usb"));
            return Outcome.ok(Files.copy(result, usbDir.resolve(result.getFileName())));
        } catch (IOException e) {
            return Outcome.failed(KioskFault.of(KioskFault.Kind.USB_MISSING, Msg.of("kiosk.fault.usb.admin",
                    root, e.getMessage())));
        }
    }

    @Override
    public synchronized List<Msg> wipe() {
        wipes++;
        if (session == null) {
            return List.of();
        }
        List<Msg> problems = wipe.wipe(session);
        session = null;
        return problems;
    }
}
