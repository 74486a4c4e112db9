// SPDX-License-Identifier: Apache-2.0
package id.bingkai.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 11: the jar's entry point, {@code id.bingkai.Launcher}, compiled for Java 8, run on a Java older
 * than 25 found on this machine (Debian's default 17 here): a kind message in Indonesian and English and exit 1,
 * never an UnsupportedClassVersionError or a stack trace. Skipped, with the reason, where no older Java exists.
 */
class OldJavaLauncherTest {
    private static final Path CLASSES = Path.of("target/classes").toAbsolutePath();
    private static final Pattern RELEASE_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(?:1\\.)?(\\d+)");

    record OldJava(Path java, int feature) {
    }

    record Run(int code, String out, String err) {
    }

    /** The first java under 25: /usr/bin/java, then each JDK in /usr/lib/jvm, read from its release file. */
    private static Optional<OldJava> oldJava() throws IOException {
        List<Path> homes = new ArrayList<>();
        Path onPath = Path.of("/usr/bin/java");
        if (Files.isExecutable(onPath)) {
            homes.add(onPath.toRealPath().getParent().getParent());
        }
        Path jvm = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvm)) {
            try (Stream<Path> list = Files.list(jvm)) {
                list.sorted().forEach(homes::add);
            }
        }
        for (Path home : homes) {
            Path release = home.resolve("release");
            if (!Files.isExecutable(home.resolve("bin/java")) || !Files.isRegularFile(release)) {
                continue;
            }
            Matcher m = RELEASE_VERSION.matcher(Files.readString(release));
            if (m.find() && Integer.parseInt(m.group(1)) < 25) {
                return Optional.of(new OldJava(home.resolve("bin/java"), Integer.parseInt(m.group(1))));
            }
        }
        return Optional.empty();
    }

    private static Run launch(OldJava old, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(old.java().toString(), "-cp", CLASSES.toString(),
                "id.bingkai.Launcher"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("LANG", "C.UTF-8");
        Process p = pb.start();
        p.getOutputStream().close();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes()),
                new String(p.getErrorStream().readAllBytes()));
    }

    @Test
    void onAnOlderJavaTheLauncherExplainsKindlyInBothLanguagesWithoutAStackTrace() throws Exception {
        Optional<OldJava> old = oldJava();
        Assumptions.assumeTrue(old.isPresent(), "no Java older than 25 on this machine (/usr/bin/java, /usr/lib/jvm)");
        Assumptions.assumeTrue(Files.isRegularFile(CLASSES.resolve("id/bingkai/Launcher.class")),
                "target/classes has no Launcher.class: build first");
        int found = old.get().feature();

        Run run = launch(old.get(), "render", "--help");

        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Bingkai memerlukan Java 25, tetapi dijalankan dengan Java " + found)
                .contains("Bingkai needs Java 25, but was started with Java " + found)
                .contains("https://adoptium.net")
                .doesNotContain("UnsupportedClassVersionError").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void withLangEnTheEnglishTextComesFirst() throws Exception {
        Optional<OldJava> old = oldJava();
        Assumptions.assumeTrue(old.isPresent(), "no Java older than 25 on this machine (/usr/bin/java, /usr/lib/jvm)");

        Run run = launch(old.get(), "--lang", "en", "frames");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("Bingkai needs Java 25").contains("Bingkai memerlukan Java 25")
                .doesNotContain("Exception");
    }
}
