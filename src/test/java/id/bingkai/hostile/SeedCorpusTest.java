// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The committed seed corpus follows the generator: a new hostile case is also a new fuzz seed. */
class SeedCorpusTest {
    private static final Path RESOURCES = Path.of("src/test/resources");
    /** Inputs a fuzzing run found and saved; they stay as regression inputs next to the seeds. */
    private static final java.util.regex.Pattern FINDING =
            java.util.regex.Pattern.compile("/(crash|timeout|oom|leak|slow-unit)-[0-9a-f]+$");

    @Test
    void everySmallHostileCaseIsASeedOfItsFuzzTest() throws IOException {
        Set<String> expected = new TreeSet<>(HostileSeeds.all().keySet());
        Set<String> committed = new TreeSet<>();
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("id/bingkai/hostile"))) {
            files.filter(Files::isRegularFile).map(f -> RESOURCES.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> !FINDING.matcher(name).find())
                    .forEach(committed::add);
        }

        assertThat(committed).as("regenerate with HostileSeeds (see its documentation)")
                .containsAll(expected);
        assertThat(expected).as("seed files without a case; delete them or regenerate").containsAll(committed);
    }

    @Test
    void seedsStaySmall() {
        assertThat(HostileSeeds.all().values()).allSatisfy(seed ->
                assertThat(seed.length).isLessThanOrEqualTo(HostileSeeds.MAX_SEED_BYTES));
        assertThat(HostileSeeds.all()).hasSizeGreaterThan(100);
    }
}
