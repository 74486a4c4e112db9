// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.gallery;

import id.bingkai.app.FxImages;
import id.bingkai.app.common.Controls;
import id.bingkai.app.editor.EditorViewModel;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.FrameKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/** The frames to choose from, grouped by pack and by kind; the chosen one is highlighted. */
public final class GalleryView extends VBox {
    private static final double TILE = 112;
    private final GalleryViewModel vm;
    private final EditorViewModel editor;
    private final Messages m;
    private final VBox content = new VBox(4);
    private final ScrollPane scroll;
    private final ToggleGroup group = new ToggleGroup();
    private final List<ToggleButton> tiles = new ArrayList<>();
    private boolean syncing;

    public GalleryView(GalleryViewModel vm, EditorViewModel editor, Messages m, Runnable importFolder,
            Runnable importFile) {
        this.vm = vm;
        this.editor = editor;
        this.m = m;
        getStyleClass().addAll("side", "left", "gallery");
        // Two columns of tiles beside the scroll bar.
        setPrefWidth(2 * TILE + 84);
        setMinWidth(2 * TILE + 84);
        Label title = new Label(m.get("gallery.title"));
        title.getStyleClass().add("panel-title");
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(22, 22);
        loading.visibleProperty().bind(vm.busyProperty());
        loading.setAccessibleText(m.get("gallery.loading"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, loading);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(12, 12, 4, 14));

        content.setPadding(new Insets(0, 10, 12, 12));
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        MenuItem fromFile = new MenuItem(m.get("gallery.import.file"));
        fromFile.setOnAction(e -> importFile.run());
        MenuItem fromFolder = new MenuItem(m.get("gallery.import.folder"));
        fromFolder.setOnAction(e -> importFolder.run());
        MenuButton importButton = new MenuButton(m.get("gallery.import"), null, fromFile, fromFolder);
        Controls.describe(importButton, m.get("gallery.import"), m.get("gallery.import.help"));
        importButton.setId("import-pack");
        importButton.setMaxWidth(Double.MAX_VALUE);
        VBox footer = new VBox(importButton);
        footer.setPadding(new Insets(8, 12, 12, 12));

        getChildren().addAll(header, scroll, footer);
        vm.sections().addListener((ListChangeListener<PackSection>) c -> rebuild());
        editor.documentProperty().addListener((obs, old, doc) -> select(doc));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null && !syncing) {
                old.setSelected(true); // the current frame stays chosen when its tile is clicked again
            }
        });
        rebuild();
    }

    private void rebuild() {
        content.getChildren().clear();
        tiles.clear();
        group.getToggles().clear();
        for (PackSection section : vm.sections()) {
            content.getChildren().add(packHeader(section));
            for (Map.Entry<FrameKind, List<FrameTile>> kind : section.byKind().entrySet()) {
                content.getChildren().add(Controls.sectionTitle(kindName(kind.getKey())));
                TilePane pane = new TilePane(8, 8);
                pane.setPrefColumns(2);
                pane.setTileAlignment(Pos.TOP_CENTER);
                for (FrameTile tile : kind.getValue()) {
                    pane.getChildren().add(tile(tile));
                }
                content.getChildren().add(pane);
            }
        }
        select(editor.document());
    }

    private HBox packHeader(PackSection section) {
        Label name = new Label(section.entry().pack().name().get(m.locale()));
        name.setWrapText(true);
        name.setStyle("-fx-font-weight: bold;");
        HBox box = new HBox(8, name);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(12, 0, 0, 0));
        if (section.entry().pack().sample()) {
            Label badge = new Label(m.get("gallery.sample"));
            badge.getStyleClass().add("badge");
            badge.setTooltip(new javafx.scene.control.Tooltip(m.get("gallery.sample.help")));
            box.getChildren().add(badge);
        }
        if (!section.entry().builtIn()) {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button remove = Controls.button("✕", m.get("gallery.remove.help"), () -> vm.remove(section));
            remove.setAccessibleText(m.get("gallery.remove", name.getText()));
            box.getChildren().addAll(spacer, remove);
        }
        return box;
    }

    private ToggleButton tile(FrameTile tile) {
        String name = tile.frame().name().get(m.locale());
        ImageView image = new ImageView();
        image.setPreserveRatio(true);
        image.setFitWidth(TILE);
        image.setFitHeight(TILE * 1.25);
        image.setSmooth(true);
        if (tile.thumbnailProperty().get() != null) {
            image.setImage(FxImages.toFx(tile.thumbnailProperty().get()));
        }
        tile.thumbnailProperty().addListener((obs, old, img) -> image.setImage(FxImages.toFx(img)));
        ToggleButton button = new ToggleButton(name, image);
        button.getStyleClass().add("frame-tile");
        button.setToggleGroup(group);
        button.setUserData(tile);
        button.setPrefWidth(TILE + 14);
        button.setMinHeight(TILE + 40);
        Controls.describe(button, m.get("gallery.tile", name, kindName(tile.frame().kind())),
                m.get("gallery.tile.help"));
        button.setId("frame-" + tile.pack().id() + "-" + tile.frame().id());
        button.setOnAction(e -> editor.selectFrame(tile.pack(), tile.frame()));
        tiles.add(button);
        return button;
    }

    private void select(Document doc) {
        syncing = true;
        try {
            for (ToggleButton b : tiles) {
                FrameTile t = (FrameTile) b.getUserData();
                if (t.pack().id().equals(doc.pack().id()) && t.frame().id().equals(doc.frame().id())) {
                    b.setSelected(true);
                    javafx.application.Platform.runLater(() -> reveal(b));
                    return;
                }
            }
            group.selectToggle(null);
        } finally {
            syncing = false;
        }
    }

    /** Scrolls the gallery so that the chosen tile (e.g. of a just imported pack) is in view. */
    private void reveal(ToggleButton tile) {
        double contentHeight = content.getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport || tile.getScene() == null) {
            return;
        }
        javafx.geometry.Bounds b = content.sceneToLocal(tile.localToScene(tile.getBoundsInLocal()));
        double top = scroll.getVvalue() * (contentHeight - viewport);
        if (b.getMinY() < top || b.getMaxY() > top + viewport) {
            double target = Math.clamp(b.getMinY() - 40, 0, contentHeight - viewport);
            scroll.setVvalue(target / (contentHeight - viewport));
        }
    }

    private String kindName(FrameKind kind) {
        return switch (kind) {
            case PROFILE -> m.get("gallery.kind.profile");
            case STATUS -> m.get("gallery.kind.status");
            case POSTER -> m.get("gallery.kind.poster");
            case BANNER -> m.get("gallery.kind.banner");
            case CARD -> m.get("gallery.kind.card");
        };
    }
}
