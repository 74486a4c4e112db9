// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.export;

import id.bingkai.app.common.Controls;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.io.export.ExportPreset;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The size: one preset per place the picture goes, "Semua ukuran", the design size or a width typed in. */
final class SizePane extends VBox {
    private final ExportViewModel vm;
    private final Messages m;

    SizePane(ExportViewModel vm, Messages m) {
        super(10);
        this.vm = vm;
        this.m = m;
        ToggleGroup sizes = new ToggleGroup();
        // Two columns: the dialog must fit a 1366x768 laptop screen (DialogsFitFxTest).
        GridPane presets = new GridPane(16, 4);
        int i = 0;
        for (SizePreset p : vm.presets()) {
            RadioButton r = new RadioButton(label(p));
            r.setToggleGroup(sizes);
            r.setUserData(p);
            r.setId("preset-" + p.key().substring(p.key().lastIndexOf('.') + 1));
            Controls.describe(r, r.getText(), p.all() ? m.get("export.dialog.preset.all.help") : null);
            r.setSelected(p.equals(vm.presetProperty().get()));
            presets.add(r, i % 2, i / 2);
            i++;
        }
        sizes.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t != null) {
                vm.presetProperty().set((SizePreset) t.getUserData());
            }
        });
        Spinner<Integer> custom = new Spinner<>(ExportViewModel.MIN_WIDTH, ExportViewModel.MAX_WIDTH,
                vm.customWidthProperty().get(), 10);
        custom.setEditable(true);
        custom.setId("custom-width");
        custom.setPrefWidth(130);
        Controls.describe(custom, m.get("export.dialog.custom-width"), m.get("export.dialog.custom-width.help",
                ExportViewModel.MIN_WIDTH, ExportViewModel.MAX_WIDTH));
        custom.valueProperty().addListener((obs, old, v) -> vm.customWidthProperty().set(v));
        custom.disableProperty().bind(vm.presetProperty().isNotEqualTo(SizePreset.CUSTOM));
        HBox customRow = new HBox(8, new Label(m.get("export.dialog.custom-width")), custom,
                new Label(m.get("export.dialog.px")));
        customRow.setAlignment(Pos.CENTER_LEFT);
        customRow.setPadding(new Insets(0, 0, 0, 28));
        Label result = new Label();
        result.getStyleClass().add("hint");
        result.setId("export-result-size");
        Runnable update = () -> result.setText(vm.presetProperty().get().all()
                ? m.get("export.dialog.result-set", ExportPreset.suiting(vm.document().frame().canvas()).size())
                : m.get("export.dialog.result-size", vm.widthBinding().get(), vm.height()));
        vm.widthBinding().addListener((obs, old, w) -> update.run());
        vm.presetProperty().addListener((obs, old, p) -> update.run());
        update.run();
        getChildren().addAll(Controls.sectionTitle(m.get("export.dialog.size")), presets, customRow, result);
    }

    private String label(SizePreset p) {
        if (p.custom()) {
            return m.get(p.key());
        }
        if (p.all()) {
            return m.get(p.key()) + "  ·  " + m.get("export.dialog.preset.all.count",
                    ExportPreset.suiting(vm.document().frame().canvas()).size());
        }
        int h = vm.document().frame().canvas().heightFor(p.width());
        return m.get(p.key()) + "  ·  " + m.get("export.dialog.size-px", p.width(), h);
    }
}
