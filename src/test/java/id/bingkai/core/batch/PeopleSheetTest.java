// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bingkai.core.error.BadInputException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeopleSheetTest {
    @TempDir
    Path dir;

    private Path csv(String text) throws IOException {
        return csv(text.getBytes(StandardCharsets.UTF_8));
    }

    private Path csv(byte[] bytes) throws IOException {
        Path file = dir.resolve("pegawai.csv");
        Files.write(file, bytes);
        return file;
    }

    private static List<SheetRow> rows(Path file) {
        List<SheetRow> rows = new ArrayList<>();
        try (PeopleSheet sheet = PeopleSheet.open(file)) {
            SheetRow row;
            while ((row = sheet.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {",", ";", "\t"})
    void separatorIsDetectedFromTheHeaderLine(String separator) throws IOException {
        Path file = csv(String.join(separator, "nama", "unit", "foto") + "\n"
                + String.join(separator, "Siti Aminah", "Biro Umum", "siti.jpg") + "\n");
        try (PeopleSheet sheet = PeopleSheet.open(file)) {
            assertThat(sheet.separator()).isEqualTo(separator.charAt(0));
            assertThat(sheet.columns()).containsExactly("nama", "unit", "foto");
            SheetRow row = sheet.next();
            assertThat(row.get("nama")).isEqualTo("Siti Aminah");
            assertThat(row.get("unit")).isEqualTo("Biro Umum");
            assertThat(row.get("foto")).isEqualTo("siti.jpg");
        }
    }

    /** Separators inside a quoted column name are text: only those outside quotes decide the sheet's separator. */
    static Stream<Arguments> quotedHeaders() {
        return Stream.of(Arguments.of("\"nama, gelar\";foto", ';', "nama, gelar"),
                Arguments.of("\"nama; gelar\",foto", ',', "nama; gelar"),
                Arguments.of("\"a,b,c,d\";foto", ';', "a,b,c,d"),
                Arguments.of("\"nama;unit;x\"\tfoto", '\t', "nama;unit;x"),
                Arguments.of("\"a\tb\tc\",foto", ',', "a\tb\tc"));
    }

    @ParameterizedTest
    @MethodSource("quotedHeaders")
    void separatorsInsideAQuotedHeaderDoNotCount(String header, char separator, String firstColumn)
            throws IOException {
        Path file = csv(header + "\n" + "Budi" + separator + "budi.jpg\n");
        try (PeopleSheet sheet = PeopleSheet.open(file)) {
            assertThat(sheet.separator()).isEqualTo(separator);
            assertThat(sheet.columns()).containsExactly(firstColumn, "foto");
            SheetRow row = sheet.next();
            assertThat(row.get(firstColumn)).isEqualTo("Budi");
            assertThat(row.get("foto")).isEqualTo("budi.jpg");
        }
    }

    @Test
    void aQuotedHeaderWithAnEscapedQuoteStillCountsOnlyOutsideQuotes() throws IOException {
        Path file = csv("\"nama \"\"panggilan\"\", gelar\";foto\nBudi;budi.jpg\n");
        try (PeopleSheet sheet = PeopleSheet.open(file)) {
            assertThat(sheet.separator()).isEqualTo(';');
            assertThat(sheet.columns()).containsExactly("nama \"panggilan\", gelar", "foto");
        }
    }

    @Test
    void withNoSeparatorOutsideQuotesTheSheetIsOneColumnSeparatedByCommas() throws IOException {
        Path file = csv("\"foto;x,y\"\n");
        assertThatThrownBy(() -> PeopleSheet.open(file)).isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).reason().key())
                        .isEqualTo("batch.csv.error.no-photo-column"));
    }

    @Test
    void semicolonSheetWithCommasInsideNamesKeepsThem() throws IOException {
        Path file = csv("nama;foto\nBudi Santoso, S.Kom.;budi.jpg\n");
        assertThat(rows(file)).singleElement().satisfies(r -> {
            assertThat(r.get("nama")).isEqualTo("Budi Santoso, S.Kom.");
            assertThat(r.extraCells()).isZero();
        });
    }

    @Test
    void quotedFieldsKeepSeparatorsEscapedQuotesAndLineBreaks() throws IOException {
        Path file = csv("nama,unit,foto\r\n"
                + "\"Budi, S.Kom.\",\"Bagian \"\"Umum\"\"\r\nLantai 2\",budi.jpg\r\n"
                + "  \"Ani\"  ,Keuangan,ani.jpg\r\n");
        List<SheetRow> rows = rows(file);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("nama")).isEqualTo("Budi, S.Kom.");
        assertThat(rows.get(0).get("unit")).isEqualTo("Bagian \"Umum\"\r\nLantai 2");
        assertThat(rows.get(0).row()).isEqualTo(2);
        assertThat(rows.get(1).get("nama")).isEqualTo("Ani");
        assertThat(rows.get(1).row()).as("a quoted line break does not start a new spreadsheet row").isEqualTo(3);
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstColumnName() throws IOException {
        byte[] body = "nama;foto\nSiti;siti.jpg\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Path file = csv(withBom);
        try (PeopleSheet sheet = PeopleSheet.open(file)) {
            assertThat(sheet.columns()).containsExactly("nama", "foto");
            assertThat(sheet.next().get("nama")).isEqualTo("Siti");
        }
    }

    @Test
    void headerNamesAreComparedWithoutCaseOrSurroundingSpaces() throws IOException {
        Path file = csv(" Nama , FOTO ,Unit\nSiti,siti.jpg,Biro\n");
        try (PeopleSheet sheet = PeopleSheet.open(file)) {
            assertThat(sheet.columns()).containsExactly("nama", "foto", "unit");
        }
    }

    @Test
    void missingTrailingCellsAreEmptyAndBlankRowsAreSkippedButCounted() throws IOException {
        Path file = csv("nama;unit;foto\nSiti;;siti.jpg\n\n;;\nBudi\n");
        List<SheetRow> rows = rows(file);
        assertThat(rows).extracting(SheetRow::row).containsExactly(2, 5);
        assertThat(rows.get(0).get("unit")).isEmpty();
        assertThat(rows.get(1).get("foto")).isEmpty();
        assertThat(rows.get(1).get("unit")).isEmpty();
        assertThat(PeopleSheet.countRows(file)).isEqualTo(2);
    }

    @Test
    void cellsBeyondTheHeaderAreCountedSoTheRowCanBeRefused() throws IOException {
        Path file = csv("nama,foto\nBudi, S.Kom.,budi.jpg\nAni,ani.jpg,,\n");
        List<SheetRow> rows = rows(file);
        assertThat(rows.get(0).extraCells()).isEqualTo(1);
        assertThat(rows.get(1).extraCells()).as("empty trailing cells are harmless").isZero();
    }

    @Test
    void sheetWithoutPhotoColumnIsRefusedNamingTheColumnsFound() throws IOException {
        Path file = csv("nama,unit\nSiti,Biro\n");
        assertThatThrownBy(() -> PeopleSheet.open(file)).isInstanceOf(BadInputException.class)
                .satisfies(e -> {
                    BadInputException bad = (BadInputException) e;
                    assertThat(bad.file()).isEqualTo(file);
                    assertThat(bad.reason().key()).isEqualTo("batch.csv.error.no-photo-column");
                    assertThat(bad.reason().args()).contains("foto", "nama, unit");
                });
    }

    @Test
    void duplicateColumnIsRefused() throws IOException {
        Path file = csv("nama,foto,Nama\n");
        assertThatThrownBy(() -> PeopleSheet.open(file)).isInstanceOf(BadInputException.class)
                .extracting(e -> ((BadInputException) e).reason().key())
                .isEqualTo("batch.csv.error.duplicate-column");
    }

    @Test
    void unclosedQuoteIsReportedWithTheLineWhereItStarts() throws IOException {
        Path file = csv("nama,foto\nSiti,siti.jpg\n\"Budi,budi.jpg\nAni,ani.jpg\n");
        assertThatThrownBy(() -> PeopleSheet.countRows(file)).isInstanceOf(BadInputException.class)
                .satisfies(e -> {
                    BadInputException bad = (BadInputException) e;
                    assertThat(bad.reason().key()).isEqualTo("batch.csv.error.quote");
                    assertThat(bad.reason().args()).containsExactly(3);
                });
    }

    @Test
    void excelsPlainCsvInWindows1252WithCrlfAndSemicolonsIsReadAndSaidToBeSo() throws IOException {
        Path file = csv("Nama;Unit;foto\r\nDésirée Nuñez;Humas “Pusat”;desiree.jpg\r\n"
                .getBytes(Charset.forName("windows-1252")));
        try (PeopleSheet sheet = PeopleSheet.open(file)) {
            assertThat(sheet.encoding()).isEqualTo(SheetEncoding.WINDOWS_1252);
            assertThat(sheet.encoding().guessed()).isTrue();
            assertThat(sheet.separator()).isEqualTo(';');
            SheetRow row = sheet.next();
            assertThat(row.get("nama")).isEqualTo("Désirée Nuñez");
            assertThat(row.get("unit")).isEqualTo("Humas “Pusat”");
            assertThat(row.get("foto")).isEqualTo("desiree.jpg");
            assertThat(sheet.next()).isNull();
        }
    }

    @Test
    void excelsUnicodeTextInUtf16WithTabsIsRead() throws IOException {
        String text = "\uFEFFNama\tUnit\tfoto\r\nDésirée Nuñez\tHumas\tfoto\\desiree.jpg\r\n";
        for (Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Path file = csv(text.getBytes(utf16));
            try (PeopleSheet sheet = PeopleSheet.open(file)) {
                assertThat(sheet.encoding().charset()).isEqualTo(utf16);
                assertThat(sheet.encoding().guessed()).isFalse();
                assertThat(sheet.separator()).isEqualTo('\t');
                assertThat(sheet.columns()).containsExactly("nama", "unit", "foto");
                assertThat(sheet.next().cells()).containsEntry("nama", "Désirée Nuñez")
                        .containsEntry("foto", "foto\\desiree.jpg");
            }
        }
    }

    @Test
    void utf8StaysUtf8EvenWhenTheFirstNonAsciiLetterComesLate() throws IOException {
        String rows = "Budi;TU;b.jpg\n".repeat(20_000);
        Path file = csv(("nama;unit;foto\n" + rows + "Désirée;TU;d.jpg\n").getBytes(StandardCharsets.UTF_8));
        assertThat(SheetEncoding.detect(file)).isEqualTo(SheetEncoding.UTF_8);
        Path broken = csv(("nama;unit;foto\n" + rows + "Désirée;TU;d.jpg\n").getBytes(Charset.forName("windows-1252")));
        assertThat(SheetEncoding.detect(broken)).as("one bad byte after 300 KB of ASCII").isEqualTo(
                SheetEncoding.WINDOWS_1252);
        assertThat(PeopleSheet.countRows(broken)).isEqualTo(20_001);
    }

    @Test
    void emptyAndMissingFilesAreRefused() throws IOException {
        Path empty = csv("");
        assertThatThrownBy(() -> PeopleSheet.open(empty)).isInstanceOf(BadInputException.class)
                .extracting(e -> ((BadInputException) e).reason().key()).isEqualTo("batch.csv.error.empty");
        assertThatThrownBy(() -> PeopleSheet.open(dir.resolve("tidak-ada.csv")))
                .isInstanceOf(BadInputException.class)
                .extracting(e -> ((BadInputException) e).reason().key()).isEqualTo("batch.csv.error.missing");
    }

    @Test
    void valuesAreNormalisedToNfc() throws IOException {
        Path file = csv("nama,foto\nJose\u0301,jose.jpg\n");
        assertThat(rows(file).getFirst().get("nama")).isEqualTo("Jos\u00e9");
    }
}
