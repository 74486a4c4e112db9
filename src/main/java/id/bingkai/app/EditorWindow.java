// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import id.bingkai.cli.Services;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import java.awt.image.BufferedImage;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * First window: the built-in frames, drawn by the core renderer. The full editor replaces this
 * (issue "The editor: make a profile picture in two minutes").
 */
final class EditorWindow {
    private static final int THUMB = 260;
    private final Services services;
    private final Runnable onClosed;

    EditorWindow(Services services, Runnable onClosed) {
        this.services = services;
        this.onClosed = onClosed;
    }

    void show() {
        Messages m = services.messages();
        Stage stage = new Stage();
        stage.setTitle(m.get("app.title"));
        FlowPane gallery = new FlowPane(16, 16);
        gallery.setPadding(new Insets(16));
        gallery.setAlignment(Pos.CENTER);
        Label status = new Label(m.get("app.status.loading"));
        BorderPane root = new BorderPane(gallery);
        root.setBottom(status);
        BorderPane.setMargin(status, new Insets(6, 12, 6, 12));
        stage.setScene(new Scene(root, 1180, 720));
        stage.setOnHidden(e -> onClosed.run());
        stage.show();
        Thread.ofVirtual().name("bingkai-gallery").start(() -> {
            FramePack pack = services.packs().builtIn();
            for (Frame frame : pack.frames()) {
                BufferedImage img = services.renderer().render(Document.of(pack, frame), THUMB,
                        (photo, w, h) -> { throw new IllegalStateException("no photo"); });
                Platform.runLater(() -> gallery.getChildren().add(tile(frame, img)));
            }
            Platform.runLater(() -> status.setText(m.get("app.status.sample", pack.frames().size())));
        });
    }

    private VBox tile(Frame frame, BufferedImage image) {
        ImageView view = new ImageView(FxImages.toFx(image));
        view.setPreserveRatio(true);
        view.setFitHeight(THUMB);
        String name = frame.name().get(services.messages().locale());
        view.setAccessibleText(name);
        VBox box = new VBox(6, view, new Label(name));
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
