// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.common;

import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import javafx.util.StringConverter;

/** Small builders so that every control gets its accessible text and tooltip the same way. */
public final class Controls {
    private Controls() {
    }

    public static Button button(String text, String help, Runnable action) {
        Button b = new Button(text);
        b.setOnAction(e -> action.run());
        describe(b, text, help);
        return b;
    }

    public static Button primary(String text, String help, Runnable action) {
        Button b = button(text, help, action);
        b.getStyleClass().add("primary");
        return b;
    }

    /** Screen readers read {@code name}; the tooltip and the accessible help say what it does (and its key). */
    public static <C extends Control> C describe(C control, String name, String help) {
        control.setAccessibleText(name);
        if (help != null && !help.isBlank()) {
            control.setAccessibleHelp(help);
            Tooltip tip = new Tooltip(help);
            tip.setShowDelay(Duration.millis(400));
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            control.setTooltip(tip);
        }
        return control;
    }

    /**
     * How a choice box or combo box shows its items (in its list and on its button): {@code text} of each, nothing for
     * no item. The items are chosen, never typed, so nothing is read back.
     */
    public static <T> StringConverter<T> shownAs(Function<? super T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String typed) {
                return null;
            }
        };
    }

    public static Label sectionTitle(String text) {
        Label l = new Label(text.toUpperCase(java.util.Locale.ROOT));
        l.getStyleClass().add("section-title");
        l.setAccessibleText(text);
        return l;
    }

    public static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }
}
