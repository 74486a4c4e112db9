// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import id.bingkai.app.common.FileDialogs;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Window;

/**
 * File dialogs a test answers: each gives back the path the test put in (none by default, as if the user cancelled)
 * and is written down in {@link #asked} as {@code open [patterns]}, {@code save name [patterns]} or {@code folder}.
 */
final class AnsweredDialogs implements FileDialogs {
    volatile Path open;
    volatile Path save;
    volatile Path folder;
    final List<String> asked = new CopyOnWriteArrayList<>();

    @Override
    public Optional<Path> openFile(Window owner, String title, Path folder, List<Filter> filters) {
        asked.add("open " + filters.getFirst().patterns());
        return Optional.ofNullable(open);
    }

    @Override
    public Optional<Path> saveFile(Window owner, String title, Path folder, String name, List<Filter> filters) {
        asked.add("save " + name + " " + filters.getFirst().patterns());
        return Optional.ofNullable(save);
    }

    @Override
    public Optional<Path> chooseFolder(Window owner, String title, Path folder) {
        asked.add("folder");
        return Optional.ofNullable(this.folder);
    }
}
