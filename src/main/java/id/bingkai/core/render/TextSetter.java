// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import id.bingkai.core.model.Document;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.TextFlow;
import id.bingkai.core.model.TextStyle;
import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sets a text layer in canvas units with fractional metrics: one line shrunk until it fits its box width and
 * centred vertically, or (see {@link ParagraphSetter}) a wrapped paragraph or list shrunk until it fits the box.
 * The one layout the renderer, the PDF writer and the guideline checks use, so what is measured is what is drawn.
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
     * One set line: its text, the font at the set size (with the layer's spacing and kerning) and where its
     * baseline starts, in canvas units.
     */
    public record SetLine(String text, Font font, TextLayout layout, double x, double baseline) {
        public Shape outline() {
            return layout.getOutline(AffineTransform.getTranslateInstance(x, baseline));
        }
    }

    /**
     * A set text layer.
     *
     * @param font    the font at the size the text was set at (canvas units)
     * @param outline the glyph outlines in canvas units
     * @param lineBox the block's advance box (ascent to descent of all lines), which gradients span
     * @param lines   the lines in reading order (a list's bullets are lines of their own)
     */
    public record SetText(String text, Font font, double size, Shape outline, Rectangle2D lineBox,
            List<SetLine> lines) {
        public SetText {
            lines = List.copyOf(lines);
        }
    }

    /** The set text, or empty when the layer resolves to no text. */
    public Optional<SetText> set(Layer.Text layer, Document doc) {
        String text = text(layer, doc);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        TextStyle style = layer.style();
        Font base = fonts.resolve(doc.pack(), style.family(), style.weight());
        if (layer.flow() != TextFlow.LINE) {
            return Optional.of(new ParagraphSetter(layer, base).set(text));
        }
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
        double x = alignedX(style, box, width);
        double baseline = box.centerY() + (line.getAscent() - line.getDescent()) / 2;
        SetLine set = new SetLine(text, attributed(base, size, style.letterSpacing()), line, x, baseline);
        Rectangle2D lineBox = new Rectangle2D.Double(x, baseline - line.getAscent(), Math.max(width, 1e-3),
                line.getAscent() + line.getDescent());
        return Optional.of(new SetText(text, base.deriveFont((float) size), size, new Path2D.Double(set.outline()),
                lineBox, List.of(set)));
    }

    /**
     * The resolved text: placeholders filled; for one line, line breaks and runs of spaces collapsed; for a
     * paragraph or list, line breaks kept and each line's spaces collapsed.
     */
    public static String text(Layer.Text layer, Document doc) {
        String text = TextTemplates.resolve(layer.template(), doc.texts(), doc.pack().tag());
        if (layer.flow() == TextFlow.LINE) {
            text = text.replaceAll("\\s+", " ").strip();
        } else {
            text = ParagraphSetter.normalise(text);
        }
        return layer.style().uppercase() ? text.toUpperCase(Locale.ROOT) : text;
    }

    static double alignedX(TextStyle style, Rect box, double width) {
        return switch (style.align()) {
            case LEFT -> box.x();
            case CENTER -> box.centerX() - width / 2;
            case RIGHT -> box.maxX() - width;
        };
    }

    /** The base font at a size with the layer's tracking, kerning and ligatures. */
    static Font attributed(Font base, double size, double letterSpacing) {
        return base.deriveFont(Map.of(TextAttribute.SIZE, (float) size, TextAttribute.TRACKING,
                (float) letterSpacing, TextAttribute.KERNING, TextAttribute.KERNING_ON, TextAttribute.LIGATURES,
                TextAttribute.LIGATURES_ON));
    }

    static TextLayout layout(String text, Font base, double size, double letterSpacing) {
        return new TextLayout(text, attributed(base, size, letterSpacing), CANVAS_FRC);
    }

    /** The advance without the letter spacing Java adds after the last glyph. */
    static double width(TextLayout line, double size, double letterSpacing) {
        return Math.max(0, line.getAdvance() - letterSpacing * size);
    }
}
