// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.prefs;

import java.util.Locale;

public enum Theme {
    LIGHT, DARK;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stylesheet that defines this theme's colours on {@code .root}. */
    public String stylesheet() {
        return "/id/bingkai/app/theme-" + id() + ".css";
    }
}
