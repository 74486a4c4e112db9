// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.Rect;
import java.awt.Shape;
import java.awt.geom.Area;
import java.util.Optional;

/**
 * A layer as the rules see it: where its visible ink is, in canvas units. Glyph outlines for text, the opaque
 * cells of its bitmap for an image, the outline for a shape, so a round logo or the gaps between letters are
 * never mistaken for ink.
 *
 * @param order drawing order over the whole frame (below layers, then above layers)
 * @param ink   tight bounds of what is visible
 * @param text  the set line, for text layers
 */
record Element(Layer layer, int order, Rect ink, Area area, Optional<TextBox> text) {
    Element {
        area = new Area(area);
    }

    /** A copy of the visible ink, free to modify. */
    @Override
    public Area area() {
        return new Area(area);
    }

    /** Logos, the tag and text: what profile circles, story bands and print margins must keep whole. */
    boolean marked() {
        return layer.role() != LayerRole.DECORATION;
    }

    /** The bounds of the visible ink outside {@code zone}; empty when all of it is inside. */
    Optional<Rect> outside(Shape zone) {
        Area out = area();
        out.subtract(new Area(zone));
        return Geometry.of(out.getBounds2D());
    }

    /** The bounds of the visible ink inside {@code zone}; empty when none of it is. */
    Optional<Rect> inside(Shape zone) {
        Area in = area();
        in.intersect(new Area(zone));
        return Geometry.of(in.getBounds2D());
    }
}
