// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import id.bingkai.core.model.Layer;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.TextFlow;
import id.bingkai.core.model.TextStyle;
import java.awt.Font;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sets a paragraph or a bulleted list inside its box: lines wrap at word boundaries, the text's own line breaks
 * are kept (an empty line is a paragraph gap), lines start at the top of the box, and the size is the largest
 * (up to the layer's) at which every word fits the width and every line fits the height. Never cut: a word too
 * long for the box at the smallest size is broken rather than lost.
 */
final class ParagraphSetter {
    /** Bullet, then a gap of half the size before the item's text (the hanging indent). */
    static final String BULLET = "\u2022";
    private static final double BULLET_GAP = 0.5;
    /** An empty line between paragraphs adds half a line. */
    private static final double PARAGRAPH_GAP = 0.5;
    private static final double SMALLEST = 1.0 / 64;
    private static final int SEARCH_STEPS = 14;
    private static final Pattern SPACES = Pattern.compile("[\\t\\x0B\\f \\u00A0]+");
    private static final Pattern LIST_MARK = Pattern.compile("^(?:[-*\\u2022\\u2013\\u00B7]|\\d{1,2}[.)])\\s+");

    private final Layer.Text layer;
    private final TextStyle style;
    private final Font base;
    private final Rect box;

    ParagraphSetter(Layer.Text layer, Font base) {
        this.layer = layer;
        this.style = layer.style();
        this.base = base;
        this.box = layer.bounds();
    }

    /** Line breaks unified, spaces within each line collapsed, at most one empty line in a row, ends trimmed. */
    static String normalise(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            String clean = SPACES.matcher(line).replaceAll(" ").strip();
            if (!clean.isEmpty() || !kept.isEmpty() && !kept.getLast().isEmpty()) {
                kept.add(clean);
            }
        }
        while (!kept.isEmpty() && kept.getLast().isEmpty()) {
            kept.removeLast();
        }
        return String.join("\n", kept);
    }

    TextSetter.SetText set(String text) {
        List<String> blocks = blocks(text);
        double size = style.size();
        Optional<List<TextSetter.SetLine>> best = fit(blocks, size, false);
        if (best.isEmpty()) {
            // Start the search near the size at which the text's area matches the box's: a handful of layouts
            // instead of a dozen for a long text.
            double estimate = Math.min(size, areaEstimate(blocks));
            double low = estimate * 0.6;
            double high = Math.min(size, estimate * 1.3);
            Optional<List<TextSetter.SetLine>> atLow = fit(blocks, low, false);
            if (atLow.isEmpty()) {
                low = size * SMALLEST;
                atLow = fit(blocks, low, false);
            }
            best = atLow;
            for (int i = 0; i < SEARCH_STEPS && high - low > size * 0.005; i++) {
                double mid = (low + high) / 2;
                Optional<List<TextSetter.SetLine>> lines = fit(blocks, mid, false);
                if (lines.isPresent()) {
                    low = mid;
                    best = lines;
                } else {
                    high = mid;
                }
            }
            size = low;
            if (best.isEmpty()) {
                best = fit(blocks, low, true); // absurdly long words: break them rather than lose them
            }
        }
        List<TextSetter.SetLine> lines = best.orElseThrow();
        Path2D.Double outline = new Path2D.Double();
        Rectangle2D box2 = null;
        for (TextSetter.SetLine line : lines) {
            outline.append(line.outline(), false);
            Rectangle2D advance = new Rectangle2D.Double(line.x(), line.baseline() - line.layout().getAscent(),
                    Math.max(line.layout().getAdvance(), 1e-3),
                    line.layout().getAscent() + line.layout().getDescent());
            box2 = box2 == null ? advance : box2.createUnion(advance);
        }
        return new TextSetter.SetText(text, base.deriveFont((float) size), size, outline, box2, lines);
    }

    /** The size at which the text set on one endless line, times the line height, covers the box's area. */
    private double areaEstimate(List<String> blocks) {
        double advance = 0;
        for (String block : blocks) {
            if (!block.isEmpty()) {
                advance += TextSetter.width(TextSetter.layout(block, base, 1, style.letterSpacing()), 1,
                        style.letterSpacing());
            }
        }
        return advance <= 0 ? style.size() : Math.sqrt(box.width() * box.height() / (advance * layer.lineHeight()));
    }

    /** Paragraphs (an empty string is a gap) or list items, bullets' own marks removed. */
    private List<String> blocks(String text) {
        List<String> blocks = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (layer.flow() == TextFlow.BULLETS) {
                String item = LIST_MARK.matcher(line).replaceFirst("").strip();
                if (!item.isEmpty()) {
                    blocks.add(item);
                }
            } else {
                blocks.add(line);
            }
        }
        return blocks;
    }

    /** The lines at this size, or empty when they do not fit (unless {@code force}). */
    private Optional<List<TextSetter.SetLine>> fit(List<String> blocks, double size, boolean force) {
        double spacing = style.letterSpacing();
        Font font = TextSetter.attributed(base, size, spacing);
        double step = size * layer.lineHeight();
        boolean bullets = layer.flow() == TextFlow.BULLETS;
        TextLayout bullet = bullets ? TextSetter.layout(BULLET, base, size, spacing) : null;
        double indent = bullets ? TextSetter.width(bullet, size, spacing) + BULLET_GAP * size : 0;
        double width = box.width() - indent;
        if (width <= 0) {
            return Optional.empty();
        }
        List<TextSetter.SetLine> lines = new ArrayList<>();
        double baseline = Double.NaN;
        double descent = 0;
        for (String block : blocks) {
            if (block.isEmpty()) {
                baseline += step * PARAGRAPH_GAP;
                continue;
            }
            AttributedString attributed = new AttributedString(block);
            attributed.addAttribute(TextAttribute.FONT, font);
            LineBreakMeasurer measurer = new LineBreakMeasurer(attributed.getIterator(), TextSetter.CANVAS_FRC);
            boolean first = true;
            while (measurer.getPosition() < block.length()) {
                int start = measurer.getPosition();
                TextLayout line = measurer.nextLayout((float) width, block.length(), !force);
                if (line == null) {
                    return Optional.empty(); // a word wider than the box
                }
                int end = measurer.getPosition();
                baseline = Double.isNaN(baseline) ? box.y() + line.getAscent() : baseline + step;
                descent = line.getDescent();
                String piece = block.substring(start, end).stripTrailing();
                if (piece.isEmpty()) {
                    continue;
                }
                // The measurer's layout keeps the trailing space; its visible advance is what alignment needs.
                TextLayout drawn = line;
                double lineWidth = Math.max(0, line.getVisibleAdvance() - spacing * size);
                double x = bullets ? box.x() + indent
                        : TextSetter.alignedX(style, new Rect(box.x(), box.y(), width, box.height()), lineWidth);
                if (bullets && first) {
                    lines.add(new TextSetter.SetLine(BULLET, font, bullet, box.x(), baseline));
                }
                lines.add(new TextSetter.SetLine(piece, font, drawn, x, baseline));
                first = false;
            }
        }
        if (!force && (lines.isEmpty() || baseline + descent > box.maxY())) {
            return lines.isEmpty() ? Optional.of(lines) : Optional.empty();
        }
        return Optional.of(lines);
    }
}
