// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.testing.Needs;
import id.bingkai.testing.TimeLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reader (image probe and decode, pack lint and load, project open, the {@code render} and {@code lint}
 * commands) over
 * every hostile case of {@link HostileCorpus}, in a child JVM with a 256 MB heap: each call opens the input or
 * refuses it with a translated message that names the file, within the time limit, never with a crash, an
 * OutOfMemoryError, a hang or a stack trace, and all readers agree with each other and with the case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {
    static final String HEAP = "-Xmx256m";
    /**
     * Per reader and case; the slowest honest case (a 600 MB PNG decoded subsampled) takes about a second on an idle
     * machine. Stretched on a busy one (the first case also pays for the child's warm-up).
     */
    static final Duration LIMIT = TimeLimits.scaled(Duration.ofSeconds(10));
    private static final Set<String> MEMORY_KEYS = Set.of("image.error.memory", "render.error.memory");
    private static final Set<String> PHOTO_READERS = Set.of("load-1080", "read-bytes");
    private static final Set<String> PACK_READERS = Set.of("pack-lint", "pack-load");

    private final Map<String, List<Outcome>> results = new LinkedHashMap<>();
    private ChildJvm.Result child;

    @BeforeAll
    void runEveryReaderOverEveryCaseInASmallHeap(@TempDir Path dir) throws Exception {
        Path resultFile = dir.resolve("results.txt");
        child = ChildJvm.run(List.of(HEAP), HostileMatrix.class, List.of(resultFile.toString(),
                dir.resolve("work").toString(), Long.toString(LIMIT.toSeconds())), dir, TimeLimits.scaled(Duration.ofMinutes(5)));
        if (Files.exists(resultFile)) {
            for (String line : Files.readAllLines(resultFile)) {
                if (line.startsWith(Outcome.PREFIX)) {
                    Outcome o = Outcome.parse(line);
                    results.computeIfAbsent(o.caseName(), k -> new java.util.ArrayList<>()).add(o);
                }
            }
        }
    }

    Stream<HostileCase> cases() {
        return HostileCorpus.all().stream();
    }

    @Test
    void theChildRanToTheEnd() {
        assertThat(child.timedOut()).as("the matrix run was killed after 5 minutes").isFalse();
        assertThat(child.exitCode()).as("exit code; stderr:\n" + child.err()).isZero();
        assertThat(results.keySet()).containsExactlyInAnyOrderElementsOf(
                cases().map(HostileCase::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyReaderOpensItOrRefusesItClearly(HostileCase c) {
        List<Outcome> outcomes = results.getOrDefault(c.name(), List.of());
        assertThat(outcomes).as("nothing reported for %s: the child died or hung here?%n%s", c, child.err())
                .isNotEmpty();
        // A case that cannot be set up (a FIFO, a device link) skips with the reason, and fails in CI.
        Needs.that(!outcomes.get(0).is("SKIPPED"), "what case " + c + " needs (" + outcomes.get(0).detail() + ")");
        String input = outcomes.stream().filter(o -> o.is("INPUT")).findFirst().map(Outcome::detail).orElse("");
        Map<String, Outcome> byReader = outcomes.stream().filter(o -> !o.is("INPUT"))
                .collect(Collectors.toMap(Outcome::reader, o -> o, (a, b) -> b, LinkedHashMap::new));
        SoftAssertions soft = new SoftAssertions();
        for (Outcome o : byReader.values()) {
            String what = c + " / " + o;
            soft.assertThat(o.status()).as(what).isIn("OK", "REFUSED", "EXIT");
            soft.assertThat(o.millis()).as("milliseconds: " + what).isLessThanOrEqualTo(LIMIT.toMillis());
            soft.assertThat(o.detail()).as("untranslated message: " + what).doesNotContain("UNTRANSLATED");
            soft.assertThat(o.keys()).as("ran out of memory: " + what).doesNotContainAnyElementsOf(MEMORY_KEYS);
            if (o.is("EXIT")) {
                soft.assertThat(o.keys()).as("exit code: " + what).containsAnyOf("0", "3");
                soft.assertThat(o.detail()).as("stack trace shown: " + what).doesNotContain("\tat ")
                        .doesNotContain("Exception").doesNotContain("LEFTOVER FILES");
                // A project that fails on the pack it names gets the pack's message, which names the pack.
                boolean packOfAProject = c.kind() == HostileCase.Kind.PROJECT && Optional.ofNullable(
                        byReader.get("project-open")).map(a -> a.keys().stream().anyMatch(k -> k.startsWith("pack.")))
                        .orElse(false);
                if (o.keys().contains("3") && !packOfAProject) {
                    soft.assertThat(o.detail()).as("the message names the input: " + what).contains(input);
                }
            }
        }
        Set<String> primary = switch (c.kind()) {
            case PHOTO -> PHOTO_READERS;
            case PACK -> PACK_READERS;
            case PROJECT -> Set.of("project-open");
        };
        for (String reader : primary) {
            Optional.ofNullable(byReader.get(reader)).ifPresent(o -> expectation(soft, c, o));
        }
        if (c.kind() == HostileCase.Kind.PHOTO) {
            agree(soft, c, byReader, "load-1080", "cli-render");
        } else if (c.kind() == HostileCase.Kind.PROJECT) {
            agree(soft, c, byReader, "project-open", "cli-render");
        } else {
            agree(soft, c, byReader, "pack-lint", "cli-lint");
            agree(soft, c, byReader, "pack-load", "cli-render");
            agree(soft, c, byReader, "pack-load", "cli-render-en");
            agree(soft, c, byReader, "pack-load", "cli-render-pdf");
            Outcome id = byReader.get("cli-render");
            Outcome en = byReader.get("cli-render-en");
            if (id != null && en != null && id.keys().contains("3")) {
                soft.assertThat(en.detail()).as("English differs from Indonesian: " + c).isNotEqualTo(id.detail());
            }
        }
        soft.assertAll();
    }

    /** An API reader's outcome matches what the case expects. */
    private static void expectation(SoftAssertions soft, HostileCase c, Outcome o) {
        String what = c + " (expected " + c.expect() + ") / " + o;
        if (o.is("OK")) {
            soft.assertThat(c.expect().mayOpen()).as("opened, but should be refused: " + what).isTrue();
        } else if (o.is("REFUSED")) {
            soft.assertThat(c.expect().mayRefuse()).as("refused, but should open: " + what).isTrue();
            if (c.expect().mayRefuse()) {
                soft.assertThat(o.keys()).as("reason: " + what).containsAnyElementsOf(c.expect().keys());
            }
        }
    }

    /**
     * The command line decides like the API it is built on: exit 0 when that opened the input, 3 when not, or when
     * it opened a project with a photo place empty (the command line, like the editor's export, refuses to make it).
     */
    private static void agree(SoftAssertions soft, HostileCase c, Map<String, Outcome> byReader, String api,
            String cli) {
        Outcome a = byReader.get(api);
        Outcome command = byReader.get(cli);
        if (a == null || command == null || !command.is("EXIT") || !(a.is("OK") || a.is("REFUSED"))) {
            return;
        }
        soft.assertThat(command.keys()).as(c + ": " + cli + " agrees with " + a)
                .containsExactly(a.is("OK") && !a.keys().contains(HostileMatrix.EMPTY_PLACE) ? "0" : "3");
    }
}
