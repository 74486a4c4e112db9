// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.editor;

import id.bingkai.core.model.PhotoPlaces;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.app.export.ExportViewModel;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.Placement;
import id.bingkai.testing.FakePhotos;
import id.bingkai.testing.TestFrames;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A frame with two photo slots ("kiri", a rectangle on the left; "kanan", an ellipse on the right). */
class MultiSlotEditorTest {
    private final FramePack pack = TestFrames.twoSlotPack("duo");
    private final EditorViewModel vm = new EditorViewModel(Document.of(pack, pack.frame("duo").orElseThrow()),
            (doc, width, source) -> new BufferedImage(width, doc.frame().canvas().heightFor(width),
                    BufferedImage.TYPE_INT_ARGB), new FakePhotos(), Runnable::run, Runnable::run, n -> { });

    private Placement placement(String slot) {
        return vm.document().photo(slot).orElseThrow().placement();
    }

    private void openBoth() {
        vm.openPhoto(Path.of("pejabat.jpg"));
        vm.selectSlot("kanan");
        vm.openPhoto(Path.of("pegawai.jpg"));
    }

    @Test
    void theFirstSlotIsActiveAtFirstAndAnotherCanBeChosen() {
        assertThat(vm.activeSlot().id()).isEqualTo("kiri");
        vm.selectSlot("kanan");
        assertThat(vm.activeSlot().id()).isEqualTo("kanan");
        assertThat(vm.slot()).isEqualTo(vm.document().frame().slot("kanan").orElseThrow().bounds());
        vm.selectSlot("tidak-ada");
        assertThat(vm.activeSlot().id()).as("an unknown slot changes nothing").isEqualTo("kanan");
    }

    @Test
    void aClickInsideASlotMakesItActiveAndAClickBesideKeepsTheActiveOne() {
        assertThat(vm.selectSlotAt(750, 250)).isTrue();
        assertThat(vm.activeSlot().id()).isEqualTo("kanan");
        // The ellipse's bounding corner is outside the ellipse itself.
        assertThat(vm.selectSlotAt(560, 60)).isFalse();
        assertThat(vm.selectSlotAt(500, 250)).isFalse();
        assertThat(vm.activeSlot().id()).isEqualTo("kanan");
        assertThat(vm.selectSlotAt(60, 60)).isTrue();
        assertThat(vm.activeSlot().id()).isEqualTo("kiri");
    }

    @Test
    void anOpenedPhotoGoesIntoTheActiveSlotOnly() {
        vm.selectSlot("kanan");
        vm.openPhoto(Path.of("pegawai.jpg"));
        assertThat(vm.document().photo("kanan").orElseThrow().photo().path()).isEqualTo(Path.of("pegawai.jpg"));
        assertThat(placement("kanan")).isEqualTo(Placement.COVER);
        assertThat(vm.document().photo("kiri")).isEmpty();
        assertThat(vm.photo()).isEqualTo(vm.document().photo("kanan"));
    }

    @Test
    void placementEditsChangeTheActiveSlotOnly() {
        openBoth();
        vm.zoomBy(1.5);
        vm.rotateQuarter(true);
        vm.nudge(2, 0);
        vm.toggleFlip();
        assertThat(placement("kanan").zoom()).isEqualTo(1.5);
        assertThat(placement("kanan").rotation()).isEqualTo(90);
        assertThat(placement("kanan").flipped()).isTrue();
        assertThat(placement("kiri")).isEqualTo(Placement.COVER);
        vm.selectSlot("kiri");
        vm.moveBy(40, 0);
        assertThat(placement("kiri").offsetX()).isEqualTo(40.0 / 400);
        vm.resetPlacement();
        assertThat(placement("kiri")).isEqualTo(Placement.COVER);
        assertThat(placement("kanan").zoom()).isEqualTo(1.5);
    }

    @Test
    void zoomStepsInDifferentSlotsAreSeparateUndoSteps() {
        openBoth();
        vm.zoomBy(1.5);
        vm.selectSlot("kiri");
        vm.zoomBy(2);
        vm.undo();
        assertThat(placement("kiri")).isEqualTo(Placement.COVER);
        assertThat(placement("kanan").zoom()).isEqualTo(1.5);
    }

    @Test
    void undoAndRedoWorkAcrossSlotsAndShowTheSlotTheyChanged() {
        openBoth();
        vm.zoomBy(1.5); // kanan
        vm.selectSlot("kiri");
        vm.rotateQuarter(true);
        vm.selectSlot("kanan");
        vm.undo(); // the turn of kiri
        assertThat(placement("kiri").rotation()).isZero();
        assertThat(vm.activeSlot().id()).isEqualTo("kiri");
        vm.undo(); // the zoom of kanan
        assertThat(placement("kanan").zoom()).isEqualTo(1.0);
        assertThat(vm.activeSlot().id()).isEqualTo("kanan");
        vm.undo(); // the photo of kanan
        assertThat(vm.document().photo("kanan")).isEmpty();
        vm.redo();
        vm.redo();
        vm.redo();
        assertThat(placement("kanan").zoom()).isEqualTo(1.5);
        assertThat(placement("kiri").rotation()).isEqualTo(90);
        assertThat(vm.activeSlot().id()).isEqualTo("kiri");
    }

    @Test
    void theEmptySlotsAreNamedUntilEverySlotHasAPhoto() {
        assertThat(vm.emptySlots()).extracting(PhotoSlot::id).containsExactly("kiri", "kanan");
        vm.openPhoto(Path.of("pejabat.jpg"));
        assertThat(vm.emptySlots()).extracting(PhotoSlot::id).containsExactly("kanan");
        var missing = ExportViewModel.missingPhoto(vm.document()).orElseThrow();
        assertThat(missing.key()).isEqualTo("export.dialog.error.empty-slot");
        assertThat(missing.args()).extracting(a -> ((id.bingkai.core.i18n.Msg) a).args().getFirst())
                .containsExactly(2);
        vm.selectSlot("kanan");
        vm.openPhoto(Path.of("pegawai.jpg"));
        assertThat(vm.emptySlots()).isEmpty();
        assertThat(ExportViewModel.missingPhoto(vm.document())).isEmpty();
    }

    @Test
    void aFrameWithOneSlotStillSaysNoPhoto() {
        FramePack single = TestFrames.pack("satu");
        assertThat(ExportViewModel.missingPhoto(Document.of(single, single.defaultFrame())).orElseThrow().key())
                .isEqualTo("export.dialog.error.no-photo");
    }

    @Test
    void switchingFramesKeepsEachSlotsPhotoByPositionAndFallsBackToTheFirstSlot() {
        openBoth();
        vm.zoomBy(1.5);
        vm.selectFrame(pack, pack.frame("persegi").orElseThrow());
        assertThat(vm.activeSlot().id()).isEqualTo("foto");
        assertThat(vm.document().photo("foto").orElseThrow().photo().path()).isEqualTo(Path.of("pejabat.jpg"));
        vm.selectFrame(pack, pack.frame("duo").orElseThrow());
        assertThat(vm.document().photo("kanan")).as("a one-slot frame keeps one photo").isEmpty();
        vm.undo();
        vm.undo();
        assertThat(placement("kanan").zoom()).as("undo brings the second photo back").isEqualTo(1.5);
    }

    @Test
    void aListenerOfTheDocumentAlwaysSeesAnActiveSlotOfTheNewFrame() {
        List<String> seen = new ArrayList<>();
        vm.selectSlot("kanan");
        vm.documentProperty().addListener((obs, old, doc) -> seen.add(doc.frame().id() + ":" + PhotoPlaces.number(
                doc.frame(), vm.activeSlot().id())));
        vm.selectFrame(pack, pack.frame("persegi").orElseThrow());
        vm.selectFrame(pack, pack.frame("duo").orElseThrow());
        assertThat(seen).containsExactly("persegi:1", "duo:1");
    }

    @Test
    void loadingAProjectMakesTheFirstSlotActive() {
        openBoth();
        Document loaded = vm.document();
        vm.selectSlot("kanan");
        vm.load(loaded, true);
        assertThat(vm.activeSlot().id()).isEqualTo("kiri");
        assertThat(vm.document().photos()).hasSize(2);
    }
}
