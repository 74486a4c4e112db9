// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import id.bingkai.core.model.Document;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The hand-off screen: the result, its QR link, print only when the printer says it is ready (QR otherwise), USB.
 * Properties change on the FX thread; the engine is called on {@code background}.
 */
public final class Handoff {
    /** What the last button did, for the line under the buttons. */
    public enum Outcome { NONE, PRINTED, PRINT_REFUSED, SAVED_USB, USB_FAILED }

    private final Delivery delivery;
    private final Executor background;
    private final Executor ui;
    private final KioskStatus status;
    private final ReadOnlyObjectWrapper<BufferedImage> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final ReadOnlyStringWrapper link = new ReadOnlyStringWrapper(this, "link");
    private final ReadOnlyBooleanWrapper printOffered = new ReadOnlyBooleanWrapper(this, "printOffered");
    private final ReadOnlyBooleanWrapper usbOffered = new ReadOnlyBooleanWrapper(this, "usbOffered");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome", Outcome.NONE);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");
    private Path result;
    private int visit;

    Handoff(Delivery delivery, Executor background, Executor ui, KioskStatus status) {
        this.delivery = delivery;
        this.background = background;
        this.ui = ui;
        this.status = status;
    }

    public ReadOnlyObjectProperty<BufferedImage> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** The download link the QR code carries; null without QR hand-off. */
    public ReadOnlyStringProperty linkProperty() {
        return link.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty printOfferedProperty() {
        return printOffered.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty usbOfferedProperty() {
        return usbOffered.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** The written result while the hand-off screen shows (tests check it on disk, and that the wipe removes it). */
    public Optional<Path> result() {
        return Optional.ofNullable(result);
    }

    void prepare(Document doc, Renders.Photo photo, Renders renders, int forVisit, IntConsumer done,
            Consumer<KioskFault> failed) {
        visit = forVisit;
        background.execute(() -> {
            try {
                Path written = renders.result(doc, photo, delivery.visitFolder());
                BufferedImage shown = renders.render(doc, photo, 720);
                Optional<String> url = delivery.publish(written);
                boolean print = delivery.printConfigured() && delivery.printerProblem()
                        .map(reason -> reportLater(KioskFault.PRINTER_NOT_READY, reason)).isEmpty();
                boolean usb = delivery.usbConfigured();
                ui.execute(() -> {
                    if (forVisit != visit) {
                        return;
                    }
                    result = written;
                    image.set(shown);
                    link.set(url.orElse(null));
                    printOffered.set(print);
                    usbOffered.set(usb);
                    outcome.set(Outcome.NONE);
                    done.accept(forVisit);
                });
            } catch (IOException | RuntimeException e) {
                KioskFault what = diskFull(e) ? KioskFault.DISK_FULL : KioskFault.UNEXPECTED;
                ui.execute(() -> {
                    status.report(what, String.valueOf(e.getMessage()));
                    if (forVisit == visit) {
                        failed.accept(what);
                    }
                });
            }
        });
    }

    /** Prints one copy; the gate checks the printer again first and may refuse (then the QR stays offered). */
    public void print() {
        Path file = result;
        if (file == null || !printOffered.get() || working.get()) {
            return;
        }
        working.set(true);
        int forVisit = visit;
        background.execute(() -> {
            Optional<String> refused = delivery.print(file);
            ui.execute(() -> {
                working.set(false);
                refused.ifPresentOrElse(reason -> {
                    status.report(KioskFault.PRINTER_NOT_READY, reason);
                    if (forVisit == visit) {
                        printOffered.set(false);
                        outcome.set(Outcome.PRINT_REFUSED);
                    }
                }, () -> {
                    status.printed();
                    if (forVisit == visit) {
                        outcome.set(Outcome.PRINTED);
                    }
                });
            });
        });
    }

    public void saveToUsb() {
        Path file = result;
        if (file == null || !usbOffered.get() || working.get()) {
            return;
        }
        working.set(true);
        int forVisit = visit;
        background.execute(() -> {
            Outcome done;
            try {
                delivery.saveToUsb(file);
                done = Outcome.SAVED_USB;
            } catch (IOException | RuntimeException e) {
                done = Outcome.USB_FAILED;
                String reason = String.valueOf(e.getMessage());
                KioskFault what = diskFull(e) ? KioskFault.DISK_FULL : KioskFault.UNEXPECTED;
                ui.execute(() -> status.report(what, "USB: " + reason));
            }
            Outcome shown = done;
            ui.execute(() -> {
                working.set(false);
                if (shown == Outcome.SAVED_USB) {
                    status.savedToUsb();
                }
                if (forVisit == visit) {
                    outcome.set(shown);
                }
            });
        });
    }

    /** Forgets the visit on screen and has the engine delete its files and revoke its links. */
    void wipe() {
        visit = -1;
        result = null;
        image.set(null);
        link.set(null);
        printOffered.set(false);
        usbOffered.set(false);
        outcome.set(Outcome.NONE);
        working.set(false);
        background.execute(() -> {
            delivery.wipe();
            int total = delivery.downloads();
            ui.execute(() -> status.downloads(total));
        });
    }

    private String reportLater(KioskFault fault, String reason) {
        ui.execute(() -> status.report(fault, reason));
        return reason;
    }

    static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("No space left") || m.contains("not enough space")
                    || m.contains("Disk quota exceeded"))) {
                return true;
            }
            if (t instanceof FileSystemException fse && fse.getReason() != null
                    && fse.getReason().contains("No space")) {
                return true;
            }
        }
        return false;
    }
}
