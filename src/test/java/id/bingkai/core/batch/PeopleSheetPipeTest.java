// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.bingkai.core.error.BadInputException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sheet that is a pipe or a folder is refused at once instead of blocking the batch forever. */
class PeopleSheetPipeTest {
    @TempDir
    Path dir;

    @Test
    void aPipeOrAFolderIsRefusedWithoutReading() throws Exception {
        Path fifo = dir.resolve("pegawai.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "no mkfifo here");

        for (Path notAFile : new Path[] {fifo, dir}) {
            BadInputException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> catchThrowableOfType(
                    BadInputException.class, () -> PeopleSheet.open(notAFile)));
            assertThat(e).isNotNull();
            assertThat(e.reason().key()).isEqualTo("batch.csv.error.notFile");
        }
    }
}
