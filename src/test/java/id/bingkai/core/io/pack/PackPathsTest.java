// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.i18n.Msg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The path rules every name of a pack follows, one rule at a time, and the normal form files are found by. */
class PackPathsTest {
    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ' '              | pack.problem.path.empty
            ''               | pack.problem.path.empty
            .                | pack.problem.path.empty
            ./.              | pack.problem.path.empty
            a/               | pack.problem.path.emptySegment
            a//b             | pack.problem.path.emptySegment
            ..               | pack.problem.path.parent
            a/../b           | pack.problem.path.parent
            /a               | pack.problem.path.absolute
            c:a              | pack.problem.path.drive
            Z:/a             | pack.problem.path.drive
            ab:c             | pack.problem.path.colon
            :a               | pack.problem.path.colon
            a\\b             | pack.problem.path.backslash
            """)
    void badPathsAreNamedByTheirRule(String path, String key) {
        assertThat(PackPaths.check(path)).get().extracting(Msg::key).isEqualTo(key);
    }

    @Test
    void aBackslashIsAnsweredWithTheForwardSlashPath() {
        assertThat(PackPaths.check("layers\\logo.png")).get().extracting(Msg::args)
                .isEqualTo(java.util.List.of("layers/logo.png"));
    }

    @Test
    void aBackslashAsTheFirstCharacterIsFoundToo() {
        assertThat(PackPaths.check("\\logo.png")).get().satisfies(m -> {
            assertThat(m.key()).isEqualTo("pack.problem.path.backslash");
            assertThat(m.args()).containsExactly("/logo.png");
        });
    }

    @Test
    void controlCharactersAreRefusedButASpaceAndTildeAreNot() {
        for (char c : new char[] {0, 1, 0x1f, 0x7f, '\n', '\t'}) {
            assertThat(PackPaths.check("a" + c + ".png")).as("char %d", (int) c).get().extracting(Msg::key)
                    .isEqualTo("pack.problem.path.control");
        }
        assertThat(PackPaths.check("a b~.png")).isEmpty();
        assertThat(PackPaths.check("\u0080\u00e9.png")).isEmpty();
    }

    @Test
    void aPathMayBe255CharactersLong() {
        String longest = "a/".repeat(126) + "abc";
        assertThat(longest).hasSize(255);

        assertThat(PackPaths.check(longest)).isEmpty();
        assertThat(PackPaths.check(longest + "d")).get().satisfies(m -> {
            assertThat(m.key()).isEqualTo("pack.problem.path.tooLong");
            assertThat(m.args()).containsExactly(255);
        });
    }

    @Test
    void reservedAndWindowsNamesNameTheSegment() {
        assertThat(PackPaths.check("a/nul.txt/b")).get().extracting(Msg::args).isEqualTo(java.util.List.of("nul.txt"));
        assertThat(PackPaths.check("a/b. /c")).get().satisfies(m -> {
            assertThat(m.key()).isEqualTo("pack.problem.path.windows");
            assertThat(m.args()).containsExactly("b. ");
        });
        assertThat(PackPaths.check("./a")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"a.png, a.png", "./a.png, a.png", "layers/./a.png, layers/a.png", "./././x/y, x/y", "x/y/., x/y",
        ".hidden/a, .hidden/a"})
    void normalisingDropsOnlyDotSegments(String path, String normal) {
        assertThat(PackPaths.check(path)).isEmpty();
        assertThat(PackPaths.normalise(path)).isEqualTo(normal);
    }
}
