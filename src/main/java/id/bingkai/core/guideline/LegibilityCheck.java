// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.model.Document;
import id.bingkai.core.model.Fill;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.Rule;
import id.bingkai.core.render.PhotoSource;
import id.bingkai.core.render.Renderer;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code legibility}: the tag and texts stay readable at the smallest size the platform shows the picture.
 * Glyph height is measured from the font at its fitted size; contrast on the actual pixels behind the text,
 * rendered at that display size without the text layers (transparent areas count as white).
 */
final class LegibilityCheck implements RuleCheck {
    /** WCAG "large text": 18 pt = 24 CSS px, or 14 pt = 18.66 px when bold. */
    static final double LARGE_PX = 24;
    static final double LARGE_BOLD_PX = 18.66;
    /** The contrast reached by at least 90 % of the background pixels behind the text. */
    static final double PERCENTILE = 0.10;
    private static final int MIN_RENDER_WIDTH = 32;
    /** Pixels behind one text box whose contrast is measured; a larger box is sampled on a grid. */
    static final int MAX_SAMPLES = 40_000;

    private final Renderer renderer;
    private final PhotoSource photos;

    LegibilityCheck(Renderer renderer, PhotoSource photos) {
        this.renderer = renderer;
        this.photos = photos;
    }

    @Override
    public void check(CheckContext ctx) {
        List<Element> texts = ctx.elements().stream().filter(e -> e.text().isPresent())
                .filter(e -> e.layer().role() == LayerRole.TAG || e.layer().role() == LayerRole.TEXT).toList();
        if (texts.isEmpty() || !ctx.findings().enabled(Rule.LEGIBILITY)) {
            return;
        }
        GuidelineSettings.Legibility rule = ctx.settings().legibility();
        Frame frame = ctx.doc().frame();
        int display = rule.displayWidth(frame.kind());
        double k = (double) display / frame.canvas().width();
        BufferedImage background = renderer.render(withoutText(ctx.doc()), Math.max(display, MIN_RENDER_WIDTH), photos);
        double bk = (double) background.getWidth() / frame.canvas().width();
        for (Element e : texts) {
            TextBox box = e.text().orElseThrow();
            Layer.Text layer = (Layer.Text) e.layer();
            Optional<String> id = Optional.of(layer.id());
            double glyph = box.glyphHeight() * k;
            if (glyph < rule.minGlyphPixels()) {
                ctx.findings().add(Rule.LEGIBILITY, box.ink(), id, "guideline.legibility.small",
                        Describe.element(e), Shown.down(glyph, 1), rule.minGlyphPixels(), display);
            }
            double sizePx = box.size() * k;
            boolean large = sizePx >= LARGE_PX || (sizePx >= LARGE_BOLD_PX && layer.style().weight() >= 700);
            double needed = large ? rule.minContrastLarge() : rule.minContrast();
            double ratio = contrast(background, box.ink(), bk, colours(layer.style().fill()));
            if (ratio < needed) {
                ctx.findings().add(Rule.LEGIBILITY, box.ink(), id, "guideline.legibility.contrast",
                        Describe.element(e), Shown.down(ratio, 1), needed, display);
            }
        }
    }

    /** The document with its text and tag layers taken out: what shows behind them. */
    static Document withoutText(Document doc) {
        Frame f = doc.frame();
        List<Layer> layers = f.layers().stream().filter(l -> !(l instanceof Layer.Text)).toList();
        Frame bare = new Frame(f.id(), f.name(), f.kind(), f.canvas(), f.background(), f.slots(), layers, f.fields(),
                f.photoAboveAllowed(), f.guideline(), f.print()); // a photo-less print frame stays valid
        return new Document(doc.pack(), bare, doc.photos(), doc.texts(), doc.photoInFront(), doc.agencyLogo());
    }

    /** The colours a text is painted in: its solid colour, or every stop of its gradient. */
    static int[] colours(Fill fill) {
        return switch (fill) {
            case Fill.Solid s -> new int[] {s.argb()};
            case Fill.Linear l -> l.stops().stream().mapToInt(Fill.Stop::argb).toArray();
        };
    }

    /** The contrast at least 90 % of the pixels behind {@code ink} reach, against the worst text colour. */
    static double contrast(BufferedImage background, Rect ink, double scale, int[] textColours) {
        int x0 = clamp((int) Math.floor(ink.x() * scale), background.getWidth() - 1);
        int y0 = clamp((int) Math.floor(ink.y() * scale), background.getHeight() - 1);
        int x1 = clamp((int) Math.ceil(ink.maxX() * scale), background.getWidth());
        int y1 = clamp((int) Math.ceil(ink.maxY() * scale), background.getHeight());
        int w = Math.max(1, x1 - x0);
        int h = Math.max(1, y1 - y0);
        // A big text box (a pledge card's paragraph on a print page) is judged on an even grid of samples: the
        // percentile of 40 000 pixels is the percentile of all of them, at a fraction of the time per row.
        int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) w * h / MAX_SAMPLES)));
        double[] ratios = new double[ceilDiv(w, step) * ceilDiv(h, step)];
        int n = 0;
        for (int y = y0; y < y0 + h; y += step) {
            for (int x = x0; x < x0 + w; x += step) {
                int bg = Contrast.over(background.getRGB(x, y), 0xFFFFFF);
                double worst = 21;
                for (int c : textColours) {
                    worst = Math.min(worst, Contrast.ratio(Contrast.over(c, bg), bg));
                }
                ratios[n++] = worst;
            }
        }
        Arrays.sort(ratios);
        return ratios[(int) Math.floor(PERCENTILE * (n - 1))];
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(v, max));
    }
}
