// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.app.common.Notice;
import id.bingkai.app.common.TaskRunner;
import id.bingkai.app.packs.PackLibrary;
import id.bingkai.app.packs.PackSource;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.FramePack;
import id.bingkai.testing.TestFrames;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GalleryViewModelTest {
    @TempDir
    Path dir;
    private final List<Notice> notices = new ArrayList<>();
    private final List<FramePack> imported = new ArrayList<>();

    private GalleryViewModel gallery() {
        PackSource source = new PackSource() {
            @Override
            public FramePack builtIn() {
                return TestFrames.pack("bawaan");
            }

            @Override
            public FramePack load(Path pack) {
                return TestFrames.pack("resmi");
            }
        };
        GalleryViewModel vm = new GalleryViewModel(new PackLibrary(dir.resolve("packs"), source),
                (doc, w, photos) -> {
                    assertThat(doc.primaryPhoto()).as("thumbnails show a stand-in portrait").isPresent();
                    photos.pixels(doc.primaryPhoto().get().photo(), w, w);
                    return new BufferedImage(w, doc.frame().canvas().heightFor(w), BufferedImage.TYPE_INT_ARGB);
                }, TaskRunner.sameThread(), notices::add);
        vm.setOnImported(imported::add);
        return vm;
    }

    @Test
    void everyFrameGetsAThumbnailGroupedByKind() {
        GalleryViewModel vm = gallery();
        vm.load(entries -> assertThat(entries).hasSize(1));
        PackSection section = vm.sections().getFirst();
        assertThat(section.byKind().keySet()).containsExactly(FrameKind.PROFILE, FrameKind.STATUS);
        assertThat(section.tiles()).allSatisfy(t -> assertThat(t.thumbnailProperty().get().getWidth())
                .isEqualTo(GalleryViewModel.THUMB_WIDTH));
    }

    @Test
    void anImportedPackAppearsAfterTheBuiltInSetAndIsAnnounced() throws Exception {
        GalleryViewModel vm = gallery();
        vm.load(e -> { });
        vm.importPack(Files.writeString(dir.resolve("resmi.zip"), "zip"));
        assertThat(vm.sections()).extracting(s -> s.entry().pack().id()).containsExactly("bawaan", "resmi");
        assertThat(imported).extracting(FramePack::id).containsExactly("resmi");
        assertThat(notices).extracting(n -> n.message().key()).containsExactly("gallery.imported");
        assertThat(gallery().entries()).isEmpty();
        GalleryViewModel restarted = gallery();
        restarted.load(e -> { });
        assertThat(restarted.entries()).extracting(e -> e.pack().id()).containsExactly("bawaan", "resmi");
    }

    @Test
    void aFailedImportChangesNothing() {
        GalleryViewModel vm = gallery();
        vm.load(e -> { });
        vm.importPack(dir.resolve("tidak-ada.zip"));
        assertThat(vm.sections()).hasSize(1);
        assertThat(notices).extracting(Notice::kind).containsExactly(Notice.Kind.ERROR);
        assertThat(vm.busyProperty().get()).isFalse();
    }
}
