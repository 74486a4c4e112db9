// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A pack's text is UTF-8: a byte order mark is dropped, UTF-16 and other encodings are named, never guessed. */
class Utf8TextTest {
    private final Problems problems = new Problems();

    private Optional<String> decode(byte... bytes) {
        return Utf8Text.decode(bytes, "teks.json", problems);
    }

    private static byte[] hex(String hex) {
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    @Test
    void theByteOrderMarkIsDroppedAndTheRestKeptExactly() {
        assertThat(decode(hex("EFBBBF7B7D"))).contains("{}");
        assertThat(decode(hex("EFBBBF"))).contains("");
        assertThat(decode("Kementerian — é".getBytes(StandardCharsets.UTF_8))).contains("Kementerian — é");
        assertThat(decode()).contains("");
        assertThat(decode(hex("7B"))).contains("{");
        assertThat(problems.list()).isEmpty();
    }

    @Test
    void aByteOrderMarkLaterInTheTextIsKept() {
        assertThat(decode(hex("7BEFBBBF7D"))).contains("{\uFEFF}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"FEFF007B", "FFFE7B00", "FEFF", "FFFE", "7B007D00", "00"})
    void utf16OrNulBytesAreNamedAsUtf16(String bytes) {
        assertThat(decode(hex(bytes))).isEmpty();

        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("teks.json");
            assertThat(p.field()).isEmpty();
            assertThat(p.reason().key()).isEqualTo("pack.problem.text.utf16");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"EFBB7B, 1", "FE7B, 1", "FF7B, 1", "0A0AE97B, 3", "7B0AE9, 2", "0A0A0A7BE9, 4", "EFBBBF0AE9, 2"})
    void otherEncodingsAreNamedWithTheLineOfTheFirstBadByte(String bytes, int line) {
        assertThat(decode(hex(bytes))).isEmpty();

        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("teks.json");
            assertThat(p.reason().key()).isEqualTo("pack.problem.text.notUtf8");
            assertThat(p.reason().args()).containsExactly(line);
        });
    }
}
