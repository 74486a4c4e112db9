// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.Frame;
import java.awt.image.BufferedImage;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;

/** Choose a frame: one big tile per frame on offer, each showing the frame itself. */
final class FramesView extends BorderPane {
    private final TilePane tiles = new TilePane();

    FramesView(VisitorFlow flow, Messages m, Map<String, BufferedImage> thumbnails) {
        getStyleClass().addAll("screen", "frames");
        setTop(KioskFx.label(m.get("kiosk.frames.title"), "title"));
        tiles.getStyleClass().add("tiles");
        tiles.setAlignment(Pos.CENTER);
        for (Frame frame : flow.frames()) {
            Button tile = KioskFx.button(frame.name().get(m.locale()), "frame-tile", () -> flow.chooseFrame(frame));
            tile.setId("frame-" + frame.id());
            tile.setContentDisplay(ContentDisplay.TOP);
            BufferedImage thumb = thumbnails.get(frame.id());
            if (thumb != null) {
                ImageView iv = new ImageView(KioskFx.toFx(thumb));
                iv.setPreserveRatio(true);
                iv.fitWidthProperty().bind(tiles.prefTileWidthProperty().multiply(0.85));
                iv.fitHeightProperty().bind(tiles.prefTileWidthProperty().multiply(0.85));
                tile.setGraphic(iv);
            }
            tiles.getChildren().add(tile);
        }
        // Every frame in view without scrolling where it fits: four across a landscape screen, two on a portrait one.
        int n = flow.frames().size();
        tiles.prefTileWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            boolean landscape = getWidth() >= getHeight();
            int cols = Math.max(1, Math.min(n, landscape ? 4 : 2));
            int rows = (n + cols - 1) / cols;
            double byWidth = getWidth() * 0.9 / cols;
            double byHeight = (getHeight() * 0.62 / rows) / 1.25;
            return Math.max(120, Math.min(byWidth, byHeight));
        }, widthProperty(), heightProperty()));
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("plain");
        setCenter(scroll);
        HBox bottom = new HBox(KioskFx.button(m.get("kiosk.back"), "secondary", flow::backToAttract));
        bottom.getStyleClass().add("bar");
        setBottom(bottom);
    }
}
