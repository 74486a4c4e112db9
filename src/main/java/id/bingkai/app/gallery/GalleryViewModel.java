// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.gallery;

import id.bingkai.app.common.Notice;
import id.bingkai.app.common.NoticeSink;
import id.bingkai.app.common.TaskRunner;
import id.bingkai.app.common.UserErrors;
import id.bingkai.app.editor.DocumentRenderer;
import id.bingkai.app.packs.PackLibrary;
import id.bingkai.core.error.Problem;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.PlacedPhoto;
import id.bingkai.core.model.Placement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every frame the user can pick: the built-in set and the imported packs, each with a thumbnail drawn by the
 * core renderer around a stand-in portrait. Importing a pack copies it into the data folder (background).
 */
public final class GalleryViewModel {
    public static final int THUMB_WIDTH = 240;

    private final PackLibrary library;
    private final DocumentRenderer renderer;
    private final TaskRunner tasks;
    private final NoticeSink notices;
    private final PlaceholderPhoto placeholder = new PlaceholderPhoto();
    private final ObservableList<PackSection> sections = FXCollections.observableArrayList();
    private final ObservableList<PackSection> readOnly = FXCollections.unmodifiableObservableList(sections);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private Consumer<FramePack> onImported = p -> { };

    public GalleryViewModel(PackLibrary library, DocumentRenderer renderer, TaskRunner tasks, NoticeSink notices) {
        this.library = Objects.requireNonNull(library);
        this.renderer = Objects.requireNonNull(renderer);
        this.tasks = Objects.requireNonNull(tasks);
        this.notices = Objects.requireNonNull(notices);
    }

    public ObservableList<PackSection> sections() {
        return readOnly;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Called with the pack after an import succeeded (the editor switches to its first frame). */
    public void setOnImported(Consumer<FramePack> listener) {
        this.onImported = Objects.requireNonNull(listener);
    }

    /** Loads the built-in set and the stored packs; {@code whenDone} gets them (built-in first). */
    public void load(Consumer<List<PackLibrary.Entry>> whenDone) {
        busy.set(true);
        tasks.run(library::loadAll, contents -> {
            busy.set(false);
            sections.setAll(contents.entries().stream().map(this::section).toList());
            for (PackLibrary.Failure f : contents.failures()) {
                notices.show(new Notice(Notice.Kind.WARNING, Msg.of("gallery.error.stored-pack", f.stored(),
                        f.reason())));
            }
            renderThumbnails(sections);
            whenDone.accept(contents.entries());
        }, e -> {
            busy.set(false);
            notices.show(Notice.error(UserErrors.describe(e)));
        });
    }

    /** Imports a folder, a .zip or a twibbon .png; problems are reported and nothing changes. */
    public void importPack(Path from) {
        busy.set(true);
        tasks.run(() -> library.importPack(from), entry -> {
            busy.set(false);
            String id = entry.pack().id();
            List<PackSection> kept = new ArrayList<>(sections.stream()
                    .filter(s -> s.entry().builtIn() || !s.entry().pack().id().equals(id)).toList());
            PackSection added = section(entry);
            kept.add(1, added);
            sections.setAll(kept);
            renderThumbnails(List.of(added));
            notices.show(Notice.info("gallery.imported", entry.pack().name(), entry.pack().frames().size()));
            for (Problem w : entry.warnings()) {
                notices.show(new Notice(Notice.Kind.WARNING, Msg.of("gallery.imported.warning", w.file(),
                        w.reason())));
            }
            onImported.accept(entry.pack());
        }, e -> {
            busy.set(false);
            notices.show(Notice.error(UserErrors.describe(e)));
        });
    }

    public void remove(PackSection section) {
        if (section.entry().builtIn()) {
            return;
        }
        tasks.run(() -> {
            library.remove(section.entry());
            return section;
        }, s -> sections.remove(s), e -> notices.show(Notice.error(UserErrors.describe(e))));
    }

    /** The packs as loaded, for resolving a project's pack reference. */
    public List<PackLibrary.Entry> entries() {
        return sections.stream().map(PackSection::entry).toList();
    }

    private PackSection section(PackLibrary.Entry entry) {
        List<FrameTile> tiles = new ArrayList<>();
        for (Frame frame : entry.pack().frames()) {
            tiles.add(new FrameTile(entry.pack(), frame));
        }
        return new PackSection(entry, tiles);
    }

    private void renderThumbnails(List<PackSection> of) {
        List<FrameTile> tiles = of.stream().flatMap(s -> s.tiles().stream()).toList();
        tasks.run(() -> {
            for (FrameTile tile : tiles) {
                Document doc = Document.of(tile.pack(), tile.frame());
                for (var slot : tile.frame().slots()) { // every slot shows the placeholder, not only the first
                    doc = doc.withPhoto(slot.id(), new PlacedPhoto(PlaceholderPhoto.REF, Placement.COVER));
                }
                var img = renderer.render(doc, THUMB_WIDTH, placeholder);
                tasks.runOnUi(() -> tile.setThumbnail(img));
            }
            return tiles.size();
        }, n -> { }, e -> notices.show(Notice.error(UserErrors.describe(e))));
    }
}
