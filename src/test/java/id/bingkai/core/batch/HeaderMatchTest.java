// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.i18n.Msg;
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

    @Test
    void aMissingFieldIsExplainedWithTheColumnsFoundAndTheCommandThatWouldMapIt() {
        List<String> headers = List.of("Nama Lengkap", "", "Unit_Kerja", "foto");
        HeaderMatch m = match(headers, ColumnMap.NONE);
        Msg problem = m.problem(headers);
        assertThat(problem.key()).isEqualTo("batch.csv.error.columns");
        assertThat(problem.args()).containsExactly("nama, unit", "\"Nama Lengkap\", \"Unit_Kerja\", \"foto\"",
                "nama, unit", Msg.of("batch.csv.columns.proposal",
                        "--column nama=\"Nama Lengkap\" --column unit=\"Unit_Kerja\""));
        HeaderMatch none = match(List.of("Nama Depan", "Nama Belakang", "unit", "foto"), ColumnMap.NONE);
        assertThat(none.problem(List.of("Nama Depan", "Nama Belakang", "unit", "foto")).args())
                .containsExactly("nama, unit", "\"Nama Depan\", \"Nama Belakang\", \"unit\", \"foto\"", "nama",
                        Msg.of("batch.csv.columns.no-proposal"));
    }

    @Test
    void anUnknownChoiceIsExplainedBeforeAnyMissingField() {
        List<String> headers = List.of("Nama", "foto");
        HeaderMatch m = match(headers, new ColumnMap(Map.of("unit", "Unit Kerja")));
        assertThat(m.missing()).isEmpty();
        assertThat(m.problem(headers)).isEqualTo(Msg.of("batch.csv.error.column-unknown", "unit=unit kerja",
                "\"Nama\", \"foto\"", "nama, unit"));
    }

    @Test
    void aColumnTheSameButForSpellingBeatsOneThatOnlyContainsTheName() {
        assertThat(match(List.of("NAMA-", "Nama Lengkap", "unit", "foto"), ColumnMap.NONE).proposals())
                .containsExactly(Map.entry("nama", "NAMA-"));
        assertThat(match(List.of("Nama.Lengkap", "unit", "foto"), ColumnMap.NONE).proposals())
                .containsExactly(Map.entry("nama", "Nama.Lengkap"));
        assertThat(match(List.of("na ma", "n_a_m_a", "Nama Lengkap", "unit", "foto"), ColumnMap.NONE).proposals())
                .as("two the same but for spelling: no proposal").isEmpty();
        assertThat(match(List.of("namanya", "unit", "foto"), ColumnMap.NONE).proposals()).isEmpty();
    }

    @Test
    void aColumnAlreadyReadForAnotherFieldOrThePhotoIsNeverProposed() {
        HeaderMatch m = match(List.of("Nama Lengkap", "foto"), new ColumnMap(Map.of("unit", "Nama Lengkap")));
        assertThat(m.missing()).containsExactly("nama");
        assertThat(m.proposals()).isEmpty();
        List<TextField> foTo = List.of(new TextField("fo_to", LocalizedText.of("Foto"), "", 40));
        assertThat(HeaderMatch.of(foTo, List.of("Foto"), List.of("foto"), ColumnMap.NONE).proposals()).isEmpty();
        assertThat(HeaderMatch.of(foTo, List.of("F.O.T.O"), List.of("f.o.t.o"), ColumnMap.NONE).proposals())
                .containsExactly(Map.entry("fo_to", "F.O.T.O"));
    }

    @Test
    void aRowIsLeftAsItIsWhenEveryFieldReadsItsOwnColumn() {
        HeaderMatch m = match(List.of("nama", "unit", "foto"), ColumnMap.NONE);
        SheetRow row = new SheetRow(2, Map.of("nama", "Siti", "unit", "Biro", "foto", "s.jpg"), 1);
        assertThat(m.apply(row)).isSameAs(row);
        assertThat(m.names(List.of("nama", "unit", "foto"))).containsExactly("nama", "unit", "foto");
        HeaderMatch mapped = match(List.of("nama", "bagian", "foto"), new ColumnMap(Map.of("unit", "Bagian")));
        SheetRow moved = mapped.apply(new SheetRow(3, Map.of("nama", "Siti", "bagian", "Biro", "foto", "s.jpg"), 1));
        assertThat(moved.get("unit")).isEqualTo("Biro");
        assertThat(moved.get("nama")).isEqualTo("Siti");
        assertThat(moved.row()).isEqualTo(3);
        assertThat(moved.extraCells()).isEqualTo(1);
        assertThat(mapped.names(List.of("nama", "bagian", "foto"))).containsExactly("nama", "bagian", "foto", "unit");
    }
}
