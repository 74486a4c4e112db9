// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.model.Document;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.Rect;
import id.bingkai.core.render.FontLibrary;
import id.bingkai.core.render.TextSetter;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.Optional;

/** Where a text layer's glyphs land and how tall its letters are, from the renderer's own layout. */
final class TextMeasure {
    private final TextSetter setter;

    TextMeasure(FontLibrary fonts) {
        this.setter = new TextSetter(fonts);
    }

    /** The set line, or empty when the layer resolves to no visible text. */
    Optional<TextBox> measure(Layer.Text layer, Document doc) {
        return setter.set(layer, doc).flatMap(set -> {
            Rectangle2D bounds = set.outline().getBounds2D();
            if (bounds.isEmpty()) {
                return Optional.empty();
            }
            Rect ink = new Rect(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
            return Optional.of(new TextBox(set.text(), set.outline(), ink, set.size(), glyphHeight(set.font(), "x"),
                    glyphHeight(set.font(), "H")));
        });
    }

    private static double glyphHeight(Font font, String glyph) {
        return font.createGlyphVector(TextSetter.CANVAS_FRC, glyph).getVisualBounds().getHeight();
    }
}
