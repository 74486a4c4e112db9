// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AotTrainingCommandTest {
    @Test
    void theTrainingRunsEveryCommandWithoutAFailureAndCleansUp() throws IOException {
        long before = trainingFolders();
        CliRun run = CliRun.of("aot-training");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(trainingFolders()).isEqualTo(before);
    }

    private static long trainingFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("bingkai-aot-")).count();
        }
    }
}
