// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.Document;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Adjust by touch: drag the photo, pinch it, or use the big −, + and turn buttons; "Ulangi" takes another photo,
 * "Lanjut" makes the result — unless the guideline blocks it (a photo that leaves part of its place empty): then
 * what to change shows above the buttons until the photo is changed. The picture is the core renderer's preview.
 */
final class AdjustView extends BorderPane {
    private final VisitorFlow flow;
    private final FitImage preview = new FitImage();
    private Point2D last;

    AdjustView(VisitorFlow flow, Messages m) {
        this.flow = flow;
        getStyleClass().addAll("screen", "adjust");
        setTop(KioskFx.label(m.get("kiosk.adjust.title"), "title"));
        AdjustModel adjust = flow.adjust();
        Button out = KioskFx.button("−", "round", adjust::zoomOut);
        out.setId("zoom-out");
        out.setAccessibleText(m.get("kiosk.adjust.zoom-out"));
        Button in = KioskFx.button("+", "round", adjust::zoomIn);
        in.setId("zoom-in");
        in.setAccessibleText(m.get("kiosk.adjust.zoom-in"));
        Button turn = KioskFx.button("⟳", "round", adjust::turn);
        turn.setId("turn");
        turn.setAccessibleText(m.get("kiosk.adjust.turn"));
        HBox tools = new HBox(out, in, turn);
        tools.getStyleClass().add("tools");
        Button again = KioskFx.button(m.get("kiosk.adjust.retake"), "secondary", flow::retake);
        again.setId("retake");
        Button next = KioskFx.button(m.get("kiosk.adjust.next"), "primary", flow::accept);
        next.setId("accept");
        next.disableProperty().bind(flow.busyProperty());
        again.setMaxWidth(Double.MAX_VALUE);
        next.setMaxWidth(Double.MAX_VALUE);
        Label blocked = KioskFx.label("", "blocked");
        blocked.setId("adjust-blocked");
        blocked.visibleProperty().bind(flow.blockedProperty().isNotNull());
        blocked.managedProperty().bind(blocked.visibleProperty());
        blocked.textProperty().bind(flow.blockedProperty().map(msg -> m.get("kiosk.adjust.blocked", m.format(msg))));
        VBox controls = new VBox(KioskFx.label(m.get("kiosk.adjust.hint"), "hint"), tools, blocked, again, next);
        controls.getStyleClass().add("controls");
        VBox.setVgrow(tools, Priority.NEVER);
        setCenter(new Sides(preview, controls, 24));
        preview.setId("adjust-preview");
        preview.show(flow.previewProperty().get());
        flow.previewProperty().addListener((obs, old, image) -> preview.show(image));
        preview.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> last = new Point2D(e.getX(), e.getY()));
        preview.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        preview.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> last = null);
        preview.addEventHandler(ZoomEvent.ZOOM, e -> {
            Point2D c = toCanvas(e.getX(), e.getY());
            if (c != null) {
                adjust.pinch(e.getZoomFactor(), c.getX(), c.getY());
            }
            e.consume();
        });
        preview.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getTouchCount() == 0 && e.getDeltaY() != 0) {
                Point2D c = toCanvas(e.getX(), e.getY());
                if (c != null) {
                    adjust.pinch(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1, c.getX(), c.getY());
                }
            }
            e.consume();
        });
    }

    private void dragged(MouseEvent e) {
        if (last == null) {
            return;
        }
        double perPixel = canvasPerPixel();
        if (perPixel > 0) {
            flow.adjust().drag((e.getX() - last.getX()) * perPixel, (e.getY() - last.getY()) * perPixel);
        }
        last = new Point2D(e.getX(), e.getY());
    }

    /** Canvas units per screen pixel of the preview as shown. */
    private double canvasPerPixel() {
        Document doc = flow.adjust().document();
        double shown = preview.view().getBoundsInParent().getWidth();
        return doc == null || shown <= 0 ? 0 : doc.frame().canvas().width() / shown;
    }

    private Point2D toCanvas(double x, double y) {
        double perPixel = canvasPerPixel();
        if (perPixel <= 0) {
            return null;
        }
        var b = preview.view().getBoundsInParent();
        return new Point2D((x - b.getMinX()) * perPixel, (y - b.getMinY()) * perPixel);
    }
}
