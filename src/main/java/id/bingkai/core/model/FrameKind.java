// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

import java.util.Locale;
import java.util.Optional;

/** What a frame is made for; decides default export sizes and which guideline rules apply. */
public enum FrameKind {
    PROFILE, STATUS, POSTER, BANNER, CARD;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FrameKind> fromId(String id) {
        return EnumIds.find(values(), FrameKind::id, id);
    }
}
