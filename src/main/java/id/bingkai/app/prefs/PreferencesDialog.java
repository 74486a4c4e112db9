// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.prefs;

import id.bingkai.app.common.Controls;
import id.bingkai.core.i18n.Messages;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Language and theme. Both apply at once and are remembered. */
public final class PreferencesDialog {
    /** What the user chose. */
    public record Choice(String language, Theme theme) {
    }

    private PreferencesDialog() {
    }

    public static Optional<Choice> ask(Window owner, Messages m, Preferences current) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("prefs.title"));
        dialog.setHeaderText(null);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        ToggleGroup languages = new ToggleGroup();
        RadioButton id = radio(m.get("prefs.language.id"), "id", languages, current.language().equals("id"));
        RadioButton en = radio(m.get("prefs.language.en"), "en", languages, current.language().equals("en"));
        ToggleGroup themes = new ToggleGroup();
        RadioButton light = radio(m.get("prefs.theme.light"), Theme.LIGHT, themes, current.theme() == Theme.LIGHT);
        RadioButton dark = radio(m.get("prefs.theme.dark"), Theme.DARK, themes, current.theme() == Theme.DARK);
        Label languageTitle = Controls.sectionTitle(m.get("prefs.language"));
        Label themeTitle = Controls.sectionTitle(m.get("prefs.theme"));
        VBox body = new VBox(6, languageTitle, id, en, themeTitle, light, dark);
        body.getStyleClass().add("dialog-body");
        dialog.getDialogPane().setContent(body);
        ButtonType ok = new ButtonType(m.get("prefs.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("app.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.setResultConverter(b -> b == ok ? new Choice((String) languages.getSelectedToggle().getUserData(),
                (Theme) themes.getSelectedToggle().getUserData()) : null);
        return dialog.showAndWait();
    }

    private static RadioButton radio(String text, Object value, ToggleGroup group, boolean selected) {
        RadioButton r = new RadioButton(text);
        r.setUserData(value);
        r.setToggleGroup(group);
        r.setSelected(selected);
        Controls.describe(r, text, null);
        return r;
    }
}
