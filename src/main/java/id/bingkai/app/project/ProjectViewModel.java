// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.project;

import id.bingkai.app.common.Notice;
import id.bingkai.app.common.NoticeSink;
import id.bingkai.app.common.TaskRunner;
import id.bingkai.app.common.UserErrors;
import id.bingkai.app.editor.EditorViewModel;
import id.bingkai.app.packs.PackLibrary;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.core.io.project.ProjectCodec;
import id.bingkai.core.io.project.ProjectFiles;
import id.bingkai.core.model.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Saving and opening projects, the minute-by-minute autosave and the recovery after a crash. The autosave file
 * lives in the data folder and is deleted on a normal exit, so finding it at start means the last session
 * ended abnormally.
 */
public final class ProjectViewModel {
    private final EditorViewModel editor;
    private final ProjectFiles files;
    private final Supplier<List<PackLibrary.Entry>> packs;
    private final TaskRunner tasks;
    private final NoticeSink notices;
    private final Path autosaveFile;
    private final ObjectProperty<Path> currentFile = new SimpleObjectProperty<>(this, "currentFile");
    private Document lastAutosaved;

    public ProjectViewModel(EditorViewModel editor, ProjectFiles files, Supplier<List<PackLibrary.Entry>> packs,
            TaskRunner tasks, NoticeSink notices, Path autosaveFile) {
        this.editor = Objects.requireNonNull(editor);
        this.files = Objects.requireNonNull(files);
        this.packs = Objects.requireNonNull(packs);
        this.tasks = Objects.requireNonNull(tasks);
        this.notices = Objects.requireNonNull(notices);
        this.autosaveFile = Objects.requireNonNull(autosaveFile);
        this.lastAutosaved = editor.document();
    }

    /** The project file being edited; empty until saved or opened. */
    public ReadOnlyObjectProperty<Path> currentFileProperty() {
        return currentFile;
    }

    /** Saves to {@code file} (adding the .bingkai extension); {@code then} runs after a successful save. */
    public void save(Path file, Runnable then) {
        Path target = withExtension(file);
        Document doc = editor.document();
        boolean builtIn = isBuiltIn(doc);
        tasks.run(() -> {
            files.save(doc, builtIn, target);
            return target;
        }, saved -> {
            currentFile.set(saved);
            if (editor.document() == doc) {
                editor.markSaved();
            }
            notices.show(Notice.info("project.saved", saved.getFileName()));
            then.run();
        }, e -> notices.show(Notice.error(UserErrors.describe(e))));
    }

    public void open(Path file) {
        List<PackLibrary.Entry> known = packs.get();
        tasks.run(() -> files.open(file, PackLibrary.known(known)), opened -> {
            editor.load(opened.document(), true);
            currentFile.set(file);
            opened.warnings().forEach(w -> notices.show(new Notice(Notice.Kind.WARNING, w)));
        }, e -> notices.show(Notice.error(UserErrors.describe(e))));
    }

    /** Writes the autosave if the document changed since the last one and has unsaved work. */
    public void autosave() {
        Document doc = editor.document();
        if (doc.equals(lastAutosaved) || !editor.dirtyProperty().get()) {
            return;
        }
        lastAutosaved = doc;
        String json = ProjectCodec.toJson(doc, isBuiltIn(doc), autosaveFile);
        tasks.run(() -> {
            Files.createDirectories(autosaveFile.toAbsolutePath().getParent());
            new AtomicFiles().writeString(autosaveFile, json);
            return autosaveFile;
        }, p -> { }, e -> notices.show(new Notice(Notice.Kind.WARNING,
                Msg.of("project.error.autosave", UserErrors.describe(e)))));
    }

    /** True when an autosave from an unfinished session is waiting (checked at start, off the FX thread). */
    public boolean recoveryAvailable() {
        return Files.isRegularFile(autosaveFile);
    }

    public void recover() {
        List<PackLibrary.Entry> known = packs.get();
        tasks.run(() -> files.open(autosaveFile, PackLibrary.known(known)), opened -> {
            editor.load(opened.document(), false);
            lastAutosaved = opened.document();
            notices.show(Notice.info("project.recovered"));
            opened.warnings().forEach(w -> notices.show(new Notice(Notice.Kind.WARNING, w)));
        }, e -> notices.show(Notice.error(UserErrors.describe(e))));
    }

    /** The session ends normally (or the user declined the recovery): the autosave is no longer needed. */
    public void discardAutosave() {
        try {
            Files.deleteIfExists(autosaveFile);
        } catch (IOException e) {
            // harmless: at worst a recovery is offered once more
        }
    }

    private boolean isBuiltIn(Document doc) {
        return packs.get().stream().anyMatch(e -> e.builtIn() && e.pack().equals(doc.pack()));
    }

    static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + ProjectCodec.EXTENSION) ? file
                : file.resolveSibling(name + "." + ProjectCodec.EXTENSION);
    }
}
