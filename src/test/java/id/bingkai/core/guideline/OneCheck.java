// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.model.Document;
import id.bingkai.core.model.GuidelineSettings;
import java.util.List;
import java.util.Optional;

/**
 * Runs one rule on a document, with the context the checker would give it (elements measured by the real text
 * setter, the paper's geometry), but without the other rules: no render for legibility, so a test stays fast.
 */
final class OneCheck {
    private static final Elements ELEMENTS = new Elements(new TextMeasure(RuleChecks.FONTS));

    private OneCheck() {
    }

    static List<Finding> run(RuleCheck check, Document doc) {
        return run(check, doc, GuidelineSettings.DEFAULT, Optional.empty(), 0);
    }

    static List<Finding> run(RuleCheck check, Document doc, GuidelineSettings settings, Optional<PrintSpec> paper,
            int exportWidth) {
        Findings findings = new Findings(settings, doc.frame().canvas());
        Optional<PrintGeometry> print = paper.map(p -> PrintGeometry.of(doc.frame().canvas(), p,
                settings.printSafeMarginMm()));
        int width = exportWidth > 0 ? exportWidth : doc.frame().canvas().width();
        check.check(new CheckContext(doc, settings, ELEMENTS.of(doc), print, width, findings));
        return findings.list();
    }

    static List<Element> elements(Document doc) {
        return ELEMENTS.of(doc);
    }
}
