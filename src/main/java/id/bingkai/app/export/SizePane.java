// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.export;

import id.bingkai.app.common.Controls;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.io.export.ExportPreset;
import id.bingkai.core.io.export.pdf.PdfOptions;
import id.bingkai.core.model.PrintSize;
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
        // A print frame's few presets have long labels ("Cetak 300 dpi · 2551 × 3578 px"): one column for them.
        int columns = vm.presets().size() <= 3 ? 1 : 2;
        for (SizePreset p : vm.presets()) {
            RadioButton r = new RadioButton(label(p));
            r.setToggleGroup(sizes);
            r.setUserData(p);
            r.setId("preset-" + p.key().substring(p.key().lastIndexOf('.') + 1));
            Controls.describe(r, r.getText(), p.all() ? m.get("export.dialog.preset.all.help") : null);
            r.setSelected(p.equals(vm.presetProperty().get()));
            presets.add(r, i % columns, i / columns);
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
        result.setWrapText(true);
        Runnable update = () -> result.setText(resultText());
        vm.widthBinding().addListener((obs, old, w) -> update.run());
        vm.presetProperty().addListener((obs, old, p) -> update.run());
        vm.print().pdfProperty().addListener((obs, old, p) -> update.run());
        // A PDF has its physical size; the pixel sizes are for images.
        presets.disableProperty().bind(vm.print().pdfProperty());
        update.run();
        getChildren().addAll(Controls.sectionTitle(m.get("export.dialog.size")), presets, customRow, result);
    }

    private String resultText() {
        PrintChoices print = vm.print();
        if (print.offered()) {
            PrintSize size = print.size().orElseThrow();
            if (print.pdfProperty().get()) {
                return m.get("export.dialog.result-pdf", mm(size.trimWidthMm()), mm(size.trimHeightMm()),
                        mm(size.bleedMm()), PdfOptions.DEFAULT_DPI);
            }
            return m.get("export.dialog.result-print", vm.widthBinding().get(), vm.height(),
                    print.dpiAt(vm.widthBinding().get()), mm(size.pageWidthMm()), mm(size.pageHeightMm()));
        }
        return vm.presetProperty().get().all()
                ? m.get("export.dialog.result-set", ExportPreset.suiting(vm.document().frame().canvas()).size())
                : m.get("export.dialog.result-size", vm.widthBinding().get(), vm.height());
    }

    private static String mm(double mm) {
        return mm == Math.rint(mm) ? String.valueOf((long) mm) : String.valueOf(mm);
    }

    private String label(SizePreset p) {
        if (p.custom()) {
            return m.get(p.key());
        }
        if (p.print()) {
            return m.get(p.key(), vm.print().dpiAt(p.width())) + "  ·  "
                    + m.get("export.dialog.size-px", p.width(), vm.document().frame().canvas().heightFor(p.width()));
        }
        if (p.all()) {
            return m.get(p.key()) + "  ·  " + m.get("export.dialog.preset.all.count",
                    ExportPreset.suiting(vm.document().frame().canvas()).size());
        }
        int h = vm.document().frame().canvas().heightFor(p.width());
        return m.get(p.key()) + "  ·  " + m.get("export.dialog.size-px", p.width(), h);
    }
}
