// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Shows a folder in the system's file manager. Uses the platform's own command rather than java.awt.Desktop,
 * which would start AWT (and a second GTK) inside the JavaFX process.
 */
public final class FolderOpener {
    private FolderOpener() {
    }

    public static void open(Path folder) throws IOException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("explorer.exe", folder.toString())
                : os.contains("mac") ? List.of("open", folder.toString()) : List.of("xdg-open", folder.toString());
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
