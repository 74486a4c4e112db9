// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.error.Problem;
import id.bingkai.core.i18n.Messages;
import id.bingkai.testing.TestPacks;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** manifest.json as text: strict JSON, explicit UTF-8. */
class ManifestTextTest {
    @TempDir
    Path dir;

    private List<Problem> lint(byte[] manifest) {
        Map<String, byte[]> files = TestPacks.pack(TestPacks.manifest());
        files.put("manifest.json", manifest);
        return PackLoaders.loader().lint(TestPacks.writeFolder(dir.resolve("paket"), files));
    }

    private static String valid() {
        return TestPacks.manifest().toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            line comment       | {"schema": 1, // satu
            block comment      | {/* paket */ "schema": 1,
            hash comment       | # paket
            """)
    void commentsAreRefused(String name, String prefix) {
        String text = prefix + "\n" + valid().substring(valid().indexOf(',') + 1);
        if (name.equals("hash comment")) {
            text = prefix + "\n" + valid();
        }

        assertThat(lint(text.getBytes(StandardCharsets.UTF_8)))
                .singleElement().extracting(p -> p.reason().key()).isEqualTo("json.problem.comment");
    }

    @Test
    void aNumberOfAHundredThousandDigitsIsCalledTooLongNotInvalidJson() {
        String text = valid().replace("\"x\":140", "\"x\":1" + "0".repeat(99_999));
        assertThat(text).hasSizeGreaterThan(100_000);

        Problem problem = lint(text.getBytes(StandardCharsets.UTF_8)).getFirst();
        assertThat(problem.reason().key()).isEqualTo("json.problem.numberTooLong");
        String said = new Messages(Locale.ENGLISH).format(problem.reason());
        assertThat(said).contains("too long").contains("100000 digits").doesNotContain("comma");
        assertThat(new Messages(Messages.INDONESIAN).format(problem.reason())).contains("terlalu panjang")
                .doesNotContain("koma");
    }

    @Test
    void aShortMalformedNumberIsStillASyntaxError() {
        String text = valid().replace("\"x\":140", "\"x\":014");
        assertThat(lint(text.getBytes(StandardCharsets.UTF_8))).extracting(p -> p.reason().key())
                .containsExactly("json.problem.syntax");
    }

    @Test
    void nanAndInfinityAreRefused() {
        String text = valid().replace("\"x\":140", "\"x\":NaN");
        assertThat(text).contains("NaN");

        assertThat(lint(text.getBytes(StandardCharsets.UTF_8)))
                .singleElement().extracting(p -> p.reason().key()).isEqualTo("json.problem.nonFinite");
        assertThat(lint(valid().replace("\"x\":140", "\"x\":-Infinity").getBytes(StandardCharsets.UTF_8)))
                .singleElement().extracting(p -> p.reason().key()).isEqualTo("json.problem.nonFinite");
    }

    @Test
    void trailingGarbageIsRefused() {
        assertThat(lint((valid() + "\n}").getBytes(StandardCharsets.UTF_8)))
                .singleElement().extracting(p -> p.reason().key()).isEqualTo("json.problem.trailing");
        assertThat(lint((valid() + valid()).getBytes(StandardCharsets.UTF_8)))
                .singleElement().extracting(p -> p.reason().key()).isEqualTo("json.problem.trailing");
    }

    @Test
    void trailingCommaIsASyntaxErrorWithItsLine() {
        String text = "{\n  \"schema\": 1,\n  \"id\": \"a\",\n}";

        assertThat(lint(text.getBytes(StandardCharsets.UTF_8))).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("manifest.json");
            assertThat(p.reason().key()).isEqualTo("json.problem.syntax");
            assertThat(p.reason().args().getFirst()).isEqualTo(4);
        });
    }

    @Test
    void truncatedManifestIsReportedAsCutOff() {
        String text = valid().substring(0, valid().length() / 2);

        assertThat(lint(text.getBytes(StandardCharsets.UTF_8)))
                .singleElement().extracting(p -> p.reason().key()).isEqualTo("json.problem.truncated");
    }

    @Test
    void duplicateKeysAreReportedWithTheirPath() {
        String text = valid().replace("\"kind\":\"profile\"", "\"kind\":\"profile\",\"kind\":\"poster\"");

        assertThat(lint(text.getBytes(StandardCharsets.UTF_8))).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("frames[0].kind");
            assertThat(p.reason().key()).isEqualTo("json.problem.duplicateKey");
        });
    }

    @Test
    void deepNestingStopsAtTheCap() {
        String text = "{\"schema\": 1, \"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";

        assertThat(lint(text.getBytes(StandardCharsets.UTF_8)))
                .singleElement().extracting(p -> p.reason().key()).isEqualTo("json.problem.tooDeep");
    }

    @Test
    void topLevelArrayIsNotAManifest() {
        assertThat(lint("[1, 2]".getBytes(StandardCharsets.UTF_8)))
                .singleElement().extracting(p -> p.reason().key()).isEqualTo("json.problem.notObject");
    }

    @Test
    void utf8ByteOrderMarkIsAcceptedAndSkipped() {
        byte[] text = ("\uFEFF" + valid()).getBytes(StandardCharsets.UTF_8);
        assertThat(text[0] & 0xFF).isEqualTo(0xEF);

        assertThat(lint(text)).isEmpty();
    }

    @Test
    void nonAsciiTextInUtf8IsKept() {
        Map<String, byte[]> files = TestPacks.pack(TestPacks.manifest());
        files.put("manifest.json", valid().replace("Paket uji", "Paket Kementerian — uji é").getBytes(StandardCharsets.UTF_8));

        var pack = PackLoaders.loader().load(TestPacks.writeFolder(dir.resolve("paket"), files));

        assertThat(pack.name().get(java.util.Locale.of("id"))).isEqualTo("Paket Kementerian — uji é");
    }

    @ParameterizedTest
    @CsvSource({"UTF-16", "UTF-16LE", "UTF-16BE"})
    void utf16IsRefusedWithAHint(String charset) {
        assertThat(lint(valid().getBytes(Charset.forName(charset))))
                .singleElement().extracting(p -> p.reason().key()).isEqualTo("pack.problem.text.utf16");
    }

    @Test
    void windows1252IsRefusedWithTheLine() {
        String text = valid().replace("Paket uji", "Paket \u00e9").replace(",\"version\"", ",\n\"version\"");

        assertThat(lint(text.getBytes(Charset.forName("windows-1252")))).singleElement().satisfies(p -> {
            assertThat(p.reason().key()).isEqualTo("pack.problem.text.notUtf8");
            assertThat(p.reason().args()).containsExactly(1);
        });
    }

    @Test
    void missingManifestIsOneClearProblem() {
        Map<String, byte[]> files = TestPacks.files();

        assertThat(PackLoaders.loader().lint(TestPacks.writeFolder(dir.resolve("paket"), files)))
                .singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("manifest.json");
                    assertThat(p.reason().key()).isEqualTo("pack.problem.manifest.missing");
                });
    }

    @Test
    void oversizedManifestIsRefusedBeforeParsing() {
        PackLimits small = new PackLimits(2_000, 256L << 20, 64L << 20, 100, 1024, 32, 200, 200, 8 << 20);
        Map<String, byte[]> files = TestPacks.pack(TestPacks.manifest());

        assertThat(PackLoaders.loader(small).lint(TestPacks.writeFolder(dir.resolve("paket"), files)))
                .singleElement().extracting(p -> p.reason().key()).isEqualTo("pack.problem.file.tooBig");
    }
}
