// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import id.bingkai.core.guideline.Finding;
import id.bingkai.core.model.Document;
import id.bingkai.kiosk.fault.KioskFault;
import id.bingkai.kiosk.fault.Outcome;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
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
 * The hand-off screen: the result, its QR link, print only when the printer says it is ready (the QR code
 * otherwise), USB. Properties change on the FX thread; the engine is called on {@code background}.
 */
public final class Handoff {
    /** Width of the result as the hand-off screen shows it. */
    static final int SHOWN_WIDTH = 720;

    /** What the last button did, for the line under the buttons. */
    public enum Last { NONE, PRINTED, PRINT_REFUSED, SAVED_USB, USB_FAILED }

    private final Delivery delivery;
    private final Executor background;
    private final Executor ui;
    private final KioskStatus status;
    private final ReadOnlyObjectWrapper<BufferedImage> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final ReadOnlyStringWrapper link = new ReadOnlyStringWrapper(this, "link");
    private final ReadOnlyBooleanWrapper printOffered = new ReadOnlyBooleanWrapper(this, "printOffered");
    private final ReadOnlyBooleanWrapper usbOffered = new ReadOnlyBooleanWrapper(this, "usbOffered");
    private final ReadOnlyObjectWrapper<Last> outcome = new ReadOnlyObjectWrapper<>(this, "outcome",
            Last.NONE);
    private final ReadOnlyObjectWrapper<KioskFault> refusal = new ReadOnlyObjectWrapper<>(this, "refusal");
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

    public ReadOnlyObjectProperty<Last> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Why print or USB was refused, for the line under the buttons. */
    public ReadOnlyObjectProperty<KioskFault> refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** The written result while the hand-off screen shows (tests check it on disk, and that the wipe removes it). */
    public Optional<Path> result() {
        return Optional.ofNullable(result);
    }

    /**
     * Off the FX thread: asks the guideline first (a blocked result is not written: {@code blocked} gets the findings
     * and the visitor stays on the adjust screen), then writes the result, renders what the screen shows, publishes
     * the link and asks the printer; {@code done} or {@code failed} on the FX thread, for the visit still current.
     */
    void prepare(Document doc, Renders.Photo photo, Renders renders, int forVisit, IntConsumer done,
            Consumer<List<Finding>> blocked, Consumer<KioskFault> failed) {
        visit = forVisit;
        background.execute(() -> {
            Path target = null;
            try {
                List<Finding> stop = renders.blocking(doc, photo);
                if (!stop.isEmpty()) {
                    ui.execute(() -> {
                        if (forVisit == visit) {
                            blocked.accept(stop);
                        }
                    });
                    return;
                }
                target = delivery.newFile("hasil", "jpg");
                Path written = renders.result(doc, photo, target);
                BufferedImage shown = renders.render(doc, photo, SHOWN_WIDTH);
                Optional<String> url = delivery.publish(written);
                Optional<KioskFault> printer = delivery.printConfigured() ? delivery.printerProblem()
                        : Optional.empty();
                boolean usb = delivery.usbConfigured();
                ui.execute(() -> {
                    printer.ifPresent(status::report);
                    if (forVisit != visit) {
                        return;
                    }
                    result = written;
                    image.set(shown);
                    link.set(url.orElse(null));
                    printOffered.set(delivery.printConfigured() && printer.isEmpty());
                    usbOffered.set(usb);
                    outcome.set(Last.NONE);
                    done.accept(forVisit);
                });
            } catch (Exception e) {
                KioskFault fault = Faults.writing(target == null ? Path.of(".") : target, e);
                ui.execute(() -> {
                    status.report(fault);
                    if (forVisit == visit) {
                        failed.accept(fault);
                    }
                });
            }
        });
    }

    /** Prints one copy; the engine checks the printer again first and may refuse (then the QR stays offered). */
    public void print() {
        Path file = result;
        if (file == null || !printOffered.get() || working.get()) {
            return;
        }
        working.set(true);
        int forVisit = visit;
        background.execute(() -> {
            Optional<KioskFault> refused = delivery.print(file);
            ui.execute(() -> {
                working.set(false);
                refused.ifPresent(status::report);
                if (forVisit != visit) {
                    return;
                }
                refused.ifPresentOrElse(fault -> {
                    printOffered.set(false);
                    refusal.set(fault);
                    outcome.set(Last.PRINT_REFUSED);
                }, () -> outcome.set(Last.PRINTED));
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
            Outcome<Path> saved = delivery.saveToUsb(file);
            ui.execute(() -> {
                working.set(false);
                if (saved instanceof Outcome.Failed<Path> f) {
                    status.report(f.fault());
                }
                if (forVisit != visit) {
                    return;
                }
                if (saved instanceof Outcome.Failed<Path> f) {
                    refusal.set(f.fault());
                    outcome.set(Last.USB_FAILED);
                } else {
                    status.counters().savedToUsb();
                    outcome.set(Last.SAVED_USB);
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
        outcome.set(Last.NONE);
        refusal.set(null);
        working.set(false);
        background.execute(() -> {
            var problems = delivery.wipe();
            if (!problems.isEmpty()) {
                ui.execute(() -> problems.forEach(p -> status.report(
                        KioskFault.of(KioskFault.Kind.DISK_FULL, p))));
            }
        });
    }
}
