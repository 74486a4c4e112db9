// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The hidden training run behind {@code ./bingkai}'s start-up cache must succeed: when it fails the script drops the
 * cache and records it again on the next start, so every command would silently pay for a training run.
 */
class AotTrainingCommandTest {
    @Test
    void trainingRendersExportsAndBatchesWithoutAnError() {
        CliRun run = CliRun.of("aot-training");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }
}
