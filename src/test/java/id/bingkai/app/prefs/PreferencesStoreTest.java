// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesStoreTest {
    @TempDir
    Path dir;

    @Test
    void languageThemeAndRecentPhotosSurviveARestart() throws Exception {
        PreferencesStore store = new PreferencesStore(dir.resolve("preferences.json"));
        Preferences prefs = Preferences.DEFAULT.withLanguage("en").withTheme(Theme.DARK)
                .withRecent(Path.of("/foto/a.jpg")).withRecent(Path.of("/foto/b.jpg"));
        store.save(prefs);
        assertThat(new PreferencesStore(dir.resolve("preferences.json")).load()).isEqualTo(prefs);
    }

    @Test
    void noFileMeansIndonesianAndLight() {
        Preferences p = new PreferencesStore(dir.resolve("tidak-ada.json")).load();
        assertThat(p.language()).isEqualTo("id");
        assertThat(p.theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void aDamagedFileFallsBackToTheDefaults() throws Exception {
        Path file = Files.writeString(dir.resolve("preferences.json"), "{\"language\": \"en\",,,");
        assertThat(new PreferencesStore(file).load()).isEqualTo(Preferences.DEFAULT);
    }

    @Test
    void recentPhotosAreNewestFirstWithoutDuplicatesAndCapped() {
        Preferences p = Preferences.DEFAULT;
        for (int i : IntStream.range(0, 12).toArray()) {
            p = p.withRecent(Path.of("/foto/" + i + ".jpg"));
        }
        p = p.withRecent(Path.of("/foto/5.jpg"));
        assertThat(p.recentPhotos()).hasSize(Preferences.MAX_RECENT);
        assertThat(p.recentPhotos().getFirst()).isEqualTo(Path.of("/foto/5.jpg"));
        assertThat(p.recentPhotos()).doesNotHaveDuplicates();
    }

    @Test
    void anUnknownLanguageBecomesIndonesian() {
        assertThat(Preferences.DEFAULT.withLanguage("fr").language()).isEqualTo("id");
    }
}
