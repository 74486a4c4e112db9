// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.app.common.TaskRunner;
import id.bingkai.app.export.ExportViewModel;
import id.bingkai.app.export.SizePreset;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.testing.TestPhotos;
import id.bingkai.wiring.Services;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the user sees is what gets exported: the editor's preview (from the preview-sized photo copy) and an
 * export at the same width (from the full photo, through the export dialog's model) are the same picture.
 */
class PreviewMatchesExportTest {
    @TempDir
    Path dir;

    @Test
    void thePreviewIsTheExportAtScreenSize() throws Exception {
        Services services = Services.create(new Messages(Locale.of("id")));
        FramePack pack = services.packs().builtIn();
        PhotoFiles files = new PhotoFiles() {
            @Override
            public PhotoRef ref(Path file) {
                return services.images().ref(file);
            }

            @Override
            public BufferedImage load(Path file, int w, int h) {
                return services.images().load(file, w, h);
            }
        };
        EditorViewModel vm = new EditorViewModel(Document.of(pack, pack.defaultFrame()), services.renderer()::render,
                files, Runnable::run, Runnable::run, n -> {
                    throw new AssertionError(n);
                });
        int width = 540;
        vm.previewWidthProperty().set(width);
        vm.openPhoto(TestPhotos.jpeg(dir, "foto.jpg", 4000, 3000));
        vm.moveBy(60, -30);
        vm.zoomBy(1.3);
        vm.rotateBy(12);
        vm.setText("nama", "Siti Aminah");
        BufferedImage preview = vm.previewProperty().get().image();

        ExportViewModel export = new ExportViewModel(vm.document(), services.renderer()::render, services.images(),
                services.exporter()::write, TaskRunner.sameThread(), dir);
        export.presetProperty().set(SizePreset.CUSTOM);
        export.customWidthProperty().set(width);
        export.targetProperty().set(dir.resolve("ekspor.png"));
        export.export(false);
        assertThat(export.problemProperty().get()).isNull();
        BufferedImage exported = ImageIO.read(dir.resolve("ekspor.png").toFile());

        assertThat(exported.getWidth()).isEqualTo(preview.getWidth());
        assertThat(exported.getHeight()).isEqualTo(preview.getHeight());
        double sum = 0;
        int worst = 0;
        for (int y = 0; y < preview.getHeight(); y++) {
            for (int x = 0; x < preview.getWidth(); x++) {
                int a = preview.getRGB(x, y);
                int b = exported.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    int d = Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF));
                    sum += d;
                    worst = Math.max(worst, d);
                }
            }
        }
        double mean = sum / (3.0 * preview.getWidth() * preview.getHeight());
        // The preview resamples a 2048 px copy, the export the full photo: tiny differences at edges only.
        assertThat(mean).as("mean channel difference").isLessThan(1.5);
        assertThat(worst).as("largest channel difference").isLessThan(96);
    }
}
