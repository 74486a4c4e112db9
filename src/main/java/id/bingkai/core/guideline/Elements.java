// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.model.Asset;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.Rect;
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
                    .map(box -> new Element(layer, order, box.ink(), List.of(box.ink()), Optional.of(box)));
            case Layer.Shape s -> {
                double stroke = s.stroke().map(st -> st.width() / 2).orElse(0.0);
                Rect ink = Geometry.expand(s.bounds(), stroke);
                yield Optional.of(new Element(layer, order, ink, List.of(ink), Optional.empty()));
            }
            case Layer.Image i -> image(i, order);
        };
    }

    private Optional<Element> image(Layer.Image layer, int order) {
        Rect b = layer.bounds();
        InkMask mask = masks.computeIfAbsent(layer.asset(), a -> InkMask.of(a, b.width() / b.height()));
        double cw = b.width() / mask.columns();
        double ch = b.height() / mask.rows();
        List<Rect> pieces = new ArrayList<>();
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
                pieces.add(run);
                ink = ink == null ? run : Geometry.union(ink, run);
            }
        }
        return ink == null ? Optional.empty() : Optional.of(new Element(layer, order, ink, pieces, Optional.empty()));
    }
}
