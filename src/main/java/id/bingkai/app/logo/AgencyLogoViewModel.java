// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.logo;

import id.bingkai.app.common.Notice;
import id.bingkai.app.common.NoticeSink;
import id.bingkai.app.common.TaskRunner;
import id.bingkai.app.common.UserErrors;
import id.bingkai.app.editor.EditorViewModel;
import id.bingkai.core.model.AgencyLogo;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * "Logo instansi" in the side panel: the agency logo the officer picked once, remembered between runs and drawn in
 * every frame that has a place for it. Files are read and copied in the background; a broken file leaves the
 * current logo as it was and says why, naming the file.
 */
public final class AgencyLogoViewModel {
    private final EditorViewModel editor;
    private final AgencyLogoStore store;
    private final TaskRunner tasks;
    private final NoticeSink notices;
    private final ObjectProperty<AgencyLogo> logo = new SimpleObjectProperty<>(this, "logo");
    private final BooleanProperty placeAvailable = new SimpleBooleanProperty(this, "placeAvailable");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    public AgencyLogoViewModel(EditorViewModel editor, AgencyLogoStore store, TaskRunner tasks, NoticeSink notices) {
        this.editor = Objects.requireNonNull(editor);
        this.store = Objects.requireNonNull(store);
        this.tasks = Objects.requireNonNull(tasks);
        this.notices = Objects.requireNonNull(notices);
        placeAvailable.set(editor.document().frame().logoPlace().isPresent());
        editor.documentProperty().addListener((obs, old, doc) ->
                placeAvailable.set(doc.frame().logoPlace().isPresent()));
    }

    /** The remembered logo; null while none is chosen. */
    public ReadOnlyObjectProperty<AgencyLogo> logoProperty() {
        return logo;
    }

    public Optional<AgencyLogo> logo() {
        return Optional.ofNullable(logo.get());
    }

    /** The current frame offers a place for the agency logo (the control is shown only then). */
    public ReadOnlyBooleanProperty placeAvailableProperty() {
        return placeAvailable;
    }

    /** A file is being read or copied. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** At start: the logo remembered from an earlier run, if any. A damaged copy is reported and left unused. */
    public void restore() {
        work(store::load);
    }

    /** The officer picked a file: checked, copied into the data folder, and drawn from now on. */
    public void choose(Path file) {
        Objects.requireNonNull(file);
        work(() -> Optional.of(store.remember(file)));
    }

    /** "Hapus": no agency logo any more (the remembered copy is deleted). */
    public void remove() {
        work(() -> {
            store.forget();
            return Optional.empty();
        });
    }

    private void work(java.util.concurrent.Callable<Optional<AgencyLogo>> step) {
        busy.set(true);
        tasks.run(step, result -> {
            busy.set(false);
            logo.set(result.orElse(null));
            editor.setAgencyLogo(result);
        }, e -> {
            busy.set(false);
            notices.show(Notice.error(UserErrors.describe(e)));
        });
    }
}
