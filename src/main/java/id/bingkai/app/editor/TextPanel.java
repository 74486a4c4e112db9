// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.editor;

import id.bingkai.app.common.Controls;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Nip;
import id.bingkai.core.model.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * The selected frame's text fields (nama, unit, ...): typed values go straight into the picture. A multi-line field
 * (a poster's rules, a pledge's points) gets a text area and a count of the characters left; a {@code nip} field is
 * checked for the shape of an employee number (ControlsFX validation: a warning beside the field, never a block).
 */
public final class TextPanel extends VBox {
    private final EditorViewModel vm;
    private final Messages m;
    private final Map<String, TextInputControl> inputs = new LinkedHashMap<>();
    private List<TextField> shown;
    private ValidationSupport validation;

    public TextPanel(EditorViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        setSpacing(4);
        vm.documentProperty().addListener((obs, old, doc) -> update(doc));
        update(vm.document());
    }

    /** The checks of the fields shown (for tests and the accessible summary). */
    public ValidationSupport validation() {
        return validation;
    }

    private void update(Document doc) {
        List<TextField> fields = doc.frame().fields();
        if (!fields.equals(shown)) { // also the first time (shown is null)
            rebuild(fields);
        }
        for (Map.Entry<String, TextInputControl> e : inputs.entrySet()) {
            String value = doc.texts().getOrDefault(e.getKey(), "");
            if (!value.equals(e.getValue().getText())) {
                e.getValue().setText(value);
            }
        }
    }

    private void rebuild(List<TextField> fields) {
        shown = fields;
        inputs.clear();
        validation = new ValidationSupport();
        getChildren().setAll(Controls.sectionTitle(m.get("editor.text.title")));
        if (fields.isEmpty()) {
            getChildren().add(Controls.hint(m.get("editor.text.none")));
            return;
        }
        for (TextField field : fields) {
            addInput(field);
        }
    }

    private void addInput(TextField field) {
        String label = field.label().get(m.locale());
        Label l = new Label(label);
        TextInputControl input = field.multiline() ? area() : new javafx.scene.control.TextField();
        input.setId("text-" + field.key());
        input.setPromptText(m.get("editor.text.prompt", label.toLowerCase(m.locale())));
        Controls.describe(input, label, m.get("editor.text.help", field.maxLength()));
        int max = field.maxLength();
        input.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() <= max ? change : null));
        l.setLabelFor(input);
        input.textProperty().addListener((obs, old, text) -> vm.setText(field.key(), text));
        inputs.put(field.key(), input);
        getChildren().addAll(l, input);
        if (field.multiline()) {
            Label left = Controls.hint("");
            left.setId("text-left-" + field.key());
            left.textProperty().bind(input.lengthProperty().map(n -> m.get("editor.text.left", max - n.intValue())));
            getChildren().add(left);
        }
        if (Nip.FIELD.equals(field.key())) {
            validation.registerValidator(input, false, Validator.<String>createPredicateValidator(
                    text -> text == null || text.isBlank() || Nip.plausible(text), m.get("editor.text.nip.invalid"),
                    Severity.WARNING));
            getChildren().add(warningFor(input, field.key()));
        }
    }

    /**
     * The field's validation message spelled out under it: the decoration ControlsFX draws is a small icon at the
     * field's corner with the text only in its tooltip, easy to miss before a card goes to print.
     */
    private Label warningFor(TextInputControl input, String key) {
        Label warning = Controls.hint("");
        warning.setId("text-warning-" + key);
        warning.setWrapText(true);
        warning.setVisible(false);
        warning.managedProperty().bind(warning.visibleProperty());
        validation.validationResultProperty().addListener((obs, old, result) -> {
            String text = result.getMessages().stream().filter(msg -> msg.getTarget() == input)
                    .map(msg -> msg.getText()).findFirst().orElse("");
            warning.setText(text);
            warning.setVisible(!text.isEmpty());
        });
        return warning;
    }

    private static TextArea area() {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(4);
        return area;
    }
}
