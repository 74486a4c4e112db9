// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.model.Asset;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.Rect;
import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/** Finds where each layer's visible ink is. Image masks are cached per asset while its pack lives. */
final class Elements {
    private final TextMeasure text;
    private final Map<Asset, InkMask> masks = Collections.synchronizedMap(new WeakHashMap<>());

    Elements(TextMeasure text) {
        this.text = text;
    }

    /** Every layer that shows something, in drawing order. Empty texts and fully transparent images are left out. */
    List<Element> of(Document doc) {
        List<Element> elements = new ArrayList<>();
        int order = 0;
        for (LayerPosition position : LayerPosition.values()) {
            for (Layer layer : doc.frame().layers(position)) {
                element(layer, order++, doc).ifPresent(elements::add);
            }
        }
        return List.copyOf(elements);
    }

    private Optional<Element> element(Layer layer, int order, Document doc) {
        return switch (layer) {
            case Layer.Text t -> text.measure(t, doc)
                    .map(box -> new Element(layer, order, box.ink(), new Area(box.outline()), Optional.of(box)));
            case Layer.Shape s -> shape(s, order);
            case Layer.Image i -> image(i, i.asset(), i.bounds(), order);
            case Layer.LogoPlace p -> doc.agencyLogo()
                    .flatMap(logo -> image(p, logo.picture(), logo.fitIn(p.bounds()), order));
        };
    }

    /** A shape's fill and its stroke, which is centred on the outline. */
    private static Optional<Element> shape(Layer.Shape layer, int order) {
        Rect b = layer.bounds();
        Shape outline = switch (layer.kind()) {
            case ELLIPSE -> new Ellipse2D.Double(b.x(), b.y(), b.width(), b.height());
            case RECTANGLE -> new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(),
                    2 * layer.cornerRadius(), 2 * layer.cornerRadius());
        };
        Area area = new Area();
        if (layer.fill().isPresent()) {
            area.add(new Area(outline));
        }
        layer.stroke().ifPresent(st -> area.add(
                new Area(new BasicStroke((float) st.width()).createStrokedShape(outline))));
        return Geometry.of(area.getBounds2D()).map(ink -> new Element(layer, order, ink, area, Optional.empty()));
    }

    /** The opaque cells of a picture drawn over {@code b}. */
    private Optional<Element> image(Layer layer, Asset asset, Rect b, int order) {
        InkMask mask = masks.computeIfAbsent(asset, a -> InkMask.of(a, b.width() / b.height()));
        double cw = b.width() / mask.columns();
        double ch = b.height() / mask.rows();
        Area area = new Area();
        Rect ink = null;
        for (int row = 0; row < mask.rows(); row++) {
            int column = 0;
            while (column < mask.columns()) {
                if (!mask.opaque(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < mask.columns() && mask.opaque(column, row)) {
                    column++;
                }
                Rect run = new Rect(b.x() + start * cw, b.y() + row * ch, (column - start) * cw, ch);
                area.add(new Area(Geometry.awt(run)));
                ink = ink == null ? run : Geometry.union(ink, run);
            }
        }
        return ink == null ? Optional.empty() : Optional.of(new Element(layer, order, ink, area, Optional.empty()));
    }
}
