// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.bingkai.app.common.Notice;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Placement;
import id.bingkai.testing.FakePhotos;
import id.bingkai.testing.TestFrames;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EditorViewModelTest {
    private final FramePack pack = TestFrames.pack("satu");
    private final List<Notice> notices = new ArrayList<>();
    private final List<Integer> renderedWidths = new ArrayList<>();
    private final FakePhotos photos = new FakePhotos();
    private final EditorViewModel vm = new EditorViewModel(Document.of(pack, pack.defaultFrame()),
            (doc, width, source) -> {
                renderedWidths.add(width);
                doc.primaryPhoto().ifPresent(p -> source.pixels(p.photo(), width, width));
                return new BufferedImage(width, doc.frame().canvas().heightFor(width), BufferedImage.TYPE_INT_ARGB);
            }, photos, Runnable::run, Runnable::run, notices::add);

    private Placement placement() {
        return vm.photo().orElseThrow().placement();
    }

    @Test
    void openingAPhotoPutsItCoverFittedIntoTheSlotAndRendersAPreview() {
        vm.previewWidthProperty().set(500);
        vm.openPhoto(Path.of("foto.jpg"));
        assertThat(placement()).isEqualTo(Placement.COVER);
        assertThat(vm.previewProperty().get().image().getWidth()).isEqualTo(500);
        assertThat(vm.previewProperty().get().document()).isSameAs(vm.document());
        assertThat(vm.openToPreviewMillisProperty().get()).isGreaterThanOrEqualTo(0);
        assertThat(vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void thePhotoIsDecodedOnceToAPreviewSizedCopyNotAtFullResolution() {
        vm.previewWidthProperty().set(500);
        vm.openPhoto(Path.of("foto.jpg"));
        vm.moveBy(10, 0);
        vm.zoomBy(1.5);
        assertThat(photos.loads).containsExactly("foto.jpg@2048x1536");
    }

    @Test
    void aBrokenPhotoShowsAMessageAndKeepsTheCurrentWork() {
        vm.openPhoto(Path.of("foto.jpg"));
        vm.setText("nama", "Siti");
        Document before = vm.document();
        vm.openPhoto(Path.of("rusak.jpg"));
        assertThat(vm.document()).isSameAs(before);
        assertThat(notices).hasSize(1);
        assertThat(notices.getFirst().kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aDragIsOneUndoStep() {
        vm.openPhoto(Path.of("foto.jpg"));
        vm.beginGesture();
        for (int i = 0; i < 20; i++) {
            vm.moveBy(4, -2);
        }
        vm.endGesture();
        assertThat(placement().offsetX()).isCloseTo(80.0 / 800, within(1e-9));
        assertThat(placement().offsetY()).isCloseTo(-40.0 / 800, within(1e-9));
        vm.undo();
        assertThat(placement()).isEqualTo(Placement.COVER);
        vm.redo();
        assertThat(placement().offsetX()).isCloseTo(0.1, within(1e-9));
    }

    @Test
    void undoCanGoBackToBeforeThePhotoWasOpened() {
        vm.openPhoto(Path.of("foto.jpg"));
        vm.undo();
        assertThat(vm.photo()).isEmpty();
        assertThat(vm.canUndoProperty().get()).isFalse();
        assertThat(vm.canRedoProperty().get()).isTrue();
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void zoomingAboutAPointKeepsThatPointStill() {
        vm.openPhoto(Path.of("foto.jpg"));
        // the slot is 100..900; zooming 2x about its top-left corner moves the photo centre from 500 to 900
        vm.zoomAbout(2, 100, 100);
        assertThat(placement().zoom()).isCloseTo(2, within(1e-9));
        assertThat(placement().offsetX()).isCloseTo(0.5, within(1e-9));
        assertThat(placement().offsetY()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void zoomStepsInARowUndoTogether() {
        vm.openPhoto(Path.of("foto.jpg"));
        vm.zoomBy(1.1);
        vm.zoomBy(1.1);
        vm.zoomBy(1.1);
        vm.undo();
        assertThat(placement().zoom()).isEqualTo(1.0);
    }

    @Test
    void zoomStaysWithinTheModelsLimits() {
        vm.openPhoto(Path.of("foto.jpg"));
        vm.zoomBy(1000);
        assertThat(placement().zoom()).isEqualTo(Placement.MAX_ZOOM);
        vm.zoomBy(1e-6);
        assertThat(placement().zoom()).isEqualTo(Placement.MIN_ZOOM);
    }

    @Test
    void quarterTurnsSnapAndFlipToggles() {
        vm.openPhoto(Path.of("foto.jpg"));
        vm.setRotation(87);
        vm.rotateQuarter(true);
        assertThat(placement().rotation()).isEqualTo(180.0);
        vm.rotateQuarter(true);
        assertThat(placement().rotation()).isEqualTo(-90.0);
        vm.toggleFlip();
        assertThat(placement().flipped()).isTrue();
    }

    @Test
    void fitWholeShowsTheWholeLandscapePhotoInASquareSlot() {
        vm.openPhoto(Path.of("foto.jpg"));
        vm.fitWhole();
        // 4000x3000 into 800x800: cover scale 800/3000, contain 800/4000 -> zoom 0.75
        assertThat(placement().zoom()).isCloseTo(0.75, within(1e-9));
        vm.rotateQuarter(true);
        vm.fitWhole();
        assertThat(placement().zoom()).isCloseTo(0.75, within(1e-9));
        vm.fitCover();
        assertThat(placement().zoom()).isEqualTo(1.0);
        assertThat(placement().rotation()).isEqualTo(90.0);
        vm.resetPlacement();
        assertThat(placement()).isEqualTo(Placement.COVER);
    }

    @Test
    void arrowKeysNudgeByOnePercentOfTheSlot() {
        vm.openPhoto(Path.of("foto.jpg"));
        vm.nudge(1, 0);
        vm.nudge(0, -1);
        assertThat(placement().offsetX()).isCloseTo(0.01, within(1e-9));
        assertThat(placement().offsetY()).isCloseTo(-0.01, within(1e-9));
    }

    @Test
    void placementEditsWithoutAPhotoDoNothing() {
        vm.moveBy(10, 10);
        vm.zoomBy(2);
        vm.fitWhole();
        assertThat(vm.canUndoProperty().get()).isFalse();
    }

    @Test
    void typingInAFieldIsOneUndoStep() {
        vm.setText("nama", "S");
        vm.setText("nama", "Si");
        vm.setText("nama", "Siti");
        assertThat(vm.document().texts()).containsEntry("nama", "Siti");
        vm.undo();
        assertThat(vm.document().texts()).containsEntry("nama", "");
    }

    @Test
    void switchingFrameKeepsPhotoPlacementAndTexts() {
        vm.openPhoto(Path.of("foto.jpg"));
        vm.moveBy(80, 0);
        vm.setText("nama", "Siti");
        vm.selectFrame(pack, pack.frame("status").orElseThrow());
        assertThat(vm.document().frame().id()).isEqualTo("status");
        assertThat(placement().offsetX()).isCloseTo(0.1, within(1e-9));
        assertThat(vm.document().texts()).containsEntry("nama", "Siti");
        FramePack other = TestFrames.pack("dua");
        vm.selectFrame(other, other.defaultFrame());
        assertThat(vm.document().pack()).isEqualTo(other);
        assertThat(vm.photo()).isPresent();
        vm.undo();
        vm.undo();
        assertThat(vm.document().frame().id()).isEqualTo("persegi");
    }

    @Test
    void savingClearsDirtyAndLoadingStartsAFreshHistory() {
        vm.openPhoto(Path.of("foto.jpg"));
        vm.markSaved();
        assertThat(vm.dirtyProperty().get()).isFalse();
        vm.zoomBy(2);
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.load(Document.of(pack, pack.defaultFrame()), true);
        assertThat(vm.canUndoProperty().get()).isFalse();
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void everyEditRendersAPreviewAtTheCanvasWidth() {
        vm.previewWidthProperty().set(640);
        vm.openPhoto(Path.of("foto.jpg"));
        renderedWidths.clear();
        vm.moveBy(1, 1);
        vm.previewWidthProperty().set(320);
        assertThat(renderedWidths).containsExactly(640, 320);
    }

    @Test
    void theCaptionAlwaysCarriesTheCampaignTag() {
        assertThat(vm.caption(Locale.ENGLISH)).isEqualTo("I stay neutral. #ASNpilihNETRAL");
        assertThat(vm.caption(Locale.of("id"))).contains("#ASNpilihNETRAL").startsWith("Saya netral");
    }
}
