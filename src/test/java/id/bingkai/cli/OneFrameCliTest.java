// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.io.project.ProjectCodec;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.PlacedPhoto;
import id.bingkai.core.model.Placement;
import id.bingkai.testing.Pictures;
import id.bingkai.testing.TestPacks;
import id.bingkai.wiring.Services;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * render, check and batch load only the frame they use: a broken file of another frame of the pack does not stop
 * them, the frame's own broken file does, an unknown frame is a usage error listing the frames, and lint still
 * reports the whole pack.
 */
class OneFrameCliTest {
    @TempDir
    Path dir;
    Path photo;
    Path pack;

    @BeforeEach
    void write() throws IOException {
        photo = dir.resolve("foto.jpg");
        ImageIO.write(Pictures.gradient(900, 900), "jpeg", photo.toFile());
        // the profile frame (the default, two photo places) gets a layer whose SVG is cut off
        JsonObject manifest = TestPacks.with(TestPacks.manifest(), "frames[0].layers[6]", JsonParser.parseString("""
                { "type": "image", "file": "layers/rusak.svg", "x": 0, "y": 0, "width": 100, "height": 100 }"""));
        Map<String, byte[]> files = TestPacks.pack(manifest);
        files.put("layers/rusak.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><path d=".getBytes(
                StandardCharsets.UTF_8));
        pack = TestPacks.writeFolder(dir.resolve("paket"), files);
    }

    @Test
    void renderAndCheckUseTheAskedFrameWhileAnotherFrameIsBroken() {
        Path out = dir.resolve("status.png");
        CliRun render = CliRun.of("render", "--pack", pack.toString(), "--frame", "status", "--photo",
                photo.toString(), "--text", "nip=1987", "--out", out.toString());

        assertThat(render.exitCode()).as(render.err()).isEqualTo(ExitCode.OK);
        assertThat(out).isRegularFile();
        assertThat(CliRun.of("check", "--pack", pack.toString(), "--frame", "status", "--photo", photo.toString())
                .exitCode()).isNotEqualTo(ExitCode.BAD_INPUT).isNotEqualTo(ExitCode.USAGE);
    }

    @Test
    void theDefaultFramesOwnBrokenFileIsBadInputNamingIt() {
        CliRun run = CliRun.of("render", "--pack", pack.toString(), "--photo", photo.toString(), "--photo",
                photo.toString(), "--out", dir.resolve("a.png").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("layers/rusak.svg").contains("frames[0].layers[6]");
        assertThat(dir.resolve("a.png")).doesNotExist();
    }

    @Test
    void anUnknownFrameIsAUsageErrorListingThePacksFrames() {
        CliRun id = CliRun.of("render", "--pack", pack.toString(), "--frame", "tidak-ada", "--photo",
                photo.toString(), "--out", dir.resolve("a.png").toString());
        CliRun builtIn = CliRun.of("--lang", "en", "batch", "--template", dir.resolve("t.csv").toString(),
                "--frame", "tidak-ada");

        assertThat(id.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(id.err()).contains("Bingkai \"tidak-ada\" tidak ada dalam paket uji-paket")
                .contains("lingkaran, status");
        assertThat(builtIn.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(builtIn.err()).contains("Frame \"tidak-ada\" is not in pack contoh-asn-pilih-netral")
                .contains("bingkai-penuh, lencana-lingkaran").contains("ikrar-a4");
    }

    @Test
    void batchTemplateOfTheAskedFrameAndLintOfTheWholePack() throws IOException {
        Path template = dir.resolve("status.csv");
        CliRun batch = CliRun.of("batch", "--template", template.toString(), "--pack", pack.toString(), "--frame",
                "status");
        CliRun lint = CliRun.of("lint", pack.toString());

        assertThat(batch.exitCode()).as(batch.err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readAllLines(template).getFirst()).contains("nip").doesNotContain("nama");
        assertThat(lint.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(lint.err()).contains("layers/rusak.svg");
    }

    @Test
    void aProjectLoadsTheFrameItNamesWhileAnotherFrameIsBroken() throws IOException {
        FramePack one = Services.create(new Messages(Messages.INDONESIAN)).packs()
                .openFrame(pack, Optional.of("status")).pack();
        Frame status = one.frames().getFirst();
        Document doc = Document.of(one, status).withText("nip", "1987").withPhoto(status.primarySlot().id(),
                new PlacedPhoto(new PhotoRef(photo, 900, 900), new Placement(0, 0, 1, 0, false)));
        Path project = dir.resolve("status.bingkai");
        Files.writeString(project, ProjectCodec.toJson(doc, false, project));
        Path out = dir.resolve("dari-proyek.png");

        CliRun render = CliRun.of("render", "--project", project.toString(), "--out", out.toString());
        assertThat(render.exitCode()).as(render.err()).isEqualTo(ExitCode.OK);
        assertThat(out).isRegularFile();

        // a frame the pack no longer has: the project's own message, naming the frame and the pack
        Path gone = dir.resolve("hilang.bingkai");
        Files.writeString(gone, Files.readString(project).replaceAll("\"frame\"\\s*:\\s*\"status\"",
                "\"frame\": \"hilang\""));
        assertThat(Files.readString(gone)).contains("hilang");
        CliRun missing = CliRun.of("render", "--project", gone.toString(), "--out", dir.resolve("b.png").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("bingkai \"hilang\" tidak ada dalam paket uji-paket");
    }
}
