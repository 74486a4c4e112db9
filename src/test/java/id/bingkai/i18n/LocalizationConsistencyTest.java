// SPDX-License-Identifier: Apache-2.0
package id.bingkai.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key used in the code exists in every language, and every key in a bundle is used (JabRef's
 * LocalizationConsistencyTest). A key is "used" when it appears as a string literal in the main sources, or
 * starts with a prefix that code builds keys from (listed in {@link #DYNAMIC_PREFIXES}).
 */
class LocalizationConsistencyTest {
    private static final Path BUNDLES = Path.of("src/main/resources/id/bingkai/i18n");
    private static final Path SOURCES = Path.of("src/main/java");
    /** Key families whose full name is computed at run time (e.g. from an enum or a rule id). */
    private static final List<String> DYNAMIC_PREFIXES = List.of("rule.", "kind.", "role.");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9-]*(?:\\.[a-zA-Z0-9-]+)+)\"");

    @Test
    void everyLanguageHasTheSameKeys() throws IOException {
        Set<String> id = load("messages_id.properties").stringPropertyNames();
        Set<String> en = load("messages_en.properties").stringPropertyNames();
        assertThat(new TreeSet<>(en)).as("keys in Indonesian but not in English")
                .containsAll(id);
        assertThat(new TreeSet<>(id)).as("keys in English but not in Indonesian")
                .containsAll(en);
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String bundle : List.of("messages_id.properties", "messages_en.properties")) {
            Set<String> seen = new HashSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(BUNDLES.resolve(bundle), StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && eq > 0 && !seen.add(line.substring(0, eq).trim())) {
                    twice.add(line.substring(0, eq).trim());
                }
            }
            assertThat(twice).as("keys defined twice in " + bundle + " (the last one silently wins)").isEmpty();
        }
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> keys = load("messages_id.properties").stringPropertyNames();
        // A literal that starts like the bundle's keys (cli., image., pack., ...) is taken as a key.
        Set<String> families = new HashSet<>();
        keys.forEach(k -> families.add(k.substring(0, k.indexOf('.') + 1)));
        Set<String> missing = new TreeSet<>();
        for (String source : sources()) {
            Matcher m = LITERAL.matcher(source);
            while (m.find()) {
                String literal = m.group(1);
                boolean looksLikeKey = families.stream().anyMatch(literal::startsWith);
                if (looksLikeKey && !keys.contains(literal) && DYNAMIC_PREFIXES.stream().noneMatch(literal::startsWith)) {
                    missing.add(literal);
                }
            }
        }
        assertThat(missing).as("keys used in code but missing from messages_id.properties").isEmpty();
    }

    @Test
    void everyKeyInTheBundlesIsUsed() throws IOException {
        Set<String> literals = new HashSet<>();
        for (String source : sources()) {
            Matcher m = LITERAL.matcher(source);
            while (m.find()) {
                literals.add(m.group(1));
            }
        }
        Set<String> unused = new TreeSet<>();
        for (String key : load("messages_id.properties").stringPropertyNames()) {
            if (!literals.contains(key) && DYNAMIC_PREFIXES.stream().noneMatch(key::startsWith)) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys in the bundles that no code uses").isEmpty();
    }

    @Test
    void patternsAreValidMessageFormats() throws IOException {
        for (String bundle : List.of("messages_id.properties", "messages_en.properties")) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                if (!key.startsWith("cli.") || key.contains(".error.") || key.endsWith(".done")) {
                    new java.text.MessageFormat(value); // throws on an unbalanced quote or brace
                }
                assertThat(value).as(bundle + " " + key).isNotBlank();
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    /** The program's sources and the old-Java launcher's (src/launcher/java, compiled for Java 8). */
    private static List<String> sources() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.walk(SOURCES), Files.walk(Path.of("src/launcher/java")))) {
            return files.filter(f -> f.toString().endsWith(".java")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
