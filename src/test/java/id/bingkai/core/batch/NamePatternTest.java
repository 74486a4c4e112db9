// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamePatternTest {
    @Test
    void placeholdersAreFilledFromTheRowAndSanitised() {
        NamePattern p = NamePattern.parse("{nip}_{nama}");
        assertThat(p.stem(Map.of("nip", "19800101", "nama", "Siti: Aminah"), 2)).isEqualTo("19800101_Siti_ Aminah");
    }

    @Test
    void rowNumberIsAPlaceholderInBothLanguages() {
        assertThat(NamePattern.parse("baris-{baris}").stem(Map.of(), 7)).isEqualTo("baris-7");
        assertThat(NamePattern.parse("{row}").stem(Map.of(), 12)).isEqualTo("12");
    }

    @Test
    void placeholdersIgnoreCaseAndSpaces() {
        assertThat(NamePattern.parse("{ Nama }").placeholders()).containsExactly("nama");
    }

    @Test
    void unknownColumnsAndEmptyValuesAreFound() {
        NamePattern p = NamePattern.parse("{nip}_{nama}_{baris}");
        assertThat(p.unknown(List.of("nama", "foto"))).containsExactly("nip");
        assertThat(p.emptyIn(Map.of("nip", "  ", "nama", "Siti"))).containsExactly("nip");
    }

    @Test
    void patternsWithoutPlaceholdersOrWithBrokenBracesAreRefused() {
        assertThatThrownBy(() -> NamePattern.parse("profil")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NamePattern.parse("{nama")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NamePattern.parse("{}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultIsTheNameWhenThereIsANameColumnElseTheRow() {
        assertThat(NamePattern.defaultFor(List.of("nama", "foto")).placeholders()).containsExactly("nama");
        assertThat(NamePattern.defaultFor(List.of("nip", "foto")).placeholders()).containsExactly("baris");
    }

    @Test
    void sameNamesGetNumberedSuffixesComparedWithoutCase() {
        UniqueNames names = new UniqueNames("jpg");
        assertThat(names.claim("Budi")).isEqualTo("Budi.jpg");
        assertThat(names.claim("budi")).isEqualTo("budi_2.jpg");
        assertThat(names.claim("Budi_2")).isEqualTo("Budi_2_2.jpg");
        assertThat(names.claim("BUDI")).isEqualTo("BUDI_3.jpg");
    }

    @Test
    void literalTextAndPlaceholdersAlternateInAnyOrder() {
        NamePattern p = NamePattern.parse("{nama}{unit}-x-{baris}}y");
        assertThat(p.stem(Map.of("nama", "Siti", "unit", "TU"), 4)).isEqualTo("SitiTU-x-4}y");
        assertThat(p.stem(Map.of("nama", "Siti"), 4)).as("a missing cell is empty").isEqualTo("Siti-x-4}y");
        assertThat(p.placeholders()).containsExactly("nama", "unit", "baris");
        assertThat(p).hasToString("{nama}{unit}-x-{baris}}y");
        assertThat(NamePattern.parse("{nama}_{nama}").placeholders()).containsExactly("nama");
        assertThat(NamePattern.parse("a{x}").stem(Map.of("x", "b"), 1)).isEqualTo("ab");
        assertThat(NamePattern.parse("{ROW}").unknown(List.of())).isEmpty();
        assertThat(NamePattern.parse("{baris}").emptyIn(Map.of())).isEmpty();
        assertThatThrownBy(() -> NamePattern.parse("a{b}{")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a{b}{");
        assertThatThrownBy(() -> NamePattern.parse("")).isInstanceOf(IllegalArgumentException.class);
    }
}
