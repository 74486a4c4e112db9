// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

import java.util.Locale;
import java.util.Optional;

/** How a text layer fills its box. */
public enum TextFlow {
    /** One line, centred vertically, shrunk to the box width (names, tags, titles). */
    LINE,
    /** Lines wrapped at the box width, line breaks kept, top-aligned, the whole block shrunk to fit the box. */
    PARAGRAPH,
    /** Like a paragraph, but every non-empty line of the text is an item with a bullet and a hanging indent. */
    BULLETS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TextFlow> fromId(String id) {
        return EnumIds.find(values(), TextFlow::id, id);
    }
}
