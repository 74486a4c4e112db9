// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts a main class of the test sources in a JVM of its own, with the test class path and chosen flags. */
final class ChildJvm {
    /** How a child run ended; {@code timedOut} means it was killed. */
    record Result(int exitCode, boolean timedOut, String out, String err) {
    }

    private ChildJvm() {
    }

    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    static List<String> command(List<String> jvmFlags, Class<?> main, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(java().toString());
        command.add("-Djava.awt.headless=true");
        command.add("-Duser.language=id");
        command.add("-XX:+UseSerialGC");
        command.add("--enable-native-access=ALL-UNNAMED");
        command.addAll(jvmFlags);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        return command;
    }

    static Process start(List<String> jvmFlags, Class<?> main, List<String> args, Path logFolder,
            Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command(jvmFlags, main, args));
        builder.environment().putAll(environment);
        builder.redirectOutput(logFolder.resolve(main.getSimpleName() + ".out").toFile());
        builder.redirectError(logFolder.resolve(main.getSimpleName() + ".err").toFile());
        return builder.start();
    }

    static Result run(List<String> jvmFlags, Class<?> main, List<String> args, Path logFolder, Duration timeout)
            throws IOException, InterruptedException {
        return run(jvmFlags, main, args, logFolder, timeout, Map.of());
    }

    static Result run(List<String> jvmFlags, Class<?> main, List<String> args, Path logFolder, Duration timeout,
            Map<String, String> environment) throws IOException, InterruptedException {
        Process process = start(jvmFlags, main, args, logFolder, environment);
        boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        return new Result(finished ? process.exitValue() : -1, !finished,
                text(logFolder.resolve(main.getSimpleName() + ".out")),
                text(logFolder.resolve(main.getSimpleName() + ".err")));
    }

    /** Lenient: a child running in another encoding must not make the test itself fail to read its output. */
    static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
