// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.model.LocalizedText;
import id.bingkai.core.model.TextField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The header held against the frame's fields: what is matched, what is proposed, what stops the batch. */
class HeaderMatchTest {
    private static final List<TextField> FIELDS = List.of(new TextField("nama", LocalizedText.of("Nama"), "", 40),
            new TextField("unit", LocalizedText.of("Unit"), "", 60));

    private static HeaderMatch match(List<String> headers, ColumnMap map) {
        return HeaderMatch.of(FIELDS, headers, headers.stream().map(ColumnMap::normalise).toList(), map);
    }

    @Test
    void fieldsNamedByTheSheetMatchWhateverTheCase() {
        HeaderMatch m = match(List.of("Nama", "UNIT", "foto"), ColumnMap.NONE);
        assertThat(m.complete()).isTrue();
        assertThat(m.columnOf()).containsExactly(Map.entry("nama", "nama"), Map.entry("unit", "unit"));
    }

    @Test
    void anObviousColumnIsProposedButNeverUsed() {
        HeaderMatch m = match(List.of("Nama Lengkap", "Unit_Kerja", "NIP", "foto"), ColumnMap.NONE);
        assertThat(m.complete()).isFalse();
        assertThat(m.missing()).containsExactly("nama", "unit");
        assertThat(m.columnOf()).isEmpty();
        assertThat(m.proposals()).containsExactly(Map.entry("nama", "Nama Lengkap"), Map.entry("unit", "Unit_Kerja"));
    }

    @Test
    void spacesAndUnderscoresAreTheSameNameAndTwoCandidatesAreNoProposal() {
        assertThat(match(List.of("nama_", "foto"), ColumnMap.NONE).proposals()).containsEntry("nama", "nama_");
        assertThat(match(List.of("Nama Depan", "Nama Belakang", "foto"), ColumnMap.NONE).proposals())
                .doesNotContainKey("nama");
    }

    @Test
    void chosenColumnsFillTheFieldsAndTheRowReadsThemUnderTheFieldsName() {
        HeaderMatch m = match(List.of("Nama Lengkap", "Unit Kerja", "foto"),
                new ColumnMap(Map.of("nama", "Nama Lengkap", "unit", "")));
        assertThat(m.complete()).isTrue();
        assertThat(m.columnOf()).containsExactly(Map.entry("nama", "nama lengkap"));
        SheetRow row = m.apply(new SheetRow(2, Map.of("nama lengkap", "Siti", "unit kerja", "Humas", "foto", "s.jpg"),
                0));
        assertThat(row.get("nama")).isEqualTo("Siti");
        assertThat(row.get("unit")).as("kept to the frame").isEmpty();
        assertThat(m.names(List.of("nama lengkap", "unit kerja", "foto"))).contains("nama");
    }

    @Test
    void aChoiceNamingNoColumnOrNoFieldStopsTheBatch() {
        HeaderMatch m = match(List.of("Nama Lengkap", "foto"), new ColumnMap(Map.of("nama", "Nama", "jabatan", "X",
                "unit", "")));
        assertThat(m.complete()).isFalse();
        assertThat(m.unknown()).containsExactlyInAnyOrder("nama=nama", "jabatan=x");
        assertThat(m.problem(List.of("Nama Lengkap", "foto")).key()).isEqualTo("batch.csv.error.column-unknown");
    }
}
