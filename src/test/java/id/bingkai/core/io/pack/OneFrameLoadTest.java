// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import id.bingkai.core.error.PackException;
import id.bingkai.core.error.Problem;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Layer;
import id.bingkai.testing.TestPacks;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that uses one frame (render, check, batch) loads that frame alone: the other frames' files are neither
 * read nor decoded, their problems do not stop it, and a frame the pack lacks is named with the pack's frames.
 * Lint and a whole load still see every frame.
 */
class OneFrameLoadTest {
    /** The test pack's status frame with a third layer: an SVG file that is not SVG at all. */
    private static final String BROKEN_LAYER = """
            { "type": "image", "file": "layers/rusak.svg", "x": 0, "y": 0, "width": 100, "height": 100 }""";

    @TempDir
    Path dir;

    @Test
    void aBrokenSvgOfAnotherFrameDoesNotStopTheAskedFrame() {
        Path folder = TestPacks.writeFolder(dir.resolve("paket"), withBrokenStatusLayer());

        LoadedPack loaded = PackLoaders.loader().openFrame(folder, Optional.of("lingkaran"));

        assertThat(loaded.pack().frames()).extracting(Frame::id).containsExactly("lingkaran");
        assertThat(loaded.pack().id()).isEqualTo("uji-paket");
        assertThat(loaded.pack().typefaces()).hasSize(1);
        assertThat(PackLoaders.loader().openFrame(folder, Optional.empty()).pack().frames())
                .extracting(Frame::id).containsExactly("lingkaran");
        // lint and a whole load see the broken file, at the field of the frame that names it
        assertThat(PackLoaders.loader().lint(folder)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("layers/rusak.svg");
            assertThat(p.field()).isEqualTo("frames[1].layers[1].file");
        });
        assertThatThrownBy(() -> PackLoaders.loader().load(folder)).isInstanceOf(PackException.class);
    }

    @Test
    void theAskedFramesOwnBrokenFileIsStillAProblemNamingIt() {
        Path folder = TestPacks.writeFolder(dir.resolve("paket"), withBrokenStatusLayer());

        assertThatThrownBy(() -> PackLoaders.loader().openFrame(folder, Optional.of("status")))
                .isInstanceOf(PackException.class)
                .satisfies(e -> assertThat(((PackException) e).problems()).extracting(Problem::file)
                        .containsExactly("layers/rusak.svg"));
    }

    @Test
    void onlyTheAskedFramesFilesAreDecoded() {
        Path folder = TestPacks.writeFolder(dir.resolve("paket"), TestPacks.pack(TestPacks.manifest()));
        List<String> decoded = new ArrayList<>();
        PackLoader loader = new PackLoader((data, name) -> {
            decoded.add(name);
            return PackLoaders.IMAGEIO.decode(data, name);
        }, PackLimits.DEFAULT);

        FramePack status = loader.openFrame(folder, Optional.of("status")).pack();
        assertThat(status.frames()).extracting(Frame::id).containsExactly("status");
        assertThat(decoded).isEmpty(); // the status frame has no raster: the profile frame's PNG and mask stay unread

        loader.openFrame(folder, Optional.of("lingkaran"));
        assertThat(decoded).containsExactlyInAnyOrder("masks/round.png", "layers/ornament.png");
    }

    @Test
    void theAskedFrameIsTheSameAsInTheWholePack() {
        Path folder = TestPacks.writeFolder(dir.resolve("paket"), TestPacks.pack(TestPacks.manifest()));
        FramePack whole = PackLoaders.loader().load(folder);

        for (Frame frame : whole.frames()) {
            Frame alone = PackLoaders.loader().openFrame(folder, Optional.of(frame.id())).pack().frames().getFirst();
            assertThat(alone.id()).isEqualTo(frame.id());
            assertThat(alone.canvas()).isEqualTo(frame.canvas());
            assertThat(alone.slots()).extracting(s -> s.id() + s.bounds())
                    .isEqualTo(frame.slots().stream().map(s -> s.id() + s.bounds()).toList());
            assertThat(alone.layers()).extracting(Layer::id).isEqualTo(frame.layers().stream().map(Layer::id)
                    .toList());
            assertThat(alone.fields()).isEqualTo(frame.fields());
        }
    }

    @Test
    void theDefaultFrameIsTheFirstProfileFrameEvenWhenItIsNotFirst() {
        JsonObject manifest = TestPacks.manifest();
        JsonObject profile = manifest.getAsJsonArray("frames").get(0).getAsJsonObject();
        manifest.getAsJsonArray("frames").remove(0);
        manifest.getAsJsonArray("frames").add(profile);
        Path folder = TestPacks.writeFolder(dir.resolve("paket"), TestPacks.pack(manifest));

        FramePack one = PackLoaders.loader().openFrame(folder, Optional.empty()).pack();

        assertThat(one.frames()).extracting(Frame::id).containsExactly("lingkaran")
                .containsExactly(PackLoaders.loader().load(folder).defaultFrame().id());
    }

    @Test
    void anUnknownFrameListsTheFramesByNameWithoutConvertingThem() {
        Path folder = TestPacks.writeFolder(dir.resolve("paket"), withBrokenStatusLayer());

        assertThatThrownBy(() -> PackLoaders.loader().openFrame(folder, Optional.of("tidak-ada")))
                .isInstanceOfSatisfying(UnknownFrameException.class, e -> {
                    assertThat(e.frameId()).isEqualTo("tidak-ada");
                    assertThat(e.packId()).isEqualTo("uji-paket");
                    assertThat(e.frameIds()).containsExactly("lingkaran", "status");
                    assertThat(e.userMessage().key()).isEqualTo("pack.error.frame.unknown");
                });
    }

    @Test
    void problemsOfThePackItselfStillStopAOneFrameLoad() {
        JsonObject manifest = TestPacks.with(TestPacks.manifest(), "tag", new JsonPrimitive("tanpa pagar"));
        Path folder = TestPacks.writeFolder(dir.resolve("paket"), TestPacks.pack(manifest));

        for (Optional<String> frame : List.of(Optional.of("status"), Optional.of("tidak-ada"))) {
            assertThatThrownBy(() -> PackLoaders.loader().openFrame(folder, frame))
                    .isInstanceOfSatisfying(PackException.class, e -> assertThat(e.problems())
                            .extracting(Problem::field).containsExactly("tag"));
        }
    }

    @Test
    void aZipLoadsOneFrameToo() {
        Path zip = TestPacks.write(dir.resolve("paket.zip"), TestPacks.zip(withBrokenStatusLayer()));

        assertThat(PackLoaders.loader().openFrame(zip, Optional.of("lingkaran")).pack().frames())
                .extracting(Frame::id).containsExactly("lingkaran");
        assertThatThrownBy(() -> PackLoaders.loader().openFrame(zip, Optional.of("status")))
                .isInstanceOf(PackException.class);
    }

    @Test
    void aTwibbonHasItsOneFrameAndNamesItWhenAskedForAnother() {
        BufferedImage twibbon = new BufferedImage(1080, 1080, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = twibbon.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 1080, 1080);
        g.setComposite(AlphaComposite.Clear);
        g.fillOval(240, 240, 600, 600); // the transparent hole the photo shows through
        g.dispose();
        Path png = TestPacks.write(dir.resolve("twibbon.png"), TestPacks.png(twibbon));
        FramePack whole = PackLoaders.loader().load(png);
        String only = whole.frames().getFirst().id();

        assertThat(PackLoaders.loader().openFrame(png, Optional.empty()).pack().frames()).extracting(Frame::id)
                .containsExactly(only);
        assertThatThrownBy(() -> PackLoaders.loader().openFrame(png, Optional.of("lain")))
                .isInstanceOfSatisfying(UnknownFrameException.class,
                        e -> assertThat(e.frameIds()).containsExactly(only));
    }

    @Test
    void theBuiltInPackGivesEachFrameAloneAsInTheWholePack() {
        FramePack whole = PackLoaders.loader().builtIn();

        FramePack defaultOne = PackLoaders.loader().builtInFrame(Optional.empty());
        assertThat(defaultOne.frames()).extracting(Frame::id).containsExactly(whole.defaultFrame().id());
        assertThat(defaultOne.keywords()).isEqualTo(whole.keywords());
        assertThat(defaultOne.origin()).isEqualTo(PackLoader.BUILT_IN_ORIGIN);
        assertThat(PackLoaders.loader().builtInFrame(Optional.of("status-cerita")).frames().getFirst().layers())
                .extracting(Layer::id).isEqualTo(whole.frame("status-cerita").orElseThrow().layers().stream()
                        .map(Layer::id).toList());
        assertThatThrownBy(() -> PackLoaders.loader().builtInFrame(Optional.of("tidak-ada")))
                .isInstanceOfSatisfying(UnknownFrameException.class, e -> assertThat(e.frameIds())
                        .isEqualTo(whole.frames().stream().map(Frame::id).toList()));
    }

    private static Map<String, byte[]> withBrokenStatusLayer() {
        JsonObject manifest = TestPacks.with(TestPacks.manifest(), "frames[1].layers[1]",
                JsonParser.parseString(BROKEN_LAYER));
        Map<String, byte[]> files = TestPacks.pack(manifest);
        files.put("layers/rusak.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><path d=".getBytes(
                StandardCharsets.UTF_8));
        return files;
    }
}
