// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {
    @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "Siti Aminah|Siti Aminah",
        "Budi Santoso, S.Kom.|Budi Santoso, S.Kom",
        "a/b\\c:d*e?f\"g<h>i|a_b_c_d_e_f_g_h_i",
        "'  ..hidden. . '|hidden",
        "'tab\there'|tab here",
        "CON|CON_",
        "nul|nul_",
        "Com1|Com1_",
        "LPT9|LPT9_",
        "con.foto|con_.foto",
        "CONSOLE|CONSOLE",
        "'???'|''",
        "'...'|''",
    })
    void namesAreSafeOnWindowsMacAndLinux(String raw, String expected) {
        assertThat(FileNames.sanitise(raw)).isEqualTo(expected);
    }

    @Test
    void pipeIsReplacedLikeEveryOtherReservedCharacter() {
        assertThat(FileNames.sanitise("a|b||c")).isEqualTo("a_b_c");
    }

    @Test
    void controlAndInvisibleCharactersNeverReachTheFileName() {
        assertThat(FileNames.sanitise("Siti\u0000Aminah\u007f\u0085")).isEqualTo("Siti_Aminah_");
        assertThat(FileNames.sanitise("Si\u200bti\ufeff")).isEqualTo("Siti");
        assertThat(FileNames.sanitise("Baris\nbaru\r\n")).isEqualTo("Baris baru");
    }

    @Test
    void decomposedAccentsAreComposedSoMacAndLinuxNamesMatch() {
        assertThat(FileNames.sanitise("Jose\u0301")).isEqualTo("Jos\u00e9");
    }

    @Test
    void longNamesAreCutAtACharacterBoundaryWithinTheByteLimit() {
        String name = "\u00e9".repeat(200) + "\ud83d\ude00".repeat(10);
        String safe = FileNames.sanitise(name);
        assertThat(safe.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_STEM_BYTES);
        assertThat(safe).isEqualTo("\u00e9".repeat(FileNames.MAX_STEM_BYTES / 2));
        String emoji = FileNames.sanitise("\ud83d\ude00".repeat(100));
        assertThat(emoji.codePoints().allMatch(cp -> cp == 0x1F600)).isTrue();
        assertThat(emoji.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_STEM_BYTES);
    }

    @Test
    void aCutNeverLeavesATrailingDotOrSpace() {
        String name = "a".repeat(FileNames.MAX_STEM_BYTES - 1) + ". tail";
        assertThat(FileNames.sanitise(name)).isEqualTo("a".repeat(FileNames.MAX_STEM_BYTES - 1));
    }
}
