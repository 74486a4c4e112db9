// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.i18n.Msg;

/** How a message names an element: "logo (emblem)", "teks \"#ASNpilihNETRAL\"". */
final class Describe {
    private static final int MAX_TEXT = 32;

    private Describe() {
    }

    static Msg element(Element e) {
        String id = e.layer().id();
        return switch (e.layer().role()) {
            case LOGO -> Msg.of("guideline.element.logo", id);
            case AGENCY_LOGO -> Msg.of("guideline.element.agency-logo");
            case TAG, TEXT -> e.text().map(t -> Msg.of("guideline.element.text", shorten(t.text())))
                    .orElseGet(() -> Msg.of("guideline.element.layer", id));
            case DECORATION -> Msg.of("guideline.element.layer", id);
        };
    }

    private static String shorten(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
