// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * The system's file dialogs behind an interface: a native dialog cannot be driven by a headless test, so tests
 * answer with paths of their own. Every method returns empty when the user cancels.
 */
public interface FileDialogs {
    /** A file type offered in the dialog, e.g. "CSV" with {@code *.csv}. */
    record Filter(String description, List<String> patterns) {
        public Filter {
            patterns = List.copyOf(patterns);
        }
    }

    /** Chooses an existing file; {@code folder} (may be null) is where the dialog starts. */
    Optional<Path> openFile(Window owner, String title, Path folder, List<Filter> filters);

    /**
     * Chooses a file to write. The dialog itself asks before an existing file is chosen (every platform's save
     * dialog does), so the caller may replace what it returns.
     */
    Optional<Path> saveFile(Window owner, String title, Path folder, String name, List<Filter> filters);

    /** Chooses a folder (it may be created in the dialog). */
    Optional<Path> chooseFolder(Window owner, String title, Path folder);
}
