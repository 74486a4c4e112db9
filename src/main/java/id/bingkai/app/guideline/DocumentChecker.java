// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.guideline;

import id.bingkai.core.guideline.CheckOptions;
import id.bingkai.core.guideline.GuidelineReport;
import id.bingkai.core.model.Document;
import id.bingkai.core.render.PhotoSource;

/** The core guideline checker as the editor sees it ({@code GuidelineChecker::check}); tests pass a fake. */
@FunctionalInterface
public interface DocumentChecker {
    GuidelineReport check(Document document, CheckOptions options, PhotoSource photos);
}
