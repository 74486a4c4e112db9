// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

import java.util.Locale;
import java.util.Optional;

/** What a layer means to the guideline checks. */
public enum LayerRole {
    /** Backgrounds, borders, ornaments. */
    DECORATION,
    /** The campaign logo drawn by the pack: clear space, minimum size, never distorted. */
    LOGO,
    /**
     * The user's own agency logo, drawn in a frame's {@link Layer.LogoPlace}: the same logo rules, and it may not
     * outweigh the campaign logo.
     */
    AGENCY_LOGO,
    /** The campaign hashtag. */
    TAG,
    /** Other text such as a name or unit. */
    TEXT;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<LayerRole> fromId(String id) {
        return EnumIds.find(values(), LayerRole::id, id);
    }
}
