// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.Rect;
import java.awt.Shape;
import java.util.List;
import java.util.Optional;

/**
 * A layer as the rules see it: where its visible ink is, in canvas units.
 *
 * @param order  drawing order over the whole frame (below layers, then above layers)
 * @param ink    tight bounds of what is visible
 * @param pieces visible parts, for containment tests (one piece for text and shapes, opaque cells for images)
 * @param text   the set line, for text layers
 */
record Element(Layer layer, int order, Rect ink, List<Rect> pieces, Optional<TextBox> text) {
    Element {
        pieces = List.copyOf(pieces);
    }

    /** Logos, the tag and text: what profile circles, story bands and print margins must keep whole. */
    boolean marked() {
        return layer.role() != LayerRole.DECORATION;
    }

    /** The visible parts that stick out of {@code zone}, as one bounding box; empty when all is inside. */
    Optional<Rect> outside(Shape zone) {
        Rect out = null;
        for (Rect p : pieces) {
            if (!zone.contains(p.x(), p.y(), p.width(), p.height())) {
                out = out == null ? p : Geometry.union(out, p);
            }
        }
        return Optional.ofNullable(out);
    }
}
