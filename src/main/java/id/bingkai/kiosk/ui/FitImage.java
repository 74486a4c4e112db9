// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import java.awt.image.BufferedImage;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;

/** An image that fills the room it is given, keeping its proportions. */
final class FitImage extends StackPane {
    private final ImageView view = new ImageView();

    FitImage() {
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.fitWidthProperty().bind(widthProperty());
        view.fitHeightProperty().bind(heightProperty());
        setMinSize(0, 0);
        setPrefSize(200, 200);
        getChildren().add(view);
    }

    void show(BufferedImage image) {
        view.setImage(image == null ? null : KioskFx.toFx(image));
    }

    void show(Image image) {
        view.setImage(image);
    }

    ImageView view() {
        return view;
    }

    /** Screen pixels per image pixel as shown now (0 without an image). */
    double shownScale() {
        Image img = view.getImage();
        if (img == null || img.getWidth() == 0) {
            return 0;
        }
        return view.getBoundsInLocal().getWidth() / img.getWidth();
    }
}
