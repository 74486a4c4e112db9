// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.editor;

import id.bingkai.app.FxShapes;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Rect;
import java.awt.geom.Rectangle2D;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * A dashed box and "Logo instansi" where the frame offers a place for the agency logo and none is chosen yet. Only
 * on screen: exports of an empty place show nothing.
 */
final class LogoPlaceOutline {
    private static final double LABEL_PX = 13;
    private static final double MIN_LABEL_PX = 7;
    private final EditorViewModel vm;
    private final Messages m;
    private final ReadOnlyDoubleProperty scale;
    private final Group root = new Group();

    LogoPlaceOutline(EditorViewModel vm, Messages m, ReadOnlyDoubleProperty scale) {
        this.vm = vm;
        this.m = m;
        this.scale = scale;
        root.setId("logo-place-outline");
        root.setMouseTransparent(true);
        vm.documentProperty().addListener((obs, o, n) -> redraw());
        scale.addListener((obs, o, n) -> redraw());
        redraw();
    }

    /** The label's size in canvas units: 13 screen px, smaller when its longest word would not fit the box. */
    private static double labelSize(String words, double width, double px) {
        double size = LABEL_PX * px;
        double longest = 0;
        for (String word : words.split(" ")) {
            Text t = new Text(word);
            t.setFont(Font.font(null, FontWeight.BOLD, size));
            longest = Math.max(longest, t.getLayoutBounds().getWidth());
        }
        return longest > width ? Math.max(MIN_LABEL_PX * px, size * width / longest) : size;
    }

    Node node() {
        return root;
    }

    private void redraw() {
        root.getChildren().clear();
        Document doc = vm.document();
        if (doc.agencyLogo().isPresent() || doc.frame().logoPlace().isEmpty()) {
            return;
        }
        Rect box = doc.frame().logoPlace().get().bounds();
        double px = 1 / Math.max(scale.get(), 1e-6); // one screen pixel in canvas units
        Rectangle2D shape = new Rectangle2D.Double(box.x(), box.y(), box.width(), box.height());
        String words = m.get("editor.logo.title");
        Text label = new Text(words);
        label.getStyleClass().add("slot-empty-label");
        label.setFont(Font.font(null, FontWeight.BOLD, labelSize(words, box.width() * 0.9, px)));
        label.setTextOrigin(VPos.CENTER);
        label.setWrappingWidth(box.width());
        label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        label.setX(box.x());
        label.setY(box.centerY());
        root.getChildren().addAll(FxShapes.line(shape, "slot-empty-line", 1.5 * px, 6 * px, 4 * px), label);
    }
}
