// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.editor;

import id.bingkai.app.common.Controls;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.VBox;

/** The selected frame's text fields (nama, unit, ...): typed values go straight into the picture. */
public final class TextPanel extends VBox {
    private final EditorViewModel vm;
    private final Messages m;
    private final Map<String, javafx.scene.control.TextField> inputs = new LinkedHashMap<>();
    private List<TextField> shown;

    public TextPanel(EditorViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        setSpacing(4);
        vm.documentProperty().addListener((obs, old, doc) -> update(doc));
        update(vm.document());
    }

    private void update(Document doc) {
        List<TextField> fields = doc.frame().fields();
        if (!fields.equals(shown)) { // also the first time (shown is null)
            rebuild(fields);
        }
        for (Map.Entry<String, javafx.scene.control.TextField> e : inputs.entrySet()) {
            String value = doc.texts().getOrDefault(e.getKey(), "");
            if (!value.equals(e.getValue().getText())) {
                e.getValue().setText(value);
            }
        }
    }

    private void rebuild(List<TextField> fields) {
        shown = fields;
        inputs.clear();
        getChildren().setAll(Controls.sectionTitle(m.get("editor.text.title")));
        if (fields.isEmpty()) {
            getChildren().add(Controls.hint(m.get("editor.text.none")));
            return;
        }
        for (TextField field : fields) {
            String label = field.label().get(m.locale());
            Label l = new Label(label);
            javafx.scene.control.TextField input = new javafx.scene.control.TextField();
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
        }
    }
}
