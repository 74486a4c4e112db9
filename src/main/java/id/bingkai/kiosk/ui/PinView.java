// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import id.bingkai.core.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The admin's PIN pad: dots for the digits typed, a big keypad, the state (wrong, locked for so many seconds). */
final class PinView extends VBox {
    PinView(AdminGate gate, Messages m) {
        getStyleClass().addAll("screen", "pin");
        setAlignment(Pos.CENTER);
        Label dots = KioskFx.label("", "dots");
        dots.setId("pin-dots");
        dots.textProperty().bind(Bindings.createStringBinding(() -> "●".repeat(gate.digitsProperty().get()),
                gate.digitsProperty()));
        Label state = KioskFx.label("", "hint");
        state.setId("pin-state");
        state.textProperty().bind(Bindings.createStringBinding(() -> switch (gate.stateProperty().get()) {
            case ENTER -> m.get("kiosk.pin.enter");
            case CHECKING -> m.get("kiosk.pin.checking");
            case WRONG -> m.get("kiosk.pin.wrong");
            case LOCKED -> m.get("kiosk.pin.locked", gate.lockSecondsProperty().get());
        }, gate.stateProperty(), gate.lockSecondsProperty()));
        GridPane pad = new GridPane();
        pad.getStyleClass().add("pad");
        pad.setAlignment(Pos.CENTER);
        for (int d = 1; d <= 9; d++) {
            pad.add(key(String.valueOf(d), gate, d), (d - 1) % 3, (d - 1) / 3);
        }
        Button erase = KioskFx.button("⌫", "key", gate::erase);
        erase.setAccessibleText(m.get("kiosk.pin.erase"));
        erase.setId("pin-erase");
        pad.add(erase, 0, 3);
        pad.add(key("0", gate, 0), 1, 3);
        Button ok = KioskFx.button(m.get("kiosk.pin.ok"), "key", gate::submit);
        ok.setId("pin-ok");
        pad.add(ok, 2, 3);
        Button cancel = KioskFx.button(m.get("kiosk.cancel"), "secondary", gate::leave);
        getChildren().addAll(KioskFx.label(m.get("kiosk.pin.title"), "title"), dots, state, pad, cancel);
    }

    private static Button key(String text, AdminGate gate, int digit) {
        Button b = KioskFx.button(text, "key", () -> gate.digit(digit));
        b.setId("pin-" + digit);
        return b;
    }
}
