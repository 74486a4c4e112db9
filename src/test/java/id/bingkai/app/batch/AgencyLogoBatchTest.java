// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.batch;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.app.batch.BatchViewModel.Phase;
import id.bingkai.app.common.TaskRunner;
import id.bingkai.core.batch.CoreRowWork;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.core.model.AgencyLogo;
import id.bingkai.core.model.Asset;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.Rect;
import id.bingkai.testing.Pictures;
import id.bingkai.testing.TestFrames;
import id.bingkai.testing.TestPhotos;
import id.bingkai.wiring.Services;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's batch dialog draws the remembered agency logo on every row, like {@code batch --agency-logo}. */
class AgencyLogoBatchTest {
    private static final Messages ID = new Messages(Locale.of("id"));
    private static final Services SERVICES = Services.create(ID);

    @TempDir
    Path dir;

    @Test
    void everyRowHasTheLogoInItsPlace() throws IOException {
        Frame frame = TestFrames.frame(FrameKind.POSTER, 1080, 1080, new Rect(0, 400, 1080, 680),
                new Layer.LogoPlace("logo-instansi", LayerPosition.ABOVE, new Rect(440, 60, 200, 200)));
        FramePack pack = TestFrames.pack(frame);
        BatchViewModel vm = new BatchViewModel(pack, frame, new BatchServices(new CoreRowWork(SERVICES.images(),
                SERVICES.renderer(), SERVICES.exporter(), SERVICES.checker()), TaskRunner.sameThread(),
                new AtomicFiles(), new AtomicInteger()::getAndIncrement, 1), ID, dir);
        vm.setAgencyLogo(Optional.of(new AgencyLogo(new Asset.Raster("logo.png", Pictures.flat(400, 100, 0x1040C0)))));
        Files.createDirectories(dir.resolve("foto"));
        TestPhotos.jpeg(dir.resolve("foto"), "siti.jpg", 240, 180);
        vm.openSheet(Files.writeString(dir.resolve("pegawai.csv"), "nama;foto\nSiti;foto/siti.jpg\nBudi;foto/siti.jpg\n",
                StandardCharsets.UTF_8));
        vm.sizeProperty().set(vm.sizes().stream().filter(p -> p.width() == 1080).findFirst().orElseThrow());
        vm.start(false);

        assertThat(vm.phaseProperty().get()).isEqualTo(Phase.FINISHED);
        assertThat(vm.summaryProperty().get().done()).isEqualTo(2);
        for (String name : new String[] {"Siti.jpg", "Budi.jpg"}) {
            BufferedImage made = ImageIO.read(dir.resolve("hasil-pegawai").resolve(name).toFile());
            // The 4:1 logo fills (440, 135)-(640, 185); above and below it the place is the white background.
            assertThat(blue(made.getRGB(540, 160))).as(name).isGreaterThan(150);
            assertThat(blue(made.getRGB(540, 100)) - ((made.getRGB(540, 100) >> 16) & 0xFF)).as(name).isLessThan(20);
        }
    }

    /** How much bluer than red a pixel is (JPEG keeps colours only roughly). */
    private static int blue(int rgb) {
        return (rgb & 0xFF) - ((rgb >> 16) & 0xFF);
    }
}
