// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.guideline;

import id.bingkai.app.FxShapes;
import id.bingkai.core.guideline.Finding;
import id.bingkai.core.guideline.Overlay;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Rect;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws the guides and the highlighted finding over the preview, in canvas units, inside the canvas' overlay
 * group (which scales with the picture). Line widths, dashes and label sizes are divided by the display scale
 * so that they look the same on screen at any zoom. Colours are in app.css ({@code .guide-*}).
 */
public final class OverlayLayer {
    private final GuidelineViewModel vm;
    private final Messages m;
    private final ObservableValue<CanvasSize> canvas;
    private final ReadOnlyDoubleProperty scale;
    private final Group root = new Group();

    public OverlayLayer(GuidelineViewModel vm, Messages m, ObservableValue<CanvasSize> canvas,
            ReadOnlyDoubleProperty scale) {
        this.vm = vm;
        this.m = m;
        this.canvas = canvas;
        this.scale = scale;
        root.getStyleClass().add("guides");
        root.setId("guide-overlay");
        vm.overlaysProperty().addListener((obs, o, n) -> redraw());
        vm.highlightProperty().addListener((obs, o, n) -> redraw());
        canvas.addListener((obs, o, n) -> redraw());
        scale.addListener((obs, o, n) -> redraw());
        redraw();
    }

    /** The node to add to the canvas' overlay group. */
    public Node node() {
        return root;
    }

    private void redraw() {
        CanvasSize c = canvas.getValue();
        double px = 1 / Math.max(scale.get(), 1e-6); // one screen pixel in canvas units
        root.setClip(new Rectangle(0, 0, c.width(), c.height()));
        root.getChildren().clear();
        for (Overlay o : vm.overlaysProperty().get()) {
            draw(o, c, px);
        }
        Rect h = vm.highlightProperty().get();
        Finding f = vm.selectedProperty().get();
        if (h != null && f != null) {
            highlight(h, f, px);
        }
    }

    private void draw(Overlay o, CanvasSize c, double px) {
        switch (o.kind()) {
            case CIRCLE_CROP -> {
                Area outside = new Area(new Rectangle2D.Double(0, 0, c.width(), c.height()));
                outside.subtract(new Area(o.shape()));
                add(fill(outside, "guide-dim"));
                line(o.shape(), "guide-line", 2 * px, null);
            }
            case WHATSAPP_CENTRE -> line(o.shape(), "guide-line", 1.5 * px, new double[] {8 * px, 6 * px});
            case STORY_BAND -> {
                add(fill(o.shape(), "guide-band"));
                Rectangle2D b = o.shape().getBounds2D();
                boolean top = b.getMinY() <= 0.5;
                double edge = top ? b.getMaxY() : b.getMinY();
                line(new java.awt.geom.Line2D.Double(0, edge, c.width(), edge), "guide-line", 1.5 * px,
                        new double[] {8 * px, 6 * px});
                label(m.get(o.labelKey()), b, px);
            }
            case PRINT_BLEED -> line(o.shape(), "guide-bleed", 1.5 * px, null);
            case PRINT_TRIM -> line(o.shape(), "guide-trim", 1.5 * px, null);
            case PRINT_SAFE -> line(o.shape(), "guide-safe", 1.5 * px, new double[] {8 * px, 5 * px});
        }
    }

    /** A line with a dark halo under it, so it shows on light and dark pictures alike. */
    private void line(Shape shape, String styleClass, double width, double[] dashes) {
        add(FxShapes.line(shape, "guide-halo", width + 2 * width / 1.5));
        add(FxShapes.line(shape, styleClass, width, dashes == null ? new double[0] : dashes));
    }

    private static Path fill(Shape shape, String styleClass) {
        Path p = FxShapes.toPath(shape);
        p.getStyleClass().add(styleClass);
        p.setStroke(null);
        return p;
    }

    private void label(String text, Rectangle2D band, double px) {
        Text t = new Text(text);
        t.getStyleClass().add("guide-label");
        t.setFont(Font.font("Inter", FontWeight.BOLD, 13 * px));
        t.setTextAlignment(TextAlignment.CENTER);
        t.setWrappingWidth(Math.max(band.getWidth() - 24 * px, 1));
        t.setX(band.getX() + 12 * px);
        double h = t.getLayoutBounds().getHeight();
        t.setY(band.getCenterY() - h / 2 - t.getLayoutBounds().getMinY());
        add(t);
    }

    private void highlight(Rect r, Finding f, double px) {
        double pad = 4 * px;
        Rectangle halo = new Rectangle(r.x() - pad, r.y() - pad, r.width() + 2 * pad, r.height() + 2 * pad);
        halo.getStyleClass().add("guide-halo");
        halo.setFill(null);
        halo.setStrokeWidth(6 * px);
        halo.setArcWidth(10 * px);
        halo.setArcHeight(10 * px);
        Rectangle box = new Rectangle(halo.getX(), halo.getY(), halo.getWidth(), halo.getHeight());
        box.getStyleClass().addAll("guide-highlight", "guide-highlight-" + f.severity().id());
        box.setStrokeWidth(3 * px);
        box.setArcWidth(10 * px);
        box.setArcHeight(10 * px);
        root.getChildren().addAll(halo, box);
    }

    private void add(Node n) {
        n.setMouseTransparent(true);
        root.getChildren().add(n);
    }
}
