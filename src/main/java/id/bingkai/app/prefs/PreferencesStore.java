// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.prefs;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import id.bingkai.core.io.export.AtomicFiles;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes {@code preferences.json}. A damaged file never stops the program: it falls back to the
 * defaults (and is replaced at the next save).
 */
public final class PreferencesStore {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private final Path file;

    /** The JSON shape; converted to the validated record in one place. */
    private static final class Json {
        int schema = 1;
        String language;
        String theme;
        List<String> recentPhotos;
    }

    public PreferencesStore(Path file) {
        this.file = file;
    }

    public Preferences load() {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return Preferences.DEFAULT;
        } catch (IOException e) {
            return Preferences.DEFAULT;
        }
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            Json json = GSON.fromJson(reader, Json.class);
            if (json == null) {
                return Preferences.DEFAULT;
            }
            Theme theme = "dark".equals(json.theme) ? Theme.DARK : Theme.LIGHT;
            List<Path> recent = new ArrayList<>();
            if (json.recentPhotos != null) {
                for (String p : json.recentPhotos) {
                    try {
                        if (p != null) {
                            recent.add(Path.of(p));
                        }
                    } catch (InvalidPathException ignored) {
                        // a path from another system; drop it
                    }
                }
            }
            return new Preferences(json.language == null ? "id" : json.language.toLowerCase(Locale.ROOT), theme,
                    recent);
        } catch (JsonParseException | IllegalStateException e) {
            return Preferences.DEFAULT;
        }
    }

    public void save(Preferences prefs) throws IOException {
        Json json = new Json();
        json.language = prefs.language();
        json.theme = prefs.theme().id();
        json.recentPhotos = prefs.recentPhotos().stream().map(Path::toString).toList();
        Files.createDirectories(file.toAbsolutePath().getParent());
        new AtomicFiles().writeString(file, GSON.toJson(json) + "\n");
    }
}
