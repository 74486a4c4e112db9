// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.testing.TimeLimits;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code ./bingkai} as a user would, from a copy of the script, scripts/ and the packaged jar: the script
 * records the AOT cache, and every command answers exactly as {@code java -jar} does.
 */
class LauncherScriptIT {
    private static final Path JAR = Path.of(System.getProperty("bingkai.jar", "target/bingkai.jar")).toAbsolutePath();
    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    @TempDir
    Path dir;
    Path app;
    Path plain;

    record Result(int code, String out, String err) {
    }

    @BeforeEach
    void copyTheApplication() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(JAR), "needs the packaged jar: run ./mvnw verify");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        app = dir.resolve("app");
        plain = dir.resolve("plain");
        for (Path root : List.of(app, plain)) {
            copyTree(JAR.getParent().resolve("lib"), root.resolve("target/lib"));
            Files.copy(JAR, root.resolve("target/bingkai.jar"));
        }
        copyTree(Path.of("scripts"), app.resolve("scripts"));
        Files.copy(Path.of("bingkai"), app.resolve("bingkai"));
    }

    @Test
    void theScriptRecordsTheCacheAndAnswersAsJavaJarDoes() throws Exception {
        Path photo = dir.resolve("foto.jpg");
        ImageIO.write(photo(), "jpeg", photo.toFile());
        Result version = script("--version");
        assertThat(version.code()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("Bingkai");
        try (Stream<Path> files = Files.list(app.resolve("target"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".aot"));
        }

        List<List<String>> commands = List.of(List.of("--help"), List.of("--lang", "en", "render", "--help"),
                List.of("frames", "--json"), List.of("render", "--photo", photo.toString(), "--bogus"),
                List.of("tidak-ada"), List.of("render", "--photo", photo.toString(), "--text", "nama=Siti Aminah",
                        "--zoom", "1.2", "--rotate", "4", "--width", "300", "--out", "OUT.png"));
        for (List<String> args : commands) {
            Result viaScript = script(withOut(args, "script.png"));
            Result viaJava = javaJar(withOut(args, "plain.png"));
            assertThat(viaScript.code()).as(String.join(" ", args)).isEqualTo(viaJava.code());
            assertThat(viaScript.out().replace("script.png", "OUT"))
                    .isEqualTo(viaJava.out().replace("plain.png", "OUT"));
            assertThat(viaScript.err()).isEqualTo(viaJava.err());
        }
        assertThat(Files.readAllBytes(dir.resolve("script.png")))
                .isEqualTo(Files.readAllBytes(dir.resolve("plain.png")));
    }

    private static List<String> withOut(List<String> args, String out) {
        return args.stream().map(a -> a.equals("OUT.png") ? out : a).toList();
    }

    private Result script(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/bin/bash", app.resolve("bingkai").toString()));
        command.addAll(args);
        return process(command, dir);
    }

    private Result script(String... args) throws IOException, InterruptedException {
        return script(List.of(args));
    }

    private Result javaJar(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA_HOME.resolve("bin/java").toString(),
                "-jar", plain.resolve("target/bingkai.jar").toString()));
        command.addAll(args);
        return process(command, dir);
    }

    private Result process(List<String> command, Path cwd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toAbsolutePath().toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().put("JAVA_HOME", JAVA_HOME.toString());
        pb.environment().put("LANG", "C.UTF-8");
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(TimeLimits.scaled(Duration.ofSeconds(120)).toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within 120 s");
        }
        String stderr = Files.readString(err).lines()
                .filter(l -> !l.startsWith("Menyiapkan cache start-up Java")).reduce("", (a, b) -> a + b + "\n");
        return new Result(p.exitValue(), Files.readString(out), stderr);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static BufferedImage photo() {
        BufferedImage img = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x2B4C7E));
        g.fillRect(0, 0, 800, 600);
        g.setColor(new Color(0xFAB92C));
        g.fillOval(250, 150, 300, 300);
        g.dispose();
        return img;
    }
}
