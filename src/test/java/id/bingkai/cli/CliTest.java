// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;
    Path photo;

    @BeforeEach
    void writePhoto() throws IOException {
        BufferedImage img = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.BLUE, 1200, 800, Color.GREEN));
        g.fillRect(0, 0, 1200, 800);
        g.dispose();
        photo = dir.resolve("foto saya.jpg");
        ImageIO.write(img, "jpeg", photo.toFile());
    }

    @Test
    void framesJsonListsTheBuiltInProfileAndStatusFrames() {
        CliRun run = CliRun.of("frames", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonArray frames = JsonParser.parseString(run.out()).getAsJsonArray();
        assertThat(frames.size()).isGreaterThanOrEqualTo(2);
        assertThat(frames.asList()).anySatisfy(f -> {
            assertThat(f.getAsJsonObject().get("kind").getAsString()).isEqualTo("profile");
            assertThat(f.getAsJsonObject().get("width").getAsInt()).isEqualTo(1080);
            assertThat(f.getAsJsonObject().get("height").getAsInt()).isEqualTo(1080);
        });
        assertThat(frames.asList()).anySatisfy(f -> {
            assertThat(f.getAsJsonObject().get("kind").getAsString()).isEqualTo("status");
            assertThat(f.getAsJsonObject().get("height").getAsInt()).isEqualTo(1920);
        });
        for (JsonElement f : frames) {
            assertThat(f.getAsJsonObject().keySet()).contains("id", "kind", "width", "height");
        }
    }

    @Test
    void framesTableMarksTheBuiltInSetAsASample() {
        CliRun run = CliRun.of("frames");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("contoh").contains("1080");
    }

    @Test
    void renderWritesAJpegOfTheRequestedWidthCarryingTheTag() throws IOException {
        Path out = dir.resolve("profil.jpg");
        CliRun run = CliRun.of("render", "--photo", photo.toString(), "--width", "400", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        BufferedImage img = ImageIO.read(out.toFile());
        assertThat(img.getWidth()).isEqualTo(400);
        assertThat(img.getHeight()).isEqualTo(400);
        assertThat(new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1)).contains("#ASNpilihNETRAL");
    }

    @Test
    void renderWithPlacementAndTextProducesAPng() throws IOException {
        Path out = dir.resolve("status.png");
        String statusId = JsonParser.parseString(CliRun.of("frames", "--json").out()).getAsJsonArray().asList()
                .stream().map(JsonElement::getAsJsonObject)
                .filter(o -> o.get("kind").getAsString().equals("status")).findFirst().orElseThrow()
                .get("id").getAsString();
        CliRun run = CliRun.of("render", "--photo", photo.toString(), "--frame", statusId, "--zoom", "1.5",
                "--offset", "0.1,-0.1", "--rotate", "7", "--flip", "--width", "540", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        BufferedImage img = ImageIO.read(out.toFile());
        assertThat(img.getWidth()).isEqualTo(540);
        assertThat(img.getHeight()).isEqualTo(960);
    }

    @Test
    void anExistingOutputIsNeverReplacedWithoutForce() throws IOException {
        Path out = dir.resolve("ada.png");
        Files.writeString(out, "karya lama");
        CliRun refused = CliRun.of("render", "--photo", photo.toString(), "--out", out.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).contains(out.toString()).contains("--force");
        assertThat(Files.readString(out)).isEqualTo("karya lama");

        CliRun forced = CliRun.of("render", "--photo", photo.toString(), "--width", "200", "--force",
                "--out", out.toString());
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(200);
    }

    @Test
    void aBrokenPhotoIsBadInputNamingTheFile() throws IOException {
        Path fake = dir.resolve("bukan foto.jpg");
        Files.writeString(fake, "ini hanya teks, bukan gambar");
        CliRun run = CliRun.of("render", "--photo", fake.toString(), "--out", dir.resolve("x.png").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("bukan foto.jpg").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliRun.of("render", "--photo", photo.toString()).exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("render", "--photo", photo.toString(), "--out", dir.resolve("a.gif").toString())
                .exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("render", "--photo", photo.toString(), "--frame", "tidak-ada",
                "--out", dir.resolve("a.png").toString()).exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("render", "--photo", photo.toString(), "--zoom", "0",
                "--out", dir.resolve("a.png").toString()).exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("render", "--photo", photo.toString(), "--text", "jabatan=x",
                "--out", dir.resolve("a.png").toString()).exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("tidak-ada-perintah").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void messagesAreIndonesianByDefaultAndEnglishOnRequest() {
        Path out = dir.resolve("a.png");
        String id = CliRun.of("render", "--photo", dir.resolve("hilang.jpg").toString(), "--out", out.toString()).err();
        String en = CliRun.of("--lang", "en", "render", "--photo", dir.resolve("hilang.jpg").toString(),
                "--out", out.toString()).err();
        assertThat(id).contains("hilang.jpg").isNotEqualTo(en);
        assertThat(en).contains("hilang.jpg");
    }

    @Test
    void lintReportsEveryProblemOfABrokenPack() throws IOException {
        Path pack = Files.createDirectory(dir.resolve("paket"));
        Files.writeString(pack.resolve("manifest.json"), """
                {"schema": 1, "id": "Rusak!", "name": "x", "frames": [
                  {"id": "a", "name": "A", "kind": "profil", "width": 1080, "height": -5,
                   "slots": [{"id": "foto", "shape": "ellipse", "x": 0, "y": 0, "width": 10, "height": 10}],
                   "layers": [{"type": "image", "file": "../luar.png", "x": 0, "y": 0, "width": 5, "height": 5}]}
                ]}""");
        CliRun run = CliRun.of("lint", pack.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("manifest.json").contains("frames[0]");
        assertThat(run.err().lines().filter(l -> l.startsWith("  ")).count()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aProjectSavedByTheEditorRendersAndChecksFromTheCommandLine() throws IOException {
        var pack = new id.bingkai.core.io.pack.PackLoader(new id.bingkai.core.io.image.ImageLoader(
                id.bingkai.core.io.image.PixelBudget.DEFAULT, java.util.Optional.empty()),
                id.bingkai.core.io.pack.PackLimits.DEFAULT).builtIn();
        var frame = pack.defaultFrame();
        var doc = id.bingkai.core.model.Document.of(pack, frame)
                .withPhoto(frame.primarySlot().id(), new id.bingkai.core.model.PlacedPhoto(
                        new id.bingkai.core.model.PhotoRef(photo, 1200, 800),
                        new id.bingkai.core.model.Placement(0.05, 0, 1.2, 3, false)));
        Path project = dir.resolve("saya.bingkai");
        Files.writeString(project, id.bingkai.core.io.project.ProjectCodec.toJson(doc, true, project));

        Path out = dir.resolve("dari-proyek.png");
        CliRun render = CliRun.of("render", "--project", project.toString(), "--width", "300",
                "--out", out.toString());
        assertThat(render.exitCode()).as(render.err()).isZero();
        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(300);

        CliRun check = CliRun.of("check", "--project", project.toString(), "--json");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(JsonParser.parseString(check.out()).isJsonArray()).isTrue();

        assertThat(CliRun.of("check", "--project", project.toString(), "--frame", frame.id()).exitCode())
                .isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("check").exitCode()).isEqualTo(ExitCode.USAGE);
    }
}
