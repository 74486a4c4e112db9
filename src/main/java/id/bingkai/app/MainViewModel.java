// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app;

import id.bingkai.app.common.Notice;
import id.bingkai.app.common.NoticeSink;
import id.bingkai.app.common.TaskRunner;
import id.bingkai.app.common.UserErrors;
import id.bingkai.app.editor.EditorViewModel;
import id.bingkai.app.gallery.GalleryViewModel;
import id.bingkai.app.guideline.GuidelineViewModel;
import id.bingkai.app.logo.AgencyLogoStore;
import id.bingkai.app.logo.AgencyLogoViewModel;
import id.bingkai.app.packs.PackLibrary;
import id.bingkai.app.prefs.Preferences;
import id.bingkai.app.prefs.PreferencesStore;
import id.bingkai.app.prefs.Theme;
import id.bingkai.core.io.project.ProjectFiles;
import id.bingkai.app.project.ProjectViewModel;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.FramePack;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The whole window's state: the editor, the gallery, the project and the preferences, and the ways a file
 * gets in (open, drop, paste, recent). Holds no Node; the window binds to it.
 */
public final class MainViewModel {
    private final EditorContext context;
    private final EditorViewModel editor;
    private final GalleryViewModel gallery;
    private final ProjectViewModel project;
    private final GuidelineViewModel guideline;
    private final AgencyLogoViewModel agencyLogo;
    private final PreferencesStore prefsStore;
    private final TaskRunner tasks;
    private final NoticeSink notices;
    private final Intake intake;
    private final ObjectProperty<Preferences> prefs = new SimpleObjectProperty<>(this, "prefs");
    private final BooleanProperty recoveryOffered = new SimpleBooleanProperty(this, "recoveryOffered");
    private final BooleanProperty ready = new SimpleBooleanProperty(this, "ready");

    public MainViewModel(EditorContext context, Preferences initialPrefs, NoticeSink notices) {
        this.context = Objects.requireNonNull(context);
        this.notices = Objects.requireNonNull(notices);
        this.tasks = context.tasks();
        this.prefsStore = new PreferencesStore(context.data().preferences());
        this.intake = new Intake(context.photos());
        this.prefs.set(initialPrefs);
        FramePack builtIn = context.packs().builtIn();
        this.editor = new EditorViewModel(Document.of(builtIn, builtIn.defaultFrame()), context.renderer(),
                context.photos(), context.tasks().background(), context.tasks().ui(), notices);
        PackLibrary library = new PackLibrary(context.data().packs(), context.packs());
        this.gallery = new GalleryViewModel(library, context.renderer(), tasks, notices);
        this.project = new ProjectViewModel(editor, new ProjectFiles(context.photos()::ref, context.packs()::load),
                gallery::entries, tasks, notices, context.data().autosave());
        this.guideline = new GuidelineViewModel(editor, context.checker(), context.renderer(),
                context.tasks().background(), context.tasks().ui(), notices);
        this.agencyLogo = new AgencyLogoViewModel(editor, AgencyLogoStore.of(context.data().agencyLogo()), tasks,
                notices);
        editor.setOnPhotoOpened(this::remember);
        gallery.setOnImported(pack -> editor.selectFrame(pack, pack.defaultFrame()));
    }

    public EditorViewModel editor() {
        return editor;
    }

    public GalleryViewModel gallery() {
        return gallery;
    }

    public GuidelineViewModel guideline() {
        return guideline;
    }

    /** The agency's own logo, remembered between runs. */
    public AgencyLogoViewModel agencyLogo() {
        return agencyLogo;
    }

    public ProjectViewModel project() {
        return project;
    }

    public EditorContext context() {
        return context;
    }

    public ReadOnlyObjectProperty<Preferences> prefsProperty() {
        return prefs;
    }

    /** An autosave from a session that did not end normally is waiting; the window offers to restore it. */
    public ReadOnlyBooleanProperty recoveryOfferedProperty() {
        return recoveryOffered;
    }

    /** The packs are loaded and the gallery is filled. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready;
    }

    /** Loads the packs, then checks for an autosave to recover. */
    public void start() {
        agencyLogo.restore();
        gallery.load(entries -> tasks.run(project::recoveryAvailable, available -> {
            ready.set(true);
            recoveryOffered.set(available);
        }, e -> ready.set(true)));
    }

    public void acceptRecovery(boolean accept) {
        recoveryOffered.set(false);
        if (accept) {
            project.recover();
        } else {
            tasks.run(() -> {
                project.discardAutosave();
                return true;
            }, x -> { }, e -> { });
        }
    }

    public void openPhoto(Path file) {
        editor.openPhoto(file);
    }

    /** Files dropped on the window or pasted: each goes where it belongs (photo, pack, project). */
    public void openFiles(List<Path> files) {
        for (Path file : files) {
            tasks.run(() -> intake.classify(file), kind -> {
                switch (kind) {
                    case PHOTO -> editor.openPhoto(file);
                    case PACK -> gallery.importPack(file);
                    case PROJECT -> project.open(file);
                }
            }, e -> notices.show(Notice.error(UserErrors.describe(e))));
        }
    }

    /** A picture pasted from the clipboard is kept in the data folder, then opened like any photo. */
    public void openPastedImage(BufferedImage image) {
        Path folder = context.data().pasted();
        tasks.run(() -> {
            Files.createDirectories(folder);
            Path file = folder.resolve("tempel-" + LocalDateTime.now().format(
                    DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".png");
            if (!javax.imageio.ImageIO.write(image, "png", file.toFile())) {
                throw new java.io.IOException("no PNG writer");
            }
            return file;
        }, editor::openPhoto, e -> notices.show(Notice.error(UserErrors.describe(e))));
    }

    public void setLanguage(String language) {
        updatePrefs(prefs.get().withLanguage(language));
    }

    public void setTheme(Theme theme) {
        updatePrefs(prefs.get().withTheme(theme));
    }

    /** The window closes normally: the autosave goes, the preferences stay. */
    public void shutdown() {
        project.discardAutosave();
    }

    private void remember(Path photo) {
        if (!photo.startsWith(context.data().pasted())) {
            updatePrefs(prefs.get().withRecent(photo));
        }
    }

    private void updatePrefs(Preferences next) {
        if (next.equals(prefs.get())) {
            return;
        }
        prefs.set(next);
        tasks.run(() -> {
            prefsStore.save(next);
            return next;
        }, p -> { }, e -> notices.show(Notice.error(UserErrors.describe(e))));
    }
}
