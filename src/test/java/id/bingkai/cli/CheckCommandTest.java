// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path dir;
    Path photo;

    @BeforeEach
    void writePhoto() throws IOException {
        photo = jpeg("foto.jpg", 3000, 3000);
    }

    private Path jpeg(String name, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x203040), w, h, new Color(0x405060)));
        g.fillRect(0, 0, w, h);
        g.dispose();
        Path file = dir.resolve(name);
        ImageIO.write(img, "jpeg", file.toFile());
        return file;
    }

    @Test
    void theBuiltInFrameWithASharpPhotoHasNothingBlocking() {
        CliRun run = CliRun.of("check", "--photo", photo.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).isNotBlank();
    }

    @Test
    void aPhotoThatLeavesEmptyEdgesBlocksWithExitCodeOne() {
        CliRun run = CliRun.of("check", "--photo", photo.toString(), "--zoom", "0.6");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(CheckCommand.BLOCKED);
        assertThat(run.out()).contains("photo-coverage").contains("menghalangi ekspor");
    }

    @Test
    void jsonGivesRuleSeverityMessageAndRegion() {
        CliRun run = CliRun.of("--lang", "en", "check", "--photo", photo.toString(), "--zoom", "0.6", "--json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(CheckCommand.BLOCKED);
        JsonArray findings = JsonParser.parseString(run.out()).getAsJsonArray();
        assertThat(findings.asList()).isNotEmpty().allSatisfy(e -> {
            JsonObject f = e.getAsJsonObject();
            assertThat(f.keySet()).contains("rule", "severity", "message", "region");
            assertThat(f.getAsJsonObject("region").keySet()).containsExactly("x", "y", "width", "height");
        });
        JsonObject coverage = findings.asList().stream().map(JsonElement::getAsJsonObject)
                .filter(f -> f.get("rule").getAsString().equals("photo-coverage")).findFirst().orElseThrow();
        assertThat(coverage.get("severity").getAsString()).isEqualTo("blocking");
        assertThat(coverage.get("message").getAsString()).contains("Zoom in");
        assertThat(coverage.getAsJsonObject("region").get("width").getAsDouble()).isPositive();
    }

    @Test
    void aSmallPhotoIsReportedAsTooSoftButDoesNotBlock() throws IOException {
        Path small = jpeg("kecil.jpg", 500, 500);
        CliRun run = CliRun.of("check", "--photo", small.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("photo-resolution");
    }

    @Test
    void printChecksTakeAPaperAndRefuseUnknownOnes() {
        Path small;
        try {
            small = jpeg("kecil.jpg", 500, 500);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        CliRun a4 = CliRun.of("check", "--photo", small.toString(), "--print", "a4", "--json");
        assertThat(a4.exitCode()).as(a4.err()).isIn(0, CheckCommand.BLOCKED);
        assertThat(a4.out()).as("judged in print ppi").contains("photo-resolution").contains("ppi");
        assertThat(CliRun.of("check", "--photo", photo.toString(), "--print", "a5").exitCode())
                .isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("check", "--photo", photo.toString(), "--print-size", "lebar").exitCode())
                .isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("check", "--photo", photo.toString(), "--print-bleed", "5").exitCode())
                .isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aMissingPhotoIsBadInput() {
        CliRun run = CliRun.of("check", "--photo", dir.resolve("hilang.jpg").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("hilang.jpg");
    }

    @Test
    void lintReportsAFrameThatCanNeverPass() throws IOException {
        Path pack = Files.createDirectory(dir.resolve("paket"));
        Files.createDirectory(pack.resolve("layers"));
        BufferedImage logo = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = logo.createGraphics();
        g.setColor(Color.RED);
        g.fillOval(0, 0, 100, 100);
        g.dispose();
        ImageIO.write(logo, "png", pack.resolve("layers/logo.png").toFile());
        Files.writeString(pack.resolve("manifest.json"), """
                {"schema": 1, "id": "uji", "name": "Uji", "frames": [
                  {"id": "pudar", "name": "Pudar", "kind": "profile", "width": 1080, "height": 1080,
                   "background": "#FFFFFF",
                   "slots": [{"id": "foto", "shape": "rect", "x": 0, "y": 0, "width": 1080, "height": 1080}],
                   "layers": [{"type": "image", "file": "layers/logo.png", "role": "logo",
                               "x": 440, "y": 440, "width": 200, "height": 200, "opacity": 0.4}]},
                  {"id": "baik", "name": "Baik", "kind": "profile", "width": 1080, "height": 1080,
                   "slots": [{"id": "foto", "shape": "rect", "x": 0, "y": 0, "width": 1080, "height": 1080}],
                   "layers": [{"type": "image", "file": "layers/logo.png", "role": "logo",
                               "x": 440, "y": 440, "width": 200, "height": 200}]}
                ]}""");
        CliRun run = CliRun.of("lint", pack.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("pudar").contains("logo-integrity").doesNotContain("\"baik\"");
    }

    /** Issue 15, point 9: advice the frame causes whatever the photo (its own logo, its own tag) is lint's. */
    @Test
    void checkShowsOnlyWhatTheUserCanActOnAndLeavesTheFramesOwnAdviceToLint() {
        id.bingkai.wiring.Services services = id.bingkai.wiring.Services.create(
                new id.bingkai.core.i18n.Messages(id.bingkai.core.i18n.Messages.INDONESIAN));
        id.bingkai.core.model.FramePack pack = services.packs().builtIn();
        id.bingkai.core.guideline.GuidelineLint lint = new id.bingkai.core.guideline.GuidelineLint(services.checker());
        int frameMade = 0;
        for (id.bingkai.core.model.Frame frame : pack.frames()) {
            java.util.Set<String> own = new java.util.HashSet<>();
            for (var f : lint.photoIndependent(pack, frame, frame.guideline(), java.util.Optional.empty())) {
                if (!f.blocking()) {
                    own.add(f.rule().id() + "|" + f.layerId().orElse(""));
                }
            }
            frameMade += own.size();
            CliRun run = CliRun.of("check", "--photo", photo.toString(), "--frame", frame.id(), "--json");
            com.google.gson.JsonArray shown = com.google.gson.JsonParser.parseString(run.out()).getAsJsonArray();
            for (var e : shown) {
                var o = e.getAsJsonObject();
                String key = o.get("rule").getAsString() + "|" + (o.has("layer") ? o.get("layer").getAsString() : "");
                assertThat(own).as(frame.id() + ": " + o).doesNotContain(key);
            }
        }
        assertThat(frameMade).as("the sample frames do cause advice of their own, so the test means something")
                .isPositive();
    }
}
