// SPDX-License-Identifier: Apache-2.0
package id.bingkai.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, point 11: {@code scripts/jdk.sh}, which {@code ./bingkai} sources, against a folder of fake JDKs
 * ({@code BINGKAI_JVM_ROOT} in place of /usr/lib/jvm) and a PATH without any java: it names each Java it finds and
 * says, in Indonesian and English, why it will not do. Each run is one bash process and takes milliseconds.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class JdkScriptTest {
    private static final Path SCRIPT = Path.of("scripts/jdk.sh").toAbsolutePath();

    @TempDir
    Path dir;
    Path root;
    Path tools;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void folders() throws IOException {
        root = Files.createDirectories(dir.resolve("jvm")).toRealPath();
        // the few programs jdk.sh calls, and no java: the machine's own JDKs must not leak into the answer
        tools = Files.createDirectories(dir.resolve("tools"));
        for (String tool : List.of("sed", "readlink")) {
            Path real = List.of(Path.of("/usr/bin", tool), Path.of("/bin", tool)).stream().filter(Files::isExecutable)
                    .findFirst().orElseThrow();
            Files.createSymbolicLink(tools.resolve(tool), real);
        }
    }

    /** A JDK folder whose {@code bin/java} is a shell script answering {@code -XshowSettings} like a real JVM. */
    private Path fakeJava(String name, String specification, boolean javac, String releaseVersion)
            throws IOException {
        Path home = Files.createDirectories(root.resolve(name).resolve("bin")).getParent();
        executable(home.resolve("bin/java"), """
                #!/bin/sh
                echo 'Property settings:' >&2
                echo '    java.specification.version = %s' >&2
                echo 'openjdk version "%s"' >&2
                """.formatted(specification, specification));
        if (javac) {
            executable(home.resolve("bin/javac"), "#!/bin/sh\nexit 0\n");
        }
        if (releaseVersion != null) {
            Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Fake\"\nJAVA_VERSION=\"" + releaseVersion
                    + "\"\n");
        }
        return home;
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Run findJdk() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", "-c",
                ". \"$1\" && bingkai_find_jdk && printf '%s' \"$JAVA_HOME\"", "jdk-test", SCRIPT.toString());
        Map<String, String> env = pb.environment();
        env.clear();
        env.put("PATH", tools.toString());
        env.put("BINGKAI_JVM_ROOT", root.toString());
        Process p = pb.start();
        p.getOutputStream().close();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("jdk.sh answers at once").isTrue();
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes()),
                new String(p.getErrorStream().readAllBytes()));
    }

    @Test
    void aJdk17AndAJre25AreNamedWithWhyNeitherWillDoInBothLanguages() throws Exception {
        Path jdk17 = fakeJava("java-17-openjdk-amd64", "17", true, null);
        Path jre25 = fakeJava("jre-25", "25", false, "25.0.1");

        Run run = findJdk();

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).as("no JAVA_HOME printed").isEmpty();
        assertThat(run.err())
                .contains("Bingkai memerlukan JDK 25 dan tidak menemukannya. / Bingkai needs a JDK 25 and found none.")
                .contains("Java yang ditemukan / Java found:")
                .contains("  " + jdk17 + ": Java 17, terlalu lama (perlu 25) / Java 17, too old (25 needed)")
                .contains("  " + jre25 + ": Java 25 tanpa javac (JRE saja, perlu JDK) / Java 25 without javac")
                .contains("Pasang Eclipse Temurin 25").contains("Install Eclipse Temurin 25")
                .doesNotContain("/usr/lib/jvm");
    }

    @Test
    void anEmptyFolderAndNoJavaOnThePathSayWhereItLooked() throws Exception {
        Run run = findJdk();

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("Tidak ada Java di JAVA_HOME, PATH, atau " + root)
                .contains("No Java in JAVA_HOME, PATH or " + root);
    }

    @Test
    void aJdk25BesideTheOldOneIsChosenSilently() throws Exception {
        fakeJava("java-17-openjdk-amd64", "17", true, null);
        Path jdk25 = fakeJava("temurin-25-jdk-amd64", "25", true, "25.0.2");

        Run run = findJdk();

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(jdk25.toString());
        assertThat(run.err()).isEmpty();
    }
}
