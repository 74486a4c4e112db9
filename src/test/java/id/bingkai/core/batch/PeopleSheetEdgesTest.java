// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import id.bingkai.core.error.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sheet's edges: ties between separators, empty column names, closing, and what a failed open leaves open. */
class PeopleSheetEdgesTest {
    private static final Path FD = Path.of("/proc/self/fd");

    @TempDir
    Path dir;

    private Path csv(String text) throws IOException {
        return Files.writeString(dir.resolve("pegawai.csv"), text, StandardCharsets.UTF_8);
    }

    /** On a tie the comma wins over both, the semicolon over the tab; a header with none is comma-separated. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "a;b,foto|COMMA",
        "a;foto\tb|SEMICOLON",
        "a\tb,foto|COMMA",
        "foto|COMMA",
        "a;b;c\td\te\tfoto|TAB",
        "a\tb\tc\td;e;foto,f|TAB",
        "a;b;c;d,foto,x\te\tf|SEMICOLON",
        "a,b,foto;c;d|COMMA",
    })
    void tiesBetweenSeparatorsAreDecidedTheSameWayEveryTime(String header, String expected) throws IOException {
        char separator = switch (expected) {
            case "COMMA" -> ',';
            case "SEMICOLON" -> ';';
            default -> '\t';
        };
        try (PeopleSheet sheet = PeopleSheet.open(csv(header + "\n"), false)) {
            assertThat(sheet.separator()).isEqualTo(separator);
        }
    }

    @Test
    void onlyTheHeaderLineCountsEvenWhenLinesEndInACarriageReturnAlone() throws IOException {
        try (PeopleSheet sheet = PeopleSheet.open(csv("nama;foto\rBudi, S.Kom.;a,b,c.jpg\r"))) {
            assertThat(sheet.separator()).isEqualTo(';');
            assertThat(sheet.next().cells()).containsEntry("nama", "Budi, S.Kom.").containsEntry("foto", "a,b,c.jpg");
            assertThat(sheet.next()).isNull();
        }
        try (PeopleSheet sheet = PeopleSheet.open(csv("nama,foto\na;b;c;d,x\n"))) {
            assertThat(sheet.separator()).isEqualTo(',');
        }
    }

    @Test
    void aNulCharacterInTheHeaderDoesNotEndTheSniffing() throws IOException {
        try (PeopleSheet sheet = PeopleSheet.open(csv("na\u0000ma;foto;unit\n"))) {
            assertThat(sheet.separator()).isEqualTo(';');
            assertThat(sheet.columns()).containsExactly("na\u0000ma", "foto", "unit");
        }
    }

    @Test
    void theSheetSaysItsFileHeadersAndColumns() throws IOException {
        Path file = csv(" Nama Lengkap ,FOTO,Jose\u0301\nSiti,s.jpg,x\n");
        try (PeopleSheet sheet = PeopleSheet.open(file)) {
            assertThat(sheet.file()).isEqualTo(file);
            assertThat(sheet.headers()).containsExactly("Nama Lengkap", "FOTO", "Jos\u00e9");
            assertThat(sheet.columns()).containsExactly("nama lengkap", "foto", "jos\u00e9");
            assertThat(sheet.hasColumn("foto")).isTrue();
            assertThat(sheet.hasColumn("jos\u00e9")).isTrue();
            assertThat(sheet.hasColumn("nama")).isFalse();
            assertThat(sheet.encoding()).isEqualTo(SheetEncoding.UTF_8);
        }
    }

    @Test
    void aColumnWithoutANameHoldsNoCellAndWhatItHoldsCountsAsExtra() throws IOException {
        Path file = csv("nama,,foto,\nSiti,x,s.jpg,\nBudi,,b.jpg,y\nAni,,a.jpg\n");
        try (PeopleSheet sheet = PeopleSheet.open(file)) {
            assertThat(sheet.columns()).containsExactly("nama", "", "foto", "");
            SheetRow siti = sheet.next();
            assertThat(siti.cells()).containsOnlyKeys("nama", "foto");
            assertThat(siti.extraCells()).isEqualTo(1);
            assertThat(sheet.next().extraCells()).isEqualTo(1);
            SheetRow ani = sheet.next();
            assertThat(ani.extraCells()).isZero();
            assertThat(ani.row()).isEqualTo(4);
        }
    }

    @Test
    void twoUnnamedColumnsAreNoDuplicateAndTheRefusalListsOnlyNamedOnes() throws IOException {
        Path file = csv("nama,,unit,\n");
        assertThatThrownBy(() -> PeopleSheet.open(file)).isInstanceOfSatisfying(BadInputException.class,
                e -> assertThat(e.reason().args()).containsExactly("foto", "nama, unit"));
        try (PeopleSheet sheet = PeopleSheet.open(file, false)) {
            assertThat(sheet.columns()).containsExactly("nama", "", "unit", "");
        }
    }

    @Test
    void aDuplicateNamesTheColumn() throws IOException {
        assertThatThrownBy(() -> PeopleSheet.open(csv("foto, Unit ,unit\n")))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.reason().key()).isEqualTo("batch.csv.error.duplicate-column");
                    assertThat(e.reason().args()).containsExactly("unit");
                });
    }

    @Test
    void withoutAPhotoPlaceTheSheetNeedsNoPhotoColumn() throws IOException {
        Path file = csv("nama\nSiti\n\nBudi\n");
        assertThat(PeopleSheet.countRows(file, false)).isEqualTo(2);
        assertThatThrownBy(() -> PeopleSheet.countRows(file)).isInstanceOf(BadInputException.class);
    }

    @Test
    void aHeaderOfEmptyCellsIsAnEmptySheet() throws IOException {
        for (String text : new String[] {",,\nSiti,s.jpg\n", "\nnama,foto\n", " ; ; \n"}) {
            Path file = csv(text);
            assertThatThrownBy(() -> PeopleSheet.open(file, false)).as(text)
                    .isInstanceOfSatisfying(BadInputException.class, e -> {
                        assertThat(e.reason().key()).isEqualTo("batch.csv.error.empty");
                        assertThat(e.file()).isEqualTo(file);
                    });
        }
    }

    @Test
    void aFormatErrorInTheHeaderNamesItsKindAndLine() throws IOException {
        Path file = csv("nama," + "x".repeat(CsvReader.MAX_FIELD + 1) + "\n");
        assertThatThrownBy(() -> PeopleSheet.open(file)).isInstanceOfSatisfying(BadInputException.class, e -> {
            assertThat(e.reason().key()).isEqualTo("batch.csv.error.field-too-long");
            assertThat(e.reason().args()).containsExactly(1);
        });
        Path wide = csv("foto\n" + ",".repeat(CsvReader.MAX_FIELDS) + "\n");
        try (PeopleSheet sheet = PeopleSheet.open(wide)) {
            assertThatThrownBy(sheet::next).isInstanceOfSatisfying(BadInputException.class, e -> {
                assertThat(e.reason().key()).isEqualTo("batch.csv.error.too-many-fields");
                assertThat(e.reason().args()).containsExactly(2);
                assertThat(e.file()).isEqualTo(wide);
            });
        }
    }

    @Test
    void aClosedSheetReadsNoMoreRows() throws IOException {
        PeopleSheet sheet = PeopleSheet.open(csv("nama,foto\nSiti,s.jpg\nBudi,b.jpg\n"));
        assertThat(sheet.next().get("nama")).isEqualTo("Siti");
        sheet.close();
        assertThatThrownBy(sheet::next).isInstanceOf(UncheckedIOException.class);
        sheet.close();
    }

    private long openHandlesOn(Path file) throws IOException {
        Path real = file.toRealPath();
        try (Stream<Path> fds = Files.list(FD)) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(real);
                } catch (IOException | UnsupportedOperationException e) {
                    return false; // gone meanwhile, or not a link
                }
            }).count();
        }
    }

    @Test
    void neitherAFailedOpenNorACountedSheetLeavesTheFileOpen() throws IOException {
        assumeThat(Files.isDirectory(FD)).as("/proc/self/fd lists this process's open files (Linux)").isTrue();
        Path refused = csv("nama,unit\nSiti,Biro\n");
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> PeopleSheet.open(refused)).isInstanceOf(BadInputException.class);
        }
        assertThat(openHandlesOn(refused)).as("after three refused opens").isZero();
        Path good = Files.writeString(dir.resolve("baik.csv"), "nama,foto\nSiti,s.jpg\n");
        assertThat(PeopleSheet.countRows(good)).isEqualTo(1);
        PeopleSheet open = PeopleSheet.open(good);
        assertThat(openHandlesOn(good)).as("while open").isEqualTo(1);
        open.close();
        assertThat(openHandlesOn(good)).as("after counting and closing").isZero();
    }
}
