// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import id.bingkai.core.model.Document;
import id.bingkai.core.model.Layer;
import java.awt.Graphics2D;
import java.awt.Paint;

/**
 * Draws a text layer as filled glyph outlines, so the text has the same geometry at every output size
 * (no hinting, no pixel-snapped advances); on a surface with a {@link TextOutput} (a PDF page) the same set lines
 * go out as real text. The layout is {@link TextSetter}'s.
 */
final class TextPainter {
    private final TextSetter setter;

    TextPainter(FontLibrary fonts) {
        this.setter = new TextSetter(fonts);
    }

    void paint(Graphics2D g, Layer.Text layer, Document doc, double scale) {
        setter.set(layer, doc).ifPresent(set -> {
            Graphics2D copy = (Graphics2D) g.create();
            try {
                copy.scale(scale, scale);
                // A gradient runs across the set lines, not the (often much wider) box, so every word shows it.
                Paint paint = Paints.of(layer.style().fill(), set.lineBox());
                if (!(g.getRenderingHint(TextOutput.KEY) instanceof TextOutput out && out.draw(copy, set, paint))) {
                    copy.setPaint(paint);
                    copy.fill(set.outline());
                }
            } finally {
                copy.dispose();
            }
        });
    }
}
