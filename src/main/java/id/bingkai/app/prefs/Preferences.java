// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.prefs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the user chose and what they used last, kept between runs.
 *
 * @param language     "id" or "en"
 * @param recentPhotos newest first, at most {@link #MAX_RECENT}
 */
public record Preferences(String language, Theme theme, List<Path> recentPhotos) {
    public static final int MAX_RECENT = 8;
    public static final Preferences DEFAULT = new Preferences("id", Theme.LIGHT, List.of());

    public Preferences {
        Objects.requireNonNull(theme);
        language = "en".equals(language) ? "en" : "id";
        recentPhotos = List.copyOf(recentPhotos.subList(0, Math.min(recentPhotos.size(), MAX_RECENT)));
    }

    public Preferences withLanguage(String lang) {
        return new Preferences(lang, theme, recentPhotos);
    }

    public Preferences withTheme(Theme t) {
        return new Preferences(language, t, recentPhotos);
    }

    /** Puts the photo first in the recent list (once). */
    public Preferences withRecent(Path photo) {
        Path abs = photo.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>();
        list.add(abs);
        recentPhotos.stream().filter(p -> !p.equals(abs)).forEach(list::add);
        return new Preferences(language, theme, list);
    }
}
