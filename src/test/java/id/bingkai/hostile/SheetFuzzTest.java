// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import id.bingkai.core.batch.PeopleSheet;
import id.bingkai.core.batch.SheetRow;
import id.bingkai.core.error.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any bytes given as the batch's people sheet (CSV) give rows or a clear refusal. Seeds are in
 * {@code SheetFuzzTestInputs} (see {@link HostileSeeds}).
 */
class SheetFuzzTest {
    private final ClearAnswers answers = new ClearAnswers();

    @TempDir
    Path dir;

    @FuzzTest(maxDuration = "3m")
    @Timeout(10) // per input: a slower one is a finding (libFuzzer -timeout) and fails its replay
    void sheetGivesRowsOrAClearRefusal(byte[] data) {
        Path file;
        try {
            file = Files.write(dir.resolve("pegawai.csv"), data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (PeopleSheet sheet = PeopleSheet.open(file)) {
            assertThat(sheet.columns()).isNotEmpty();
            for (SheetRow row = sheet.next(); row != null; row = sheet.next()) {
                assertThat(row.row()).isPositive();
            }
        } catch (BadInputException e) {
            answers.check(e);
        }
    }
}
