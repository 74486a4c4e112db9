// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import javafx.geometry.Pos;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;

/** A screen of a few big lines that a touch leaves: "Terima kasih", and the fault screens. */
final class MessageView extends VBox {
    MessageView(String styleClass, Runnable onTouch, String title, String... lines) {
        getStyleClass().addAll("screen", "message", styleClass);
        setAlignment(Pos.CENTER);
        getChildren().add(KioskFx.label(title, "title"));
        for (String line : lines) {
            getChildren().add(KioskFx.label(line, "subtitle"));
        }
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> onTouch.run());
    }
}
