// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import id.bingkai.core.model.Document;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.TextStyle;
import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sets a text layer on one line, shrunk until it fits its box width, centred vertically, in canvas units with
 * fractional metrics. The one layout both the renderer and the guideline checks use, so what is measured is
 * what is drawn.
 */
public final class TextSetter {
    /** Identity transform, antialiased, fractional metrics: device-independent measurements. */
    public static final FontRenderContext CANVAS_FRC = new FontRenderContext(null, true, true);
    private static final int FIT_ATTEMPTS = 8;

    private final FontLibrary fonts;

    public TextSetter(FontLibrary fonts) {
        this.fonts = fonts;
    }

    /**
     * A set line of text.
     *
     * @param font    the font at the size the line was set at (canvas units)
     * @param outline the glyph outlines in canvas units
     * @param lineBox the line's advance box (ascent to descent), which gradients span
     */
    public record SetText(String text, Font font, double size, Shape outline, Rectangle2D lineBox) {
    }

    /** The set line, or empty when the layer resolves to no text. */
    public Optional<SetText> set(Layer.Text layer, Document doc) {
        String text = text(layer, doc);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        TextStyle style = layer.style();
        Font base = fonts.resolve(doc.pack(), style.family(), style.weight());
        Rect box = layer.bounds();
        double size = style.size();
        TextLayout line = layout(text, base, size, style.letterSpacing());
        double width = width(line, size, style.letterSpacing());
        for (int i = 0; i < FIT_ATTEMPTS && width > box.width(); i++) {
            // Widths scale almost linearly with size; aim slightly under to converge in one or two steps.
            size = size * box.width() / width * 0.999;
            line = layout(text, base, size, style.letterSpacing());
            width = width(line, size, style.letterSpacing());
        }
        double x = switch (style.align()) {
            case LEFT -> box.x();
            case CENTER -> box.centerX() - width / 2;
            case RIGHT -> box.maxX() - width;
        };
        double baseline = box.centerY() + (line.getAscent() - line.getDescent()) / 2;
        Shape outline = line.getOutline(AffineTransform.getTranslateInstance(x, baseline));
        Rectangle2D lineBox = new Rectangle2D.Double(x, baseline - line.getAscent(), Math.max(width, 1e-3),
                line.getAscent() + line.getDescent());
        return Optional.of(new SetText(text, base.deriveFont((float) size), size, outline, lineBox));
    }

    /** The resolved, single-line text: placeholders filled, line breaks and runs of spaces collapsed. */
    public static String text(Layer.Text layer, Document doc) {
        String text = TextTemplates.resolve(layer.template(), doc.texts(), doc.pack().tag());
        text = text.replaceAll("\\s+", " ").strip();
        return layer.style().uppercase() ? text.toUpperCase(Locale.ROOT) : text;
    }

    private static TextLayout layout(String text, Font base, double size, double letterSpacing) {
        Font font = base.deriveFont(Map.of(TextAttribute.SIZE, (float) size, TextAttribute.TRACKING,
                (float) letterSpacing, TextAttribute.KERNING, TextAttribute.KERNING_ON, TextAttribute.LIGATURES,
                TextAttribute.LIGATURES_ON));
        return new TextLayout(text, font, CANVAS_FRC);
    }

    /** The advance without the letter spacing Java adds after the last glyph. */
    private static double width(TextLayout line, double size, double letterSpacing) {
        return Math.max(0, line.getAdvance() - letterSpacing * size);
    }
}
