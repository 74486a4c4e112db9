// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.model.Document;
import id.bingkai.core.model.GuidelineSettings;
import java.util.List;
import java.util.Optional;

/**
 * What one check run knows: the document, the rule values, where the layers are, the paper if any, and the
 * width in pixels the image is exported at.
 */
record CheckContext(Document doc, GuidelineSettings settings, List<Element> elements, Optional<PrintGeometry> print,
        int exportWidth, Findings findings) {
    List<Element> marked() {
        return elements.stream().filter(Element::marked).toList();
    }
}
