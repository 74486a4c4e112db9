// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.project;

import id.bingkai.core.io.project.ProjectFiles;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.app.common.Notice;
import id.bingkai.app.common.TaskRunner;
import id.bingkai.app.editor.EditorViewModel;
import id.bingkai.app.packs.PackLibrary;
import id.bingkai.app.packs.PackSource;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.FramePack;
import id.bingkai.testing.FakePhotos;
import id.bingkai.testing.TestFrames;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectViewModelTest {
    @TempDir
    Path dir;
    private final FramePack pack = TestFrames.pack("satu");
    private final List<Notice> notices = new ArrayList<>();
    private final FakePhotos photos = new FakePhotos();

    private EditorViewModel editor() {
        return new EditorViewModel(Document.of(pack, pack.defaultFrame()), (d, w, s) -> new BufferedImage(w, w, 2),
                photos, Runnable::run, Runnable::run, notices::add);
    }

    private ProjectViewModel project(EditorViewModel editor) {
        PackSource source = new PackSource() {
            @Override
            public FramePack builtIn() {
                return pack;
            }

            @Override
            public FramePack load(Path p) {
                throw new UnsupportedOperationException();
            }
        };
        return new ProjectViewModel(editor, new ProjectFiles(photos::ref, source::load),
                () -> List.of(new PackLibrary.Entry(pack, Optional.empty())), TaskRunner.sameThread(), notices::add,
                dir.resolve("autosave.bingkai"));
    }

    @Test
    void autosaveWritesUnsavedWorkAndRecoveryBringsItBack() throws Exception {
        Path photo = Files.writeString(dir.resolve("foto.jpg"), "x");
        EditorViewModel editor = editor();
        ProjectViewModel project = project(editor);
        project.autosave();
        assertThat(project.recoveryAvailable()).as("nothing to save yet").isFalse();
        editor.openPhoto(photo);
        editor.setText("nama", "Siti");
        editor.zoomBy(2);
        project.autosave();
        assertThat(project.recoveryAvailable()).isTrue();

        EditorViewModel next = editor();
        project(next).recover();
        assertThat(next.document().texts()).containsEntry("nama", "Siti");
        assertThat(next.photo().orElseThrow().placement().zoom()).isEqualTo(2.0);
        assertThat(next.dirtyProperty().get()).as("recovered work is not saved anywhere yet").isTrue();
    }

    @Test
    void aNormalEndRemovesTheAutosave() {
        EditorViewModel editor = editor();
        ProjectViewModel project = project(editor);
        editor.setText("nama", "Siti");
        project.autosave();
        project.discardAutosave();
        assertThat(project.recoveryAvailable()).isFalse();
    }

    @Test
    void savingMarksTheWorkSavedAndRemembersTheFile() {
        EditorViewModel editor = editor();
        ProjectViewModel project = project(editor);
        editor.setText("nama", "Siti");
        project.save(dir.resolve("profil"), () -> notices.add(Notice.info("done")));
        assertThat(dir.resolve("profil.bingkai")).exists();
        assertThat(project.currentFileProperty().get()).isEqualTo(dir.resolve("profil.bingkai"));
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(notices).extracting(n -> n.message().key()).contains("project.saved", "done");
    }

    @Test
    void openingABrokenProjectKeepsTheCurrentWork() throws Exception {
        EditorViewModel editor = editor();
        editor.setText("nama", "Siti");
        Document before = editor.document();
        project(editor).open(Files.writeString(dir.resolve("rusak.bingkai"), "{ bukan json"));
        assertThat(editor.document()).isSameAs(before);
        assertThat(notices).extracting(Notice::kind).containsExactly(Notice.Kind.ERROR);
    }
}
