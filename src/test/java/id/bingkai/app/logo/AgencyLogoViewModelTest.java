// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.logo;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.app.common.Notice;
import id.bingkai.app.common.TaskRunner;
import id.bingkai.app.editor.EditorViewModel;
import id.bingkai.core.error.BadInputException;
import id.bingkai.core.model.Asset;
import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.LocalizedText;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.SlotShape;
import id.bingkai.testing.FakePhotos;
import id.bingkai.testing.Pictures;
import id.bingkai.testing.TestFrames;
import id.bingkai.testing.TestPacks;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agency logo picked once: copied into the data folder, restored after a restart, never an undo step. */
class AgencyLogoViewModelTest {
    private static final Frame POSTER = TestFrames.frame(FrameKind.POSTER, 1080, 1350, new Rect(60, 500, 960, 600),
            new Layer.LogoPlace("logo-instansi", LayerPosition.ABOVE, new Rect(800, 60, 200, 200)));
    private static final Frame PROFILE = new Frame("profil", LocalizedText.of("Profil"), FrameKind.PROFILE,
            new CanvasSize(1080, 1080), Optional.empty(),
            List.of(PhotoSlot.of("foto", SlotShape.RECTANGLE, new Rect(0, 0, 1080, 1080))), List.of(), List.of(),
            false);
    private static final FramePack PACK = TestFrames.pack(POSTER, PROFILE);

    @TempDir
    Path dir;

    private final List<Notice> notices = new ArrayList<>();

    /** One run of the program: a fresh editor and view model over the same data folder. */
    private record Session(EditorViewModel editor, AgencyLogoViewModel logo) {
    }

    private Session start() {
        EditorViewModel editor = new EditorViewModel(Document.of(PACK, POSTER),
                (doc, width, source) -> new BufferedImage(width, doc.frame().canvas().heightFor(width),
                        BufferedImage.TYPE_INT_ARGB), new FakePhotos(), Runnable::run, Runnable::run, notices::add);
        AgencyLogoViewModel logo = new AgencyLogoViewModel(editor, AgencyLogoStore.of(dir.resolve("data/logo")),
                TaskRunner.sameThread(), notices::add);
        logo.restore();
        return new Session(editor, logo);
    }

    private Path png(String name) {
        return TestPacks.write(dir.resolve(name), TestPacks.png(Pictures.disc(400, 100)));
    }

    @Test
    void aPickedLogoIsDrawnInTheDocumentAndSurvivesARestartAfterTheOriginalIsDeleted() throws IOException {
        Session first = start();
        assertThat(first.logo().logo()).isEmpty();
        Path original = png("logo-pemkab.png");
        first.logo().choose(original);
        assertThat(first.editor().document().agencyLogo()).hasValueSatisfying(l -> assertThat(l.aspect()).isEqualTo(4));
        assertThat(first.logo().logo()).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("logo-pemkab.png"));
        Files.delete(original);

        Session second = start();
        assertThat(second.logo().logo()).hasValueSatisfying(l -> {
            assertThat(l.name()).isEqualTo("logo-pemkab.png");
            assertThat(l.picture()).isInstanceOf(Asset.Raster.class);
        });
        assertThat(second.editor().document().agencyLogo()).isPresent();
        assertThat(notices).isEmpty();
    }

    @Test
    void anSvgIsKeptAsVectors() throws IOException {
        Session session = start();
        session.logo().choose(Files.writeString(dir.resolve("lambang-instansi.svg"), TestPacks.EMBLEM_SVG));
        assertThat(start().logo().logo()).hasValueSatisfying(l -> assertThat(l.picture())
                .isInstanceOf(Asset.Vector.class));
    }

    @Test
    void choosingAnotherLogoReplacesTheRememberedOne() throws IOException {
        Session session = start();
        session.logo().choose(png("lama.png"));
        session.logo().choose(Files.writeString(dir.resolve("baru.svg"), TestPacks.EMBLEM_SVG));
        try (var files = Files.list(dir.resolve("data/logo"))) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactly("baru.svg");
        }
        assertThat(start().logo().logo()).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("baru.svg"));
    }

    @Test
    void aBrokenFileIsRefusedWithItsNameAndTheCurrentLogoStays() throws IOException {
        Session session = start();
        session.logo().choose(png("logo.png"));
        Path broken = Files.writeString(dir.resolve("rusak.png"), "bukan gambar");
        session.logo().choose(broken);
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Notice.Kind.ERROR);
            assertThat(n.message().args()).contains(broken);
        });
        assertThat(session.logo().logo()).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("logo.png"));
        assertThat(start().logo().logo()).isPresent();
    }

    @Test
    void aDamagedRememberedCopyIsReportedAtStartNamingTheCopy() throws IOException {
        Files.createDirectories(dir.resolve("data/logo"));
        Path copy = Files.writeString(dir.resolve("data/logo/logo.png"), "rusak");
        Session session = start();
        assertThat(session.logo().logo()).isEmpty();
        assertThat(session.editor().document().agencyLogo()).isEmpty();
        assertThat(notices).singleElement().satisfies(n -> assertThat(n.message().args()).contains(copy));
    }

    @Test
    void removeForgetsTheLogoForThisRunAndTheNext() {
        Session session = start();
        session.logo().choose(png("logo.png"));
        session.logo().remove();
        assertThat(session.logo().logo()).isEmpty();
        assertThat(session.editor().document().agencyLogo()).isEmpty();
        assertThat(start().logo().logo()).isEmpty();
    }

    @Test
    void theLogoIsASettingNotAnEditSoUndoKeepsItAndTheDocumentStaysSaved() {
        Session session = start();
        session.editor().setText("nama", "Siti");
        session.editor().markSaved();
        session.logo().choose(png("logo.png"));
        assertThat(session.editor().dirtyProperty().get()).isFalse();
        session.editor().setText("nama", "Budi");
        session.editor().undo();
        session.editor().undo();
        assertThat(session.editor().document().texts().get("nama")).isEqualTo("");
        assertThat(session.editor().document().agencyLogo()).isPresent();
    }

    @Test
    void anOpenedProjectGetsTheRememberedLogoAndSwitchingFramesKeepsIt() {
        Session session = start();
        session.logo().choose(png("logo.png"));
        session.editor().load(Document.of(PACK, POSTER), true);
        assertThat(session.editor().document().agencyLogo()).isPresent();
        assertThat(session.editor().dirtyProperty().get()).isFalse();
        session.editor().selectFrame(PACK, PACK.frames().get(1));
        assertThat(session.logo().placeAvailableProperty().get()).isFalse();
        assertThat(session.editor().document().agencyLogo()).isPresent();
        session.editor().selectFrame(PACK, POSTER);
        assertThat(session.logo().placeAvailableProperty().get()).isTrue();
    }

    @Test
    void theStoreRefusesBeforeReplacing() {
        AgencyLogoStore store = AgencyLogoStore.of(dir.resolve("data/logo"));
        store.remember(png("logo.png"));
        try {
            store.remember(dir.resolve("hilang.png"));
        } catch (BadInputException e) {
            assertThat(e.file()).isEqualTo(dir.resolve("hilang.png"));
        }
        assertThat(store.copy()).hasValueSatisfying(p -> assertThat(p.getFileName().toString()).isEqualTo("logo.png"));
    }
}
