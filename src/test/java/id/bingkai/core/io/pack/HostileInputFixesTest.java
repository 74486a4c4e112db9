// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonPrimitive;
import id.bingkai.core.error.Problem;
import id.bingkai.testing.TestPacks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Gaps the hostile-input pass found: Windows names, zips inside zips, SVG filters, endless text. */
class HostileInputFixesTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"CON.png", "con", "layers/aux/logo.svg", "layers/Nul.png", "COM1", "lpt9.svg",
        "com\u00b9.png", "CONIN$", "conout$.txt"})
    void windowsDeviceNamesAreRefused(String path) {
        assertThat(PackPaths.check(path)).get().extracting(m -> m.key()).isEqualTo("pack.problem.path.reserved");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"logo.png.", "layers /logo.png", "logo.png ", "a?.png", "a*.png", "a<b.png", "a>b.png",
        "a|b.png", "a\"b.png"})
    void namesWindowsCannotHoldAreRefused(String path) {
        assertThat(PackPaths.check(path)).get().extracting(m -> m.key()).isEqualTo("pack.problem.path.windows");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"console.png", "con-logo.png", "auxiliary/x.png", "com10.png", "lpt.svg", "nulis.png",
        "./layers/logo.svg", "layers/.hidden.png", "spasi di tengah.png"})
    void ordinaryNamesThatLookSimilarAreFine(String path) {
        assertThat(PackPaths.check(path)).isEmpty();
    }

    @Test
    void aReservedNameInAZipIsReportedEvenWhenNoLayerUsesIt() {
        Map<String, byte[]> entries = TestPacks.pack(TestPacks.manifest());
        entries.put("layers/CON.png", new byte[] {1});

        List<Problem> problems = PackLoaders.loader().lint(TestPacks.write(dir.resolve("paket.zip"),
                TestPacks.zip(entries)));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("layers/CON.png");
            assertThat(p.reason().key()).isEqualTo("pack.problem.path.reserved");
            assertThat(p.reason().args()).containsExactly("CON.png");
        });
    }

    @Test
    void aNamelessZipEntryIsReportedAgainstTheZip() {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>(TestPacks.pack(TestPacks.manifest()));
        entries.put("", new byte[] {1});

        List<Problem> problems = PackLoaders.loader().lint(TestPacks.write(dir.resolve("tanpa-nama.zip"),
                TestPacks.zip(entries)));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("tanpa-nama.zip");
            assertThat(p.reason().key()).isEqualTo("pack.problem.path.empty");
        });
    }

    @Test
    void aZipHoldingTheRealZipSaysSoInsteadOfMissingManifest() {
        byte[] inner = TestPacks.zip(TestPacks.pack(TestPacks.manifest()));
        Path outer = TestPacks.write(dir.resolve("unduhan.zip"),
                TestPacks.zip(Map.of("Paket resmi/paket.zip", inner)));

        assertThat(PackLoaders.loader().lint(outer)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("Paket resmi/paket.zip");
            assertThat(p.reason().key()).isEqualTo("pack.problem.zip.nested");
        });
    }

    @Test
    void aZipWithoutManifestAndWithoutInnerZipStillSaysTheManifestIsMissing() {
        Path zip = TestPacks.write(dir.resolve("lain.zip"), TestPacks.zip(Map.of("catatan.txt", new byte[] {1})));

        assertThat(PackLoaders.loader().lint(zip)).extracting(p -> p.reason().key())
                .containsExactly("pack.problem.manifest.missingInZip");
    }

    @Test
    void svgFilterEffectsAreRefusedBeforeTheyCanAskForHugeBuffers() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\"><defs><filter id=\"b\">"
                + "<feGaussianBlur stdDeviation=\"1e6\"/></filter></defs>"
                + "<rect width=\"100\" height=\"50\" filter=\"url(#b)\"/></svg>";
        Map<String, byte[]> files = TestPacks.pack(TestPacks.manifest());
        files.put("layers/emblem.svg", svg.getBytes(StandardCharsets.UTF_8));

        List<Problem> problems = PackLoaders.loader().lint(TestPacks.writeFolder(dir.resolve("paket"), files));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("layers/emblem.svg");
            assertThat(p.reason().key()).isEqualTo("pack.problem.svg.filter");
        });
    }

    @Test
    void textLayersHaveALengthLimit() {
        String path = "frames[1].layers[0].text";
        Path tooLong = TestPacks.writeFolder(dir.resolve("panjang"), TestPacks.pack(TestPacks.with(
                TestPacks.manifest(), path, new JsonPrimitive("x".repeat(LayerConverter.MAX_TEXT + 1)))));
        Path longest = TestPacks.writeFolder(dir.resolve("pas"), TestPacks.pack(TestPacks.with(
                TestPacks.manifest(), path, new JsonPrimitive("x".repeat(LayerConverter.MAX_TEXT)))));

        assertThat(PackLoaders.loader().lint(tooLong)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(path);
            assertThat(p.reason().key()).isEqualTo("pack.problem.text.tooLong");
        });
        assertThat(PackLoaders.loader().lint(longest)).isEmpty();
    }
}
