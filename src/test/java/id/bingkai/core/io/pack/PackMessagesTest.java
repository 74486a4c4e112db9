// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.i18n.Messages;
import id.bingkai.core.i18n.Msg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every pack message the code uses exists in both languages, and every pack message there is used. The strict
 * JSON reader the pack shares with the kiosk config ({@code core.io.json}) counts as pack code.
 */
class PackMessagesTest {
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java/id/bingkai/core/io/pack"),
            Path.of("src/main/java/id/bingkai/core/io/json"));
    private static final Pattern KEY =
            Pattern.compile("\"((?:pack\\.(?:problem|error)|json\\.problem)\\.[A-Za-z0-9.]+)\"");

    private static Set<String> keysInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path folder : SOURCES) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void everyKeyUsedIsTranslatedAndEveryTranslationIsUsed(String language) throws IOException {
        Messages messages = new Messages(Locale.of(language));
        Set<String> inBundle = new TreeSet<>();
        for (String key : Collections.list(messages.bundle().getKeys())) {
            if (key.startsWith("pack.problem.") || key.startsWith("json.problem.")
                    || key.startsWith("pack.error.") && !key.equals("pack.error.summary")) {
                inBundle.add(key);
            }
        }

        assertThat(inBundle).isEqualTo(keysInCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void everyMessageFormatsWithArguments(String language) throws IOException {
        Messages messages = new Messages(Locale.of(language));
        for (String key : keysInCode()) {
            String text = messages.format(Msg.of(key, 1, 2, 3, 4));

            assertThat(text).as(key).doesNotStartWith("!").doesNotContain("''");
            String raw = messages.bundle().getString(key);
            if (!raw.matches("(?s).*\\{\\d.*")) {
                assertThat(messages.format(Msg.of(key))).as(key + " takes no arguments, so it is shown unformatted")
                        .doesNotContain("''", "'{'");
            }
        }
    }
}
