// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk;

import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.kiosk.fault.KioskFault;
import id.bingkai.kiosk.fault.Outcome;
import id.bingkai.kiosk.server.LanServer;
import id.bingkai.kiosk.server.Link;
import id.bingkai.kiosk.session.VisitorSession;
import id.bingkai.kiosk.session.Wipe;
import id.bingkai.kiosk.source.Capture;
import id.bingkai.kiosk.ui.Delivery;
import id.bingkai.kiosk.usb.UsbHandoff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The screens' {@link Delivery} on the engine: one {@link VisitorSession} per visit, begun when the visit first needs
 * a file and ended by {@link Wipe}; USB through {@link UsbHandoff}. QR links and the printer come through
 * {@link Links} and {@link Printer}, which are empty when the configuration does not ask for them. Synchronized:
 * the screens, a webcam's grab thread and the server may call it.
 */
public final class EngineDelivery implements Delivery {
    /** Publishes a file for download; the link, or empty. */
    public interface Links {
        Optional<String> publish(VisitorSession session, Path file);

        Links NONE = (session, file) -> Optional.empty();

        /** The result published on the LAN server for {@code life}; the link is revoked with the visit. */
        static Links lan(LanServer server, Duration life, String caption) {
            return (session, file) -> {
                try {
                    Link link = server.publish(Files.readAllBytes(file), "jpg", caption, life);
                    session.linked(link.token());
                    return Optional.of(link.url());
                } catch (IOException e) {
                    return Optional.empty();
                }
            };
        }
    }

    /** The printer gate as the hand-off needs it. */
    public interface Printer {
        Optional<KioskFault> problem();

        Optional<KioskFault> print(VisitorSession session, Path file);

        /** The admin's "resume queue" (after paper was refilled): the problem left, if any. */
        Optional<KioskFault> resume();
    }

    private final Wipe wipe;
    private final Links links;
    private final Optional<Printer> printer;
    private final Optional<UsbHandoff> usb;
    private VisitorSession session;

    public EngineDelivery(Wipe wipe, Links links, Optional<Printer> printer, Optional<Path> usbFolder) {
        this.wipe = Objects.requireNonNull(wipe);
        this.links = Objects.requireNonNull(links);
        this.printer = Objects.requireNonNull(printer);
        this.usb = usbFolder.map(folder -> new UsbHandoff(folder, new AtomicFiles(), LocalDateTime::now));
    }

    synchronized VisitorSession session() throws IOException {
        if (session == null || session.ended()) {
            session = wipe.begin();
        }
        return session;
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
    public synchronized Optional<String> publish(Path result) {
        return session == null ? Optional.empty() : links.publish(session, result);
    }

    @Override
    public boolean printConfigured() {
        return printer.isPresent();
    }

    @Override
    public Optional<KioskFault> printerProblem() {
        return printer.flatMap(Printer::problem);
    }

    @Override
    public synchronized Optional<KioskFault> print(Path result) {
        if (printer.isEmpty() || session == null) {
            return Optional.of(KioskFault.of(KioskFault.Kind.PRINTER_NOT_READY,
                    Msg.of("kiosk.launch.no-printer")));
        }
        return printer.get().print(session, result);
    }

    /** Resumes the print queue for the admin; empty when the printer is ready afterwards. */
    public Optional<KioskFault> resumePrinter() {
        return printer.isEmpty() ? Optional.of(KioskFault.of(KioskFault.Kind.PRINTER_NOT_READY,
                Msg.of("kiosk.launch.no-printer"))) : printer.get().resume();
    }

    @Override
    public boolean usbConfigured() {
        return usb.isPresent() && usb.get().ready();
    }

    @Override
    public Outcome<Path> saveToUsb(Path result) {
        if (usb.isEmpty()) {
            return Outcome.failed(KioskFault.of(KioskFault.Kind.USB_MISSING, Msg.of("kiosk.launch.no-usb")));
        }
        try {
            return usb.get().save(Files.readAllBytes(result), "jpg");
        } catch (IOException e) {
            return Outcome.failed(KioskFault.of(KioskFault.Kind.DISK_FULL,
                    Msg.of("kiosk.fault.screen.admin", result, String.valueOf(e.getMessage()))));
        }
    }

    @Override
    public synchronized List<Msg> wipe() {
        if (session == null) {
            return List.of();
        }
        List<Msg> problems = wipe.wipe(session);
        session = null;
        return problems;
    }
}
