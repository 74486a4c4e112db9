// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import id.bingkai.core.model.Document;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.TextStyle;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import java.util.Map;

/**
 * Sets a text layer on one line, shrunk until it fits its box width, centred vertically. Layout happens in
 * canvas units with fractional metrics and the glyph outlines are filled as shapes, so the text has the same
 * geometry at every output size (no hinting, no pixel-snapped advances).
 */
final class TextPainter {
    /** Identity transform, antialiased, fractional metrics: device-independent measurements. */
    private static final FontRenderContext CANVAS_FRC = new FontRenderContext(null, true, true);
    private static final int FIT_ATTEMPTS = 8;

    private final FontLibrary fonts;

    TextPainter(FontLibrary fonts) {
        this.fonts = fonts;
    }

    void paint(Graphics2D g, Layer.Text layer, Document doc, double scale) {
        String text = text(layer, doc);
        if (text.isEmpty()) {
            return;
        }
        TextStyle style = layer.style();
        Font base = fonts.resolve(doc.pack(), style.family(), style.weight());
        Rect box = layer.bounds();
        Line fitted = fit(text, base, style, box.width());
        TextLayout line = fitted.layout();
        double advance = fitted.width();
        double x = switch (style.align()) {
            case LEFT -> box.x();
            case CENTER -> box.centerX() - advance / 2;
            case RIGHT -> box.maxX() - advance;
        };
        double baseline = box.centerY() + (line.getAscent() - line.getDescent()) / 2;
        Shape outline = line.getOutline(AffineTransform.getTranslateInstance(x, baseline));
        Rectangle2D lineBox = new Rectangle2D.Double(x, baseline - line.getAscent(), Math.max(advance, 1e-3),
                line.getAscent() + line.getDescent());
        Graphics2D copy = (Graphics2D) g.create();
        try {
            copy.scale(scale, scale);
            // A gradient runs across the set line, not the (often much wider) box, so every word shows it.
            copy.setPaint(Paints.of(style.fill(), lineBox));
            copy.fill(outline);
        } finally {
            copy.dispose();
        }
    }

    /** The resolved, single-line text: placeholders filled, line breaks and runs of spaces collapsed. */
    static String text(Layer.Text layer, Document doc) {
        String text = TextTemplates.resolve(layer.template(), doc.texts(), doc.pack().tag());
        text = text.replaceAll("\\s+", " ").strip();
        return layer.style().uppercase() ? text.toUpperCase(Locale.ROOT) : text;
    }

    /**
     * A laid-out line.
     *
     * @param size  the font size it was set at, in canvas units
     * @param width the width it occupies: the advance without the letter spacing Java adds after the last glyph
     */
    record Line(TextLayout layout, double size, double width) {
    }

    /** Lays the text out at the style's size, shrinking it until its width fits {@code maxWidth}. */
    static Line fit(String text, Font base, TextStyle style, double maxWidth) {
        Line line = layout(text, base, style.size(), style.letterSpacing());
        for (int i = 0; i < FIT_ATTEMPTS && line.width() > maxWidth; i++) {
            // Widths scale almost linearly with size; aim slightly under to converge in one or two steps.
            line = layout(text, base, line.size() * maxWidth / line.width() * 0.999, style.letterSpacing());
        }
        return line;
    }

    private static Line layout(String text, Font base, double size, double letterSpacing) {
        Font font = base.deriveFont(Map.of(TextAttribute.SIZE, (float) size, TextAttribute.TRACKING,
                (float) letterSpacing, TextAttribute.KERNING, TextAttribute.KERNING_ON, TextAttribute.LIGATURES,
                TextAttribute.LIGATURES_ON));
        TextLayout layout = new TextLayout(text, font, CANVAS_FRC);
        return new Line(layout, size, Math.max(0, layout.getAdvance() - letterSpacing * size));
    }
}
