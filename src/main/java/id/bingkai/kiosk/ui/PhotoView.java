// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import id.bingkai.core.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The photo: a webcam's live preview with the shutter button and its 3-2-1; "waiting for the photo" for a hot
 * folder; the upload page's QR code for a phone.
 */
final class PhotoView extends BorderPane implements Ticking {
    private final VisitorFlow flow;
    private final FitImage live = new FitImage();

    PhotoView(VisitorFlow flow, Messages m) {
        this.flow = flow;
        getStyleClass().addAll("screen", "photo");
        PhotoInput input = flow.input();
        StackPane centre = new StackPane();
        HBox bottom = new HBox();
        bottom.getStyleClass().add("bar");
        bottom.getChildren().add(KioskFx.button(m.get("kiosk.cancel"), "secondary", flow::backToAttract));
        switch (input.kind()) {
            case WEBCAM, REPLAY -> {
                setTop(KioskFx.label(m.get("kiosk.photo.camera"), "title"));
                Label count = KioskFx.label("", "shutter");
                count.textProperty().bind(flow.shutter().countProperty().asString());
                count.visibleProperty().bind(flow.shutter().countProperty().greaterThan(0));
                centre.getChildren().addAll(live, count);
                var shoot = KioskFx.button(m.get("kiosk.photo.take"), "primary", flow::takePhoto);
                shoot.setId("take-photo");
                shoot.disableProperty().bind(flow.shutter().countProperty().greaterThan(0).or(flow.busyProperty()));
                bottom.getChildren().add(shoot);
            }
            case FOLDER -> {
                setTop(KioskFx.label(m.get("kiosk.photo.folder"), "title"));
                centre.getChildren().add(waiting(m.get("kiosk.photo.folder.hint")));
            }
            case PHONE -> {
                setTop(KioskFx.label(m.get("kiosk.photo.phone"), "title"));
                VBox box = new VBox();
                box.getStyleClass().add("qr-box");
                box.setAlignment(Pos.CENTER);
                input.uploadLink().get().ifPresent(link -> {
                    box.getChildren().add(KioskFx.qr(link, 480));
                    box.getChildren().add(KioskFx.label(link, "link"));
                });
                box.getChildren().add(KioskFx.label(m.get("kiosk.photo.phone.hint"), "hint"));
                centre.getChildren().add(box);
            }
        }
        Label busy = KioskFx.label(m.get("kiosk.photo.busy"), "busy");
        busy.visibleProperty().bind(flow.busyProperty());
        centre.getChildren().add(busy);
        setCenter(centre);
        setBottom(bottom);
    }

    private static VBox waiting(String text) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("spinner");
        VBox box = new VBox(spinner, KioskFx.label(text, "hint"));
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("waiting");
        return box;
    }

    @Override
    public void tick() {
        flow.input().preview().get().ifPresent(live::show);
    }
}
