// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.model.Document;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.render.FontLibrary;
import id.bingkai.core.render.PhotoSource;
import id.bingkai.core.render.Renderer;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a document into guideline findings. The editor calls it on every change, export before writing,
 * the CLI's {@code check} and {@code lint} from the command line. Thread-safe; one instance per program.
 */
public final class GuidelineChecker {
    private final Renderer renderer;
    private final Elements elements;

    public GuidelineChecker(Renderer renderer, FontLibrary fonts) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.elements = new Elements(new TextMeasure(Objects.requireNonNull(fonts, "fonts")));
    }

    /** Same as {@link #check(Document, CheckOptions, PhotoSource)} with the paper given directly. */
    public GuidelineReport check(Document doc, GuidelineSettings settings, Optional<PrintSpec> paper,
            PhotoSource photos) {
        return check(doc, new CheckOptions(settings, paper, 0), photos);
    }

    /**
     * Checks a document for the screen, or for paper when the options name one (adds the print rules, judges
     * logo size in millimetres and the photo in effective ppi).
     *
     * @param photos where the legibility check gets photo pixels (it renders at the platform's display size)
     */
    public GuidelineReport check(Document doc, CheckOptions options, PhotoSource photos) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(photos, "photos");
        GuidelineSettings settings = options.settings();
        Findings findings = new Findings(settings, doc.frame().canvas());
        // A print frame is checked for its own page (preflight) unless a paper is given.
        Optional<PrintGeometry> print = options.paper().or(() -> ownPaper(doc)).map(p -> PrintGeometry.of(
                doc.frame().canvas(), p, settings.printSafeMarginMm()));
        int width = options.exportWidth() > 0 ? options.exportWidth() : doc.frame().canvas().width();
        CheckContext ctx = new CheckContext(doc, settings, elements.of(doc), print, width, findings);
        List<RuleCheck> checks = List.of(new CircleCropCheck(), new StoryBandsCheck(), new LogoCheck(),
                new AgencyLogoCheck(),                new LegibilityCheck(renderer, photos), new PhotoCheck(), new PrintCheck());
        for (RuleCheck check : checks) {
            check.check(ctx);
        }
        List<Finding> sorted = findings.list().stream()
                .sorted(Comparator.comparing(Finding::severity).reversed().thenComparing(Finding::rule)).toList();
        return new GuidelineReport(sorted);
    }

    /** The page a print frame declares, at 300 dpi. */
    private static Optional<PrintSpec> ownPaper(Document doc) {
        return doc.frame().print().map(p -> new PrintSpec(p.trimWidthMm(), p.trimHeightMm(), p.bleedMm(),
                PrintSpec.A4.dpi()));
    }
}
