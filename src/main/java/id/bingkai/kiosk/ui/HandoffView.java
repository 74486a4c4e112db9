// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import id.bingkai.core.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * Take the result home: the QR code of the download link, print when the printer is ready (otherwise a line
 * that says to use the QR code), USB, and "Selesai".
 */
final class HandoffView extends BorderPane {
    /** The QR code's side in pixels before the screen's scale; large enough for a phone at arm's length. */
    static final int QR_SIDE = 420;

    HandoffView(VisitorFlow flow, Messages m, boolean printConfigured) {
        getStyleClass().addAll("screen", "handoff");
        Handoff h = flow.handoff();
        setTop(KioskFx.label(m.get("kiosk.handoff.title"), "title"));
        FitImage result = new FitImage();
        result.setId("result");
        result.show(h.imageProperty().get());
        VBox controls = new VBox();
        controls.getStyleClass().add("controls");
        controls.setAlignment(Pos.TOP_CENTER);
        String link = h.linkProperty().get();
        if (link != null) {
            var qr = KioskFx.qr(link, QR_SIDE);
            qr.setId("download-qr");
            qr.setAccessibleText(m.get("kiosk.handoff.qr"));
            qr.setPreserveRatio(true);
            // Big enough for a phone at arm's length, small enough to leave the result and the buttons in view.
            qr.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> getWidth() >= getHeight() ? Math.min(getWidth() * 0.3, getHeight() * 0.42)
                            : Math.min(getWidth() * 0.45, getHeight() * 0.22),
                    widthProperty(), heightProperty()));
            controls.getChildren().addAll(KioskFx.label(m.get("kiosk.handoff.qr"), "hint"), qr);
        }
        Button print = KioskFx.button(m.get("kiosk.handoff.print"), "primary", h::print);
        print.setId("print");
        print.visibleProperty().bind(h.printOfferedProperty());
        print.managedProperty().bind(print.visibleProperty());
        print.disableProperty().bind(h.workingProperty());
        Label noPrint = KioskFx.label(m.get("kiosk.handoff.no-print"), "note");
        noPrint.setId("no-print");
        noPrint.visibleProperty().bind(h.printOfferedProperty().not().and(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> printConfigured)));
        noPrint.managedProperty().bind(noPrint.visibleProperty());
        Button usb = KioskFx.button(m.get("kiosk.handoff.usb"), "secondary", h::saveToUsb);
        usb.setId("usb");
        usb.visibleProperty().bind(h.usbOfferedProperty());
        usb.managedProperty().bind(usb.visibleProperty());
        usb.disableProperty().bind(h.workingProperty());
        Label outcome = KioskFx.label("", "note");
        outcome.setId("outcome");
        outcome.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> switch (h
                .outcomeProperty().get()) {
            case NONE -> "";
            case PRINTED -> m.get("kiosk.handoff.printed");
            case SAVED_USB -> m.get("kiosk.handoff.saved-usb");
            case PRINT_REFUSED, USB_FAILED -> h.refusalProperty().get() == null ? ""
                    : m.format(h.refusalProperty().get().visitor());
        }, h.outcomeProperty(), h.refusalProperty()));
        Button done = KioskFx.button(m.get("kiosk.handoff.done"), "primary", flow::finish);
        done.setId("done");
        for (Button b : new Button[] {print, usb, done}) {
            b.setMaxWidth(Double.MAX_VALUE);
        }
        controls.getChildren().addAll(print, noPrint, usb, outcome, done);
        setCenter(new Sides(result, controls, 24));
    }
}
