// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.model.Document;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.TextStyle;
import id.bingkai.core.render.FontLibrary;
import id.bingkai.core.render.TextTemplates;
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
 * Sets a text layer exactly as the renderer's text painter does (one line, shrunk to fit the box width,
 * centred vertically) to learn where its glyphs land. A test compares the result with rendered pixels, so a
 * change in the renderer's layout cannot go unnoticed.
 */
final class TextMeasure {
    private static final FontRenderContext CANVAS_FRC = new FontRenderContext(null, true, true);
    private static final int FIT_ATTEMPTS = 8;

    private final FontLibrary fonts;

    TextMeasure(FontLibrary fonts) {
        this.fonts = fonts;
    }

    /** The set line, or empty when the layer resolves to no visible text. */
    Optional<TextBox> measure(Layer.Text layer, Document doc) {
        String text = resolve(layer, doc);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        TextStyle style = layer.style();
        Font base = fonts.resolve(doc.pack(), style.family(), style.weight());
        Rect box = layer.bounds();
        double maxWidth = box.width();
        double size = style.size();
        TextLayout line = layout(text, base, size, style.letterSpacing());
        double width = width(line, size, style.letterSpacing());
        for (int i = 0; i < FIT_ATTEMPTS && width > maxWidth; i++) {
            size = size * maxWidth / width * 0.999;
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
        Rectangle2D bounds = outline.getBounds2D();
        if (bounds.isEmpty()) {
            return Optional.empty();
        }
        Rect ink = new Rect(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
        Font sized = base.deriveFont((float) size);
        return Optional.of(new TextBox(text, outline, ink, size, glyphHeight(sized, "x"), glyphHeight(sized, "H")));
    }

    /** The resolved single line: placeholders filled, whitespace collapsed, upper-cased when styled so. */
    static String resolve(Layer.Text layer, Document doc) {
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

    private static double width(TextLayout line, double size, double letterSpacing) {
        return Math.max(0, line.getAdvance() - letterSpacing * size);
    }

    private static double glyphHeight(Font font, String glyph) {
        return font.createGlyphVector(CANVAS_FRC, glyph).getVisualBounds().getHeight();
    }
}
