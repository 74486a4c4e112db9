// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export.pdf;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import id.bingkai.core.render.TextOutput;
import id.bingkai.core.render.TextSetter;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.font.TextHitInfo;
import java.io.IOException;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Text on a PDF page as real, searchable text in embedded subset fonts, each glyph placed where the renderer's
 * layout put it (kerning and letter spacing become TJ adjustments), so the page matches the image render. It is
 * both the renderer's {@link TextOutput} and the font drawer of the Java2D-to-PDF bridge: the renderer hands a set
 * line over as a drawString call carrying the line, and the bridge calls back here with the page's content
 * stream under the right transform.
 */
final class PdfText implements TextOutput, IPdfBoxGraphics2DFontTextDrawer {
    /** Marks a drawString call as one of ours and carries the set line. */
    private static final class LineKey extends AttributedCharacterIterator.Attribute {
        private static final LineKey LINE = new LineKey();

        private LineKey() {
            super("bingkai.line");
        }
    }

    private final PdfFonts fonts;

    PdfText(PdfFonts fonts) {
        this.fonts = fonts;
    }

    @Override
    public boolean draw(Graphics2D g, TextSetter.SetText text, Paint paint) {
        for (TextSetter.SetLine line : text.lines()) {
            if (fonts.font(line.font()).isEmpty() || !encodable(fonts.font(line.font()).get(), line.text())) {
                return false;
            }
        }
        g.setPaint(paint);
        for (TextSetter.SetLine line : text.lines()) {
            if (line.text().isEmpty()) {
                continue;
            }
            AttributedString marked = new AttributedString(line.text());
            marked.addAttribute(LineKey.LINE, line);
            marked.addAttribute(java.awt.font.TextAttribute.FONT, line.font());
            g.drawString(marked.getIterator(), 0f, 0f);
        }
        return true;
    }

    private static boolean encodable(PDType0Font font, String text) {
        try {
            font.encode(text);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false; // a character the font lacks (an emoji): outlines of Java's fallback glyph instead
        }
    }

    @Override
    public boolean canDrawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env) {
        return iterator.getAttribute(LineKey.LINE) instanceof TextSetter.SetLine;
    }

    @Override
    public void drawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env) throws IOException {
        TextSetter.SetLine line = (TextSetter.SetLine) iterator.getAttribute(LineKey.LINE);
        Optional<PDType0Font> found = fonts.font(line.font());
        if (found.isEmpty()) {
            return; // canDrawText's caller checked; unreachable
        }
        PDType0Font font = found.get();
        float size = line.font().getSize2D();
        PDPageContentStream stream = env.getContentStream();
        env.applyPaint(env.getPaint(), line.outline());
        stream.beginText();
        stream.setFont(font, size);
        // User space is y-down canvas units; flip each glyph upright at the line's baseline.
        stream.setTextMatrix(new Matrix(1, 0, 0, -1, (float) line.x(), (float) line.baseline()));
        stream.showTextWithPositioning(positioned(line, font, size));
        stream.endText();
    }

    /** Each character with the adjustment that moves it from the font's default advance to the layout's x. */
    private static Object[] positioned(TextSetter.SetLine line, PDType0Font font, float size) throws IOException {
        String text = line.text();
        List<Object> parts = new ArrayList<>();
        double pen = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            double target = line.layout().getCaretInfo(TextHitInfo.leading(i))[0];
            double shift = target - pen;
            if (Math.abs(shift) > 1e-4 * size) {
                parts.add((float) (-shift * 1000 / size));
            }
            String ch = text.substring(i, next);
            parts.add(ch);
            pen = target + font.getStringWidth(ch) / 1000 * size;
            i = next;
        }
        return parts.toArray();
    }

    @Override
    public FontMetrics getFontMetrics(Font f, IFontTextDrawerEnv env) {
        return env.getCalculationGraphics().getFontMetrics(f);
    }
}
