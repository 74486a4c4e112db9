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

    /** Each UTF-8 length class at its first code point, where a cut counts 1, 2, 3 or 4 bytes. */
    @Test
    void theCutCountsTheUtf8LengthOfEveryCharacterExactly() {
        assertThat(FileNames.truncateUtf8("a\u0080", 2)).isEqualTo("a");
        assertThat(FileNames.truncateUtf8("a\u007fb", 2)).isEqualTo("a\u007f");
        assertThat(FileNames.truncateUtf8("a\u0800", 3)).isEqualTo("a");
        assertThat(FileNames.truncateUtf8("a\u07ffb", 3)).isEqualTo("a\u07ff");
        assertThat(FileNames.truncateUtf8("a\ud800\udc00", 4)).isEqualTo("a");
        assertThat(FileNames.truncateUtf8("a\uffffb", 4)).isEqualTo("a\uffff");
        assertThat(FileNames.truncateUtf8("abc", 2)).isEqualTo("ab");
        assertThat(FileNames.truncateUtf8("abc", 3)).isEqualTo("abc");
        assertThat(FileNames.truncateUtf8("\ud83d\ude00\ud83d\ude00", 7)).isEqualTo("\ud83d\ude00");
    }

    @Test
    void aDeviceNameIsADeviceWhateverTheCaseTrailingSpacesOrExtension() {
        assertThat(FileNames.isDeviceName("CON .jpg")).isTrue();
        assertThat(FileNames.isDeviceName("Aux")).isTrue();
        assertThat(FileNames.isDeviceName("conin$.txt")).isTrue();
        assertThat(FileNames.isDeviceName("com\u00b9")).isTrue();
        assertThat(FileNames.isDeviceName("lpt0.a.b")).isTrue();
        assertThat(FileNames.isDeviceName("com10")).isFalse();
        assertThat(FileNames.isDeviceName("x.con")).isFalse();
        assertThat(FileNames.isDeviceName("connie")).isFalse();
        assertThat(FileNames.sanitise("prn.tar.gz")).isEqualTo("prn_.tar.gz");
    }

    @Test
    void everyKindOfSpaceBecomesOneOrdinarySpace() {
        assertThat(FileNames.sanitise("Siti\u00a0\u00a0Aminah\u2028Putri\u2029 \tDewi"))
                .isEqualTo("Siti Aminah Putri Dewi");
        assertThat(FileNames.sanitise("_a_")).isEqualTo("_a_");
        assertThat(FileNames.sanitise("__")).isEmpty();
    }
}
