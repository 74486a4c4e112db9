// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.app.common.Notice;
import id.bingkai.app.common.TaskRunner;
import id.bingkai.app.packs.PackLibrary;
import id.bingkai.app.packs.PackSource;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.io.pack.LoadedPack;
import id.bingkai.core.io.pack.PackLoader;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.FramePack;
import id.bingkai.testing.TestFrames;
import id.bingkai.wiring.Services;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
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

    /** Issue 15, point 10: a twibbon whose hole is too small is imported, and the notice says the hole's size. */
    @Test
    void aTwibbonWithASmallHoleIsImportedWithAWarningNamingTheFileAndTheHole() throws Exception {
        PackLoader loader = Services.create(new Messages(Messages.INDONESIAN)).packs();
        PackSource source = new PackSource() {
            @Override
            public FramePack builtIn() {
                return TestFrames.pack("bawaan");
            }

            @Override
            public FramePack load(Path pack) {
                return loader.load(pack);
            }

            @Override
            public LoadedPack open(Path pack) {
                return loader.open(pack);
            }
        };
        GalleryViewModel vm = new GalleryViewModel(new PackLibrary(dir.resolve("packs"), source),
                (doc, w, photos) -> new BufferedImage(w, doc.frame().canvas().heightFor(w),
                        BufferedImage.TYPE_INT_ARGB), TaskRunner.sameThread(), notices::add);
        vm.load(e -> { });
        BufferedImage image = new BufferedImage(1080, 1080, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 1080, 1080);
        g.setComposite(AlphaComposite.Clear);
        g.fillRect(500, 500, 80, 80);
        g.dispose();
        Path png = dir.resolve("Twibbon Dinas.png");
        ImageIO.write(image, "png", png.toFile());

        vm.importPack(png);

        assertThat(vm.sections()).hasSize(2);
        assertThat(notices).extracting(Notice::kind).containsExactly(Notice.Kind.INFO, Notice.Kind.WARNING);
        String text = new Messages(Messages.INDONESIAN).format(notices.get(1).message());
        assertThat(text).startsWith("Perhatian untuk Twibbon Dinas.png: lubang transparan untuk foto hanya 80 x 80 piksel (di 500,500)")
                .contains("paling sedikit 270 piksel");
    }
}
