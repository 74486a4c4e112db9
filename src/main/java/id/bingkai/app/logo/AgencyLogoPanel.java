// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.logo;

import id.bingkai.app.FxImages;
import id.bingkai.app.common.Controls;
import id.bingkai.app.common.FileDialogs;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.AgencyLogo;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Logo instansi": the remembered agency logo with its name, "Pilih logo…" and "Hapus". Shown only while the frame
 * has a place for it.
 */
public final class AgencyLogoPanel extends VBox {
    private static final int THUMB = 56;
    private final AgencyLogoViewModel vm;
    private final Messages m;
    private final ImageView thumb = new ImageView();
    private final Label name = new Label();

    public AgencyLogoPanel(AgencyLogoViewModel vm, Messages m, FileDialogs dialogs, Supplier<Window> owner) {
        this.vm = vm;
        this.m = m;
        setSpacing(6);
        setId("agency-logo");
        thumb.setFitWidth(THUMB);
        thumb.setFitHeight(THUMB);
        thumb.setPreserveRatio(true);
        thumb.setId("agency-logo-thumb");
        name.setId("agency-logo-name");
        name.setWrapText(true);
        Label hint = Controls.hint(m.get("editor.logo.hint"));
        hint.setWrapText(true);
        VBox text = new VBox(2, name, hint);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(10, thumb, text);
        row.setAlignment(Pos.CENTER_LEFT);
        List<FileDialogs.Filter> filters = List.of(
                new FileDialogs.Filter(m.get("editor.logo.filter"), List.of("*.png", "*.svg", "*.PNG", "*.SVG")),
                new FileDialogs.Filter(m.get("editor.filter.all"), List.of("*")));
        Button choose = Controls.button(m.get("editor.logo.choose"), m.get("editor.logo.choose.help"),
                () -> dialogs.openFile(owner.get(), m.get("editor.logo.choose.title"), null, filters)
                        .ifPresent(vm::choose));
        choose.setId("agency-logo-choose");
        Button remove = Controls.button(m.get("editor.logo.remove"), m.get("editor.logo.remove.help"), vm::remove);
        remove.setId("agency-logo-remove");
        remove.disableProperty().bind(vm.logoProperty().isNull().or(vm.busyProperty()));
        choose.disableProperty().bind(vm.busyProperty());
        getChildren().addAll(Controls.sectionTitle(m.get("editor.logo.title")), row, new HBox(8, choose, remove));
        visibleProperty().bind(vm.placeAvailableProperty());
        managedProperty().bind(vm.placeAvailableProperty());
        vm.logoProperty().addListener((obs, old, logo) -> show(logo));
        show(vm.logoProperty().get());
    }

    private void show(AgencyLogo logo) {
        if (logo == null) {
            thumb.setImage(null);
            thumb.setVisible(false);
            thumb.setManaged(false);
            name.setText(m.get("editor.logo.none"));
            return;
        }
        thumb.setImage(FxImages.toFx(LogoThumbnail.of(logo, THUMB * 2)));
        thumb.setVisible(true);
        thumb.setManaged(true);
        name.setText(logo.name());
    }
}
