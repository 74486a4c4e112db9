// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.error.PackException;
import id.bingkai.core.error.Problem;
import id.bingkai.core.i18n.Msg;
import id.bingkai.testing.TestPacks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a pack's bytes come from (folder, zip, the program itself) and the caps on reading them, exactly. */
class PackSourcesTest {
    @TempDir
    Path dir;

    private static PackLimits limits(long total, int manifest) {
        return new PackLimits(2_000, total, 64L << 20, 100, manifest, 32, 200, 200, 8 << 20);
    }

    private static byte[] mini() {
        return MiniPacks.manifest().toString().getBytes(StandardCharsets.UTF_8);
    }

    private Path folder(String name, byte[] manifest) {
        return TestPacks.writeFolder(dir.resolve(name), Map.of("manifest.json", manifest));
    }

    @Test
    void aManifestOfExactlyTheCapIsReadAndOneByteMoreIsNot() {
        int size = mini().length;
        Path folder = folder("pas", mini());
        Path zip = TestPacks.write(dir.resolve("pas.zip"), TestPacks.zip(Map.of("manifest.json", mini())));

        assertThat(PackLoaders.loader(limits(1 << 20, size)).lint(folder)).isEmpty();
        assertThat(PackLoaders.loader(limits(1 << 20, size)).lint(zip)).isEmpty();
        Problem tooBig = new Problem("manifest.json", "", Msg.of("pack.problem.file.tooBig", (size - 1) + " B"));
        assertThat(PackLoaders.loader(limits(1 << 20, size - 1)).lint(folder)).containsExactly(tooBig);
        assertThat(PackLoaders.loader(limits(1 << 20, size - 1)).lint(zip)).containsExactly(tooBig);
    }

    @Test
    void aPackOfExactlyTheTotalIsReadAndOneByteMoreIsNot() {
        int size = mini().length;
        Path folder = folder("total", mini());
        Path zip = TestPacks.write(dir.resolve("total.zip"), TestPacks.zip(Map.of("manifest.json", mini())));

        assertThat(PackLoaders.loader(limits(size, 1 << 20)).lint(folder)).isEmpty();
        assertThat(PackLoaders.loader(limits(size, 1 << 20)).lint(zip)).isEmpty();
        Problem tooBig = new Problem("manifest.json", "", Msg.of("pack.problem.pack.tooBig", (size - 1) + " B"));
        assertThat(PackLoaders.loader(limits(size - 1, 1 << 20)).lint(folder)).containsExactly(tooBig);
        assertThat(PackLoaders.loader(limits(size - 1, 1 << 20)).lint(zip)).containsExactly(tooBig);
    }

    @Test
    void aManifestThatIsAFolderIsNotAFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("paket/manifest.json"));

        assertThat(PackLoaders.loader().lint(folder.getParent())).containsExactly(
                new Problem("manifest.json", "", Msg.of("pack.problem.file.notFile")));
    }

    @Test
    void aFolderEntryOfAZipIsNotAFile() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("manifest.json", MiniPacks.manifest("frames[0].layers[0]", "{\"type\": \"image\", "
                + "\"file\": \"layers\", \"x\": 0, \"y\": 0, \"width\": 10, \"height\": 10}").toString()
                .getBytes(StandardCharsets.UTF_8));
        entries.put("layers/", new byte[0]);

        assertThat(PackLoaders.loader().lint(TestPacks.write(dir.resolve("map.zip"), TestPacks.zip(entries))))
                .containsExactly(new Problem("layers", "frames[0].layers[0].file",
                        Msg.of("pack.problem.file.notFile")));
    }

    @Test
    void aZipWhoseManifestIsAFolderHasNoManifest() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("manifest.json/", new byte[0]);
        entries.put("manifest.json/a.txt", new byte[] {1});

        assertThat(PackLoaders.loader().lint(TestPacks.write(dir.resolve("aneh.zip"), TestPacks.zip(entries))))
                .containsExactly(new Problem("manifest.json", "", Msg.of("pack.problem.manifest.missingInZip")));
    }

    @Test
    void somethingThatIsNeitherFileNorFolderIsNoPack() throws IOException {
        Path empty = Files.write(dir.resolve("kosong.zip"), new byte[0]);

        assertThatThrownBy(() -> PackLoaders.loader().lint(empty)).isInstanceOfSatisfying(BadInputException.class,
                e -> assertThat(e.reason().key()).isEqualTo("pack.error.notAPack"));
        Path device = Path.of("/dev/null");
        if (Files.exists(device)) {
            assertThatThrownBy(() -> PackLoaders.loader().lint(device)).isInstanceOfSatisfying(
                    BadInputException.class, e -> assertThat(e.reason().key()).isEqualTo("pack.error.notAPack"));
        }
    }

    @Test
    void theBuiltInPackObeysTheLimitsToo() {
        assertThatThrownBy(() -> PackLoaders.loader(limits(1000, 1 << 20)).builtIn())
                .isInstanceOfSatisfying(PackException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.reason().key()).contains("pack.problem.pack.tooBig"));
        assertThatThrownBy(() -> PackLoaders.loader(limits(256L << 20, 100)).builtIn())
                .isInstanceOfSatisfying(PackException.class, e -> assertThat(e.problems()).containsExactly(
                        new Problem("manifest.json", "", Msg.of("pack.problem.file.tooBig", "100 B"))));
    }

    @Test
    void aFolderPackOpensWithoutWarnings() {
        LoadedPack loaded = PackLoaders.loader().open(folder("buka", mini()));

        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.pack().id()).isEqualTo("mini");
    }
}
