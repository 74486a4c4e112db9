// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.i18n.Messages;
import id.bingkai.core.io.project.ProjectCodec;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.PlacedPhoto;
import id.bingkai.core.model.Placement;
import id.bingkai.wiring.Services;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line fills every photo place of a frame, or refuses as the editor does when one is left empty. */
class PhotoPlacesCliTest {
    @TempDir
    Path dir;
    Path pack;
    Path red;
    Path blue;

    @BeforeEach
    void writePackAndPhotos() throws IOException {
        pack = Files.createDirectory(dir.resolve("paket-duo"));
        Files.writeString(pack.resolve("manifest.json"), """
                {"schema": 1, "id": "duo", "name": "Duo", "frames": [
                  {"id": "berdua", "name": "Berdua", "kind": "poster", "width": 1000, "height": 500,
                   "background": "#FFFFFF",
                   "slots": [{"id": "kiri", "shape": "rect", "x": 0, "y": 0, "width": 500, "height": 500},
                             {"id": "kanan", "shape": "rect", "x": 500, "y": 0, "width": 500, "height": 500}],
                   "layers": []}
                ]}""");
        red = photo("merah.png", Color.RED);
        blue = photo("biru.png", Color.BLUE);
    }

    private Path photo(String name, Color colour) throws IOException {
        BufferedImage img = new BufferedImage(600, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 600, 600);
        g.dispose();
        Path file = dir.resolve(name);
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    @Test
    void twoPhotosGoIntoTheTwoPlacesInTheFramesOrder() throws IOException {
        Path out = dir.resolve("berdua.png");
        CliRun run = CliRun.of("render", "--pack", pack.toString(), "--photo", red.toString(), "--photo",
                blue.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        BufferedImage img = ImageIO.read(out.toFile());
        assertThat(img.getWidth()).isEqualTo(1000);
        for (int y : new int[] {10, 250, 490}) {
            assertThat(new Color(img.getRGB(250, y))).as("left place at y=%d", y).isEqualTo(Color.RED);
            assertThat(new Color(img.getRGB(750, y))).as("right place at y=%d", y).isEqualTo(Color.BLUE);
        }
    }

    @Test
    void aMissingSecondPhotoIsRefusedNamingThePlaceAndNothingIsWritten() {
        Path out = dir.resolve("setengah.png");
        CliRun render = CliRun.of("render", "--pack", pack.toString(), "--photo", red.toString(), "--out",
                out.toString());
        assertThat(render.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(render.err()).contains("Foto 2 masih kosong").contains("--photo");
        assertThat(out).doesNotExist();
        assertThat(dir).isDirectoryNotContaining(p -> p.getFileName().toString().contains("setengah"));

        CliRun check = CliRun.of("--lang", "en", "check", "--pack", pack.toString(), "--photo", red.toString());
        assertThat(check.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(check.err()).contains("Photo 2 is still empty");
        assertThat(check.out()).isEmpty();
    }

    @Test
    void morePhotosThanPlacesIsAUsageError() {
        CliRun run = CliRun.of("render", "--pack", pack.toString(), "--photo", red.toString(), "--photo",
                blue.toString(), "--photo", red.toString(), "--out", dir.resolve("tiga.png").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("berdua").contains("2 tempat foto");
        assertThat(dir.resolve("tiga.png")).doesNotExist();
    }

    @Test
    void aProjectWithAnEmptyPlaceIsRefusedNamingTheProjectAndThePlace() throws IOException {
        FramePack loaded = Services.create(new Messages(Messages.INDONESIAN)).packs().load(pack);
        Document doc = Document.of(loaded, loaded.frames().getFirst())
                .withPhoto("kiri", new PlacedPhoto(new PhotoRef(red, 600, 600), Placement.COVER));
        Path project = dir.resolve("separuh.bingkai");
        Files.writeString(project, ProjectCodec.toJson(doc, false, project));
        Path out = dir.resolve("dari-proyek.png");

        CliRun run = CliRun.of("render", "--project", project.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("separuh.bingkai").contains("Foto 2 masih kosong");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBatchIntoATwoPlaceFrameIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path sheet = Files.writeString(dir.resolve("pegawai.csv"), "nama;foto\r\nSiti;merah.png\r\n");
        Path out = dir.resolve("hasil");
        CliRun run = CliRun.of("batch", sheet.toString(), "--pack", pack.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("berdua").contains("Foto 2 akan kosong");
        assertThat(out).doesNotExist();
    }
}
