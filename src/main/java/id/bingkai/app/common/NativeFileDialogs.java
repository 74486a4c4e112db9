// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link FileDialogs} as JavaFX's FileChooser and DirectoryChooser, i.e. the platform's own dialogs. */
public final class NativeFileDialogs implements FileDialogs {
    @Override
    public Optional<Path> openFile(Window owner, String title, Path folder, List<Filter> filters) {
        FileChooser chooser = chooser(title, folder, filters);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> saveFile(Window owner, String title, Path folder, String name, List<Filter> filters) {
        FileChooser chooser = chooser(title, folder, filters);
        chooser.setInitialFileName(name);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(Window owner, String title, Path folder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        startIn(folder).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title, Path folder, List<Filter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        startIn(folder).ifPresent(chooser::setInitialDirectory);
        filters.forEach(f -> chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(f.description(), f.patterns())));
        return chooser;
    }

    /** The folder, or its nearest existing parent (a folder not made yet starts the dialog beside it). */
    private static Optional<File> startIn(Path folder) {
        for (Path p = folder == null ? null : folder.toAbsolutePath(); p != null; p = p.getParent()) {
            File f = p.toFile();
            if (f.isDirectory()) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
