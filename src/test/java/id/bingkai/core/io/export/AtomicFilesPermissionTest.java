// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.bingkai.core.error.BadInputException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ways a system says "you may not write here" all read as a read-only folder to the user. */
class AtomicFilesPermissionTest {
    @TempDir
    Path dir;

    @Test
    void operationNotPermittedIsReportedAsAReadOnlyFolder() throws Exception {
        Path target = dir.resolve("foto.png");

        BadInputException e = catchThrowableOfType(BadInputException.class, () -> new AtomicFiles().write(target,
                false, out -> {
                    throw new FileSystemException(target.toString(), null, "Operation not permitted");
                }));

        assertThat(e.reason().key()).isEqualTo("export.error.readOnly");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
