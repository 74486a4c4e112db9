// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where Bingkai keeps the user's things between runs: preferences, imported frame packs, the autosave.
 * Linux follows XDG ({@code $XDG_DATA_HOME/bingkai}, else {@code ~/.local/share/bingkai}); Windows uses
 * {@code %APPDATA%\Bingkai}; macOS {@code ~/Library/Application Support/Bingkai}. {@code BINGKAI_DATA}
 * overrides all of them (tests and portable installs pass their own folder).
 */
public record DataFolder(Path root) {
    public DataFolder {
        Objects.requireNonNull(root);
    }

    public static DataFolder forSystem(Map<String, String> env, String osName, Path home) {
        String override = env.get("BINGKAI_DATA");
        if (override != null && !override.isBlank()) {
            return new DataFolder(Path.of(override));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming");
            return new DataFolder(base.resolve("Bingkai"));
        }
        if (os.contains("mac")) {
            return new DataFolder(home.resolve("Library/Application Support/Bingkai"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : home.resolve(".local/share");
        return new DataFolder(base.resolve("bingkai"));
    }

    public static DataFolder forThisUser() {
        return forSystem(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    public Path packs() {
        return root.resolve("packs");
    }

    public Path preferences() {
        return root.resolve("preferences.json");
    }

    public Path autosave() {
        return root.resolve("autosave.bingkai");
    }

    /** The agency logo the officer picked, kept as a copy so it survives the original being moved. */
    public Path agencyLogo() {
        return root.resolve("logo-instansi");
    }

    /** Images pasted from the clipboard are kept here so a project can refer to them. */
    public Path pasted() {
        return root.resolve("pasted");
    }
}
