// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.model.Asset;
import id.bingkai.core.model.Fill;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.ShapeKind;
import id.bingkai.core.model.SlotShape;
import id.bingkai.core.model.Stroke;
import id.bingkai.core.model.TextAlign;
import id.bingkai.core.model.TextField;
import id.bingkai.testing.TestPacks;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidPackTest {
    @TempDir
    Path dir;

    @Test
    void folderPackLoadsIntoTheExpectedModel() {
        Path folder = TestPacks.writeFolder(dir.resolve("paket"), TestPacks.pack(TestPacks.manifest()));

        FramePack pack = PackLoaders.loader().load(folder);

        assertExpectedModel(pack);
        assertThat(pack.origin()).isEqualTo(folder.toString());
        assertThat(PackLoaders.loader().lint(folder)).isEmpty();
    }

    @Test
    void zipPackLoadsIntoTheSameModelAsTheFolder() {
        Path zip = TestPacks.write(dir.resolve("paket.zip"), TestPacks.zip(TestPacks.pack(TestPacks.manifest())));

        assertExpectedModel(PackLoaders.loader().load(zip));
    }

    @Test
    void zipWithTheManifestInsideOneTopLevelFolderLoads() {
        Map<String, byte[]> nested = new LinkedHashMap<>();
        nested.put("paket-uji/", new byte[0]);
        TestPacks.pack(TestPacks.manifest()).forEach((name, bytes) -> nested.put("paket-uji/" + name, bytes));
        nested.put("__MACOSX/paket-uji/._manifest.json", new byte[] {0, 5, 22, 7});
        Path zip = TestPacks.write(dir.resolve("unduhan.zip"), TestPacks.zip(nested));

        assertExpectedModel(PackLoaders.loader().load(zip));
    }

    @Test
    void zipIsRecognisedByContentWhateverItsExtension() {
        Path disguised = TestPacks.write(dir.resolve("paket.png"), TestPacks.zip(TestPacks.pack(TestPacks.manifest())));

        assertExpectedModel(PackLoaders.loader().load(disguised));
    }

    @Test
    void choosingTheManifestFileOpensItsFolder() {
        Path folder = TestPacks.writeFolder(dir.resolve("paket"), TestPacks.pack(TestPacks.manifest()));

        assertExpectedModel(PackLoaders.loader().load(folder.resolve("manifest.json")));
    }

    @Test
    void optionalFieldsTakeTheDocumentedDefaults() {
        var manifest = TestPacks.manifest();
        for (String field : List.of("version", "sample", "tag", "caption")) {
            manifest = TestPacks.with(manifest, field, null);
        }
        Path folder = TestPacks.writeFolder(dir.resolve("paket"), TestPacks.pack(manifest));

        FramePack pack = PackLoaders.loader().load(folder);

        assertThat(pack.version()).isEqualTo("1");
        assertThat(pack.sample()).isFalse();
        assertThat(pack.tag()).isEqualTo("#ASNpilihNETRAL");
        assertThat(pack.caption().get(Locale.ENGLISH)).isEqualTo("#ASNpilihNETRAL");
        Layer.Text tag = (Layer.Text) pack.frames().getFirst().layers().get(4);
        assertThat(tag.style().family()).isEqualTo("Inter");
        assertThat(tag.style().weight()).isEqualTo(400);
        assertThat(tag.style().align()).isEqualTo(TextAlign.CENTER);
        assertThat(tag.position()).isEqualTo(LayerPosition.ABOVE);
        Layer.Text nip = (Layer.Text) pack.frames().get(1).layers().getFirst();
        assertThat(nip.style().fill()).isEqualTo(new Fill.Solid(0xFF000000));
        assertThat(nip.role()).isEqualTo(LayerRole.TEXT);
    }

    @Test
    void theExampleInTheFormatDocumentIsAValidPack() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(Path.of("docs/pack-format.md"));
        String json = doc.substring(doc.indexOf("```json") + 7, doc.indexOf("```", doc.indexOf("```json") + 7));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("manifest.json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.put("fonts/MyFont-Bold.ttf", TestPacks.resource("id/bingkai/core/fonts/Inter-Bold.otf"));
        files.put("layers/emblem.svg", TestPacks.EMBLEM_SVG.replace("height=\"50\"", "height=\"100\"")
                .replace("0 0 100 50", "0 0 100 100").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(PackLoaders.loader().lint(TestPacks.writeFolder(dir.resolve("contoh"), files))).isEmpty();
    }

    static void assertExpectedModel(FramePack pack) {
        assertThat(pack.id()).isEqualTo("uji-paket");
        assertThat(pack.name().get(Locale.ENGLISH)).isEqualTo("Test pack");
        assertThat(pack.name().get(Locale.of("id"))).isEqualTo("Paket uji");
        assertThat(pack.version()).isEqualTo("2.1");
        assertThat(pack.sample()).isFalse();
        assertThat(pack.caption().get(Locale.ENGLISH)).isEqualTo("Saya netral #ASNpilihNETRAL");
        assertThat(pack.typefaces()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("fonts/Inter-Bold.otf");
            assertThat(t.font().getFamily(Locale.ROOT)).startsWith("Inter");
        });
        assertThat(pack.frames()).extracting(Frame::id).containsExactly("lingkaran", "status");

        Frame circle = pack.frames().getFirst();
        assertThat(circle.kind()).isEqualTo(FrameKind.PROFILE);
        assertThat(circle.canvas().width()).isEqualTo(1080);
        assertThat(circle.background()).contains(0xFFFFFFFF);
        assertThat(circle.photoAboveAllowed()).isTrue();
        assertThat(circle.slots()).hasSize(2);
        assertThat(circle.primarySlot()).isEqualTo(PhotoSlot.of("foto", SlotShape.ELLIPSE, new Rect(140, 100, 800, 800)));
        PhotoSlot masked = circle.slots().get(1);
        assertThat(masked.shape()).isEqualTo(SlotShape.MASK);
        assertThat(masked.mask()).get().isInstanceOfSatisfying(Asset.Raster.class,
                m -> assertThat(m.image().getColorModel().hasAlpha()).isTrue());
        assertThat(circle.fields()).extracting(TextField::key).containsExactly("nama", "unit");
        assertThat(circle.fields().getFirst()).isEqualTo(new TextField("nama",
                id.bingkai.core.model.LocalizedText.of("Nama", "Name"), "Budi", 40));
        assertThat(circle.fields().get(1).maxLength()).isEqualTo(60);

        List<Layer> layers = circle.layers();
        assertThat(layers).extracting(Layer::id)
                .containsExactly("layer-0", "emblem", "layer-2", "layer-3", "layer-4", "layer-5");
        Layer.Shape background = (Layer.Shape) layers.get(0);
        assertThat(background.position()).isEqualTo(LayerPosition.BELOW);
        assertThat(background.kind()).isEqualTo(ShapeKind.RECTANGLE);
        assertThat(background.cornerRadius()).isEqualTo(24);
        assertThat(background.fill()).contains(new Fill.Linear(90, List.of(new Fill.Stop(0, 0xFFEC5425),
                new Fill.Stop(0.5, 0x80FAB92C), new Fill.Stop(1, 0xFFFAB92C))));
        assertThat(background.stroke()).isEmpty();
        Layer.Image emblem = (Layer.Image) layers.get(1);
        assertThat(emblem.role()).isEqualTo(LayerRole.LOGO);
        assertThat(emblem.position()).isEqualTo(LayerPosition.ABOVE);
        assertThat(emblem.asset()).isInstanceOfSatisfying(Asset.Vector.class,
                v -> assertThat(v.document().size().getWidth()).isEqualTo(100));
        Layer.Image ornament = (Layer.Image) layers.get(2);
        assertThat(ornament.role()).isEqualTo(LayerRole.DECORATION);
        assertThat(ornament.opacity()).isEqualTo(0.5);
        assertThat(ornament.asset()).isInstanceOfSatisfying(Asset.Raster.class,
                r -> assertThat(r.image().getWidth()).isEqualTo(60));
        Layer.Text name = (Layer.Text) layers.get(3);
        assertThat(name.template()).isEqualTo("{nama} - {unit}");
        assertThat(name.role()).isEqualTo(LayerRole.TEXT);
        assertThat(name.style().weight()).isEqualTo(700);
        assertThat(name.style().size()).isEqualTo(48);
        assertThat(name.style().fill()).isEqualTo(new Fill.Solid(0xCCFFFFFF));
        assertThat(name.style().align()).isEqualTo(TextAlign.LEFT);
        assertThat(name.style().uppercase()).isTrue();
        assertThat(name.style().letterSpacing()).isEqualTo(0.05);
        Layer.Text tag = (Layer.Text) layers.get(4);
        assertThat(tag.role()).isEqualTo(LayerRole.TAG);
        assertThat(tag.style().fill()).isEqualTo(new Fill.Linear(0, List.of(new Fill.Stop(0, 0xFF000000),
                new Fill.Stop(1, 0xFFFFFFFF))));
        Layer.Shape ring = (Layer.Shape) layers.get(5);
        assertThat(ring.kind()).isEqualTo(ShapeKind.ELLIPSE);
        assertThat(ring.fill()).isEmpty();
        assertThat(ring.stroke()).contains(new Stroke(0xFFEC5425, 8));
        assertThat(ring.opacity()).isEqualTo(1);

        Frame status = pack.frames().get(1);
        assertThat(status.kind()).isEqualTo(FrameKind.STATUS);
        assertThat(status.background()).isEqualTo(Optional.empty());
        assertThat(status.photoAboveAllowed()).isFalse();
        assertThat(status.primarySlot().cornerRadius()).isEqualTo(30);
        assertThat(status.fields()).extracting(TextField::key).containsExactly("nip");
    }
}
