// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.export;

import id.bingkai.core.guideline.GuidelineReport;
import id.bingkai.core.model.Document;
import java.util.List;

/** The guideline check an export runs first, at the width it is written at (the photo's resolution depends on it). */
@FunctionalInterface
public interface ExportCheck {
    /** For callers that check nothing (tests of the writing itself). */
    ExportCheck NONE = (doc, width) -> new GuidelineReport(List.of());

    GuidelineReport check(Document document, int width);
}
