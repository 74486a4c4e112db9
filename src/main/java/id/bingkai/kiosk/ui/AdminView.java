// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import id.bingkai.core.i18n.Messages;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;

/**
 * The admin screen: the configuration (read-only), counters with no personal data, the last faults with their
 * reasons, camera test, printer state and "resume queue", back to the visitors, and the exit.
 */
final class AdminView extends BorderPane {
    private final AdminActions actions;
    private final Executor background;
    private final Executor ui;

    AdminView(VisitorFlow flow, AdminGate gate, AdminActions actions, Messages m, Executor background, Executor ui) {
        this.actions = actions;
        this.background = background;
        this.ui = ui;
        getStyleClass().addAll("screen", "admin");
        setTop(KioskFx.label(m.get("kiosk.admin.title"), "title"));
        PropertySheet sheet = new PropertySheet(FXCollections.observableArrayList(
                actions.configuration().stream().map(Row::new).toList()));
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setId("admin-config");
        KioskStatus s = flow.status();
        Label counters = KioskFx.label("", "counters");
        counters.setId("admin-counters");
        counters.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            var c = s.countsProperty().get();
            return m.get("kiosk.admin.counters", c.visitors(), c.prints(), c.downloads(), c.usbSaves());
        }, s.countsProperty()));
        ListView<KioskStatus.Report> faults = new ListView<>(s.faults());
        faults.setId("admin-faults");
        faults.setPlaceholder(new Label(m.get("kiosk.admin.no-faults")));
        faults.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(KioskStatus.Report r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.time() + "  " + m.format(r.fault().admin()));
                setWrapText(true);
            }
        });
        Label camera = KioskFx.label("", "note");
        camera.setId("admin-camera");
        // no empty line under "Uji kamera" before the camera is tested: the faults list gets the room
        camera.managedProperty().bind(camera.textProperty().isNotEmpty());
        camera.visibleProperty().bind(camera.managedProperty());
        Label printer = KioskFx.label("", "note");
        printer.setId("admin-printer");
        Runnable refreshPrinter = () -> run(() -> actions.printerProblem()
                .map(fault -> m.get("kiosk.admin.printer.problem", m.format(fault.admin())))
                .orElse(m.get("kiosk.admin.printer.ready")), printer);
        Button testCamera = KioskFx.button(m.get("kiosk.admin.camera-test"), "secondary",
                () -> run(actions::testCamera, camera));
        Button resume = KioskFx.button(m.get("kiosk.admin.resume"), "secondary", () -> run(() -> {
            String said = actions.resumeQueue();
            return said + " — " + actions.printerProblem()
                    .map(fault -> m.get("kiosk.admin.printer.problem", m.format(fault.admin())))
                    .orElse(m.get("kiosk.admin.printer.ready"));
        }, printer));
        resume.setId("admin-resume");
        Button back = KioskFx.button(m.get("kiosk.admin.back"), "primary", gate::leave);
        back.setId("admin-back");
        Button exit = KioskFx.button(m.get("kiosk.admin.exit"), "danger", actions::exit);
        exit.setId("admin-exit");
        VBox right = new VBox(KioskFx.label(m.get("kiosk.admin.counters.title"), "subtitle"), counters,
                KioskFx.label(m.get("kiosk.admin.faults"), "subtitle"), faults,
                // each test's answer under its button: beside it, a long answer cut the button's label short
                // ("Lanjutkan antr..." on a lying screen)
                new VBox(testCamera, camera), new VBox(resume, printer));
        right.getStyleClass().add("controls");
        right.getChildren().forEach(n -> n.getStyleClass().add("admin-row"));
        setCenter(new Sides(sheet, right, 16));
        HBox bottom = new HBox(back, exit);
        bottom.getStyleClass().add("bar");
        setBottom(bottom);
        refreshPrinter.run();
    }

    private void run(Supplier<String> work, Label into) {
        into.setText("…");
        background.execute(() -> {
            String said;
            try {
                said = work.get();
            } catch (RuntimeException e) {
                said = String.valueOf(e.getMessage());
            }
            String shown = said;
            ui.execute(() -> into.setText(shown));
        });
    }

    /** A read-only line of the property sheet. */
    private record Row(AdminActions.Setting setting) implements PropertySheet.Item {
        @Override
        public Class<?> getType() {
            return String.class;
        }

        @Override
        public String getCategory() {
            return setting.category();
        }

        @Override
        public String getName() {
            return setting.name();
        }

        @Override
        public String getDescription() {
            return setting.value();
        }

        @Override
        public Object getValue() {
            return setting.value();
        }

        @Override
        public void setValue(Object value) {
            // read-only: the configuration is changed in kiosk.json, not on the kiosk
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.empty();
        }

        @Override
        public boolean isEditable() {
            return false;
        }
    }
}
