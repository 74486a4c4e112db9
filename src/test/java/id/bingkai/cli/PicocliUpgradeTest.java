// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The build step that makes picocli cacheable by the AOT cache (src/build/java/UpgradeClassFiles.java, run by the
 * Maven build on target/lib): run on the real picocli jar, every class comes out at version 52 or newer, a second
 * run leaves the jar alone, and our command line, loaded against the rewritten jar (so the JVM verifies its new
 * stack maps), still parses and runs its commands.
 */
class PicocliUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void picocliIsRewrittenToVersion52AndOurCommandsStillParseAgainstIt() throws Exception {
        Path original = Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(majorVersions(original)).as("the jar from Maven is Java 5 bytecode").contains(49);
        Path jar = dir.resolve("picocli.jar");
        Files.copy(original, jar);

        Run first = upgrade(jar);
        assertThat(first.code()).as(first.output()).isZero();
        assertThat(first.output()).contains("classes rewritten to version 52");
        List<Integer> versions = majorVersions(jar);
        assertThat(versions).hasSizeGreaterThan(100).allSatisfy(v -> assertThat(v).isGreaterThanOrEqualTo(52));

        byte[] bytes = Files.readAllBytes(jar);
        FileTime time = FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000);
        Files.setLastModifiedTime(jar, time);
        Run second = upgrade(jar);
        assertThat(second.code()).isZero();
        assertThat(second.output()).isEmpty();
        assertThat(Files.readAllBytes(jar)).isEqualTo(bytes);
        assertThat(Files.getLastModifiedTime(jar)).isEqualTo(time);

        try (URLClassLoader loader = new OwnFirst(jar)) {
            Class<?> commandLine = loader.loadClass("picocli.CommandLine");
            assertThat(commandLine.getClassLoader()).isSameAs(loader);
            assertThat(run(loader, "--version").out()).startsWith("Bingkai");
            Result help = run(loader, "render", "--help");
            assertThat(help.code()).isZero();
            assertThat(help.out()).contains("--photo", "--out", "--quality");
            Result frames = run(loader, "frames");
            assertThat(frames.code()).isZero();
            assertThat(frames.out()).contains("bingkai-penuh");
            Result missing = run(loader, "render", "--photo", "x.jpg");
            assertThat(missing.code()).isEqualTo(ExitCode.USAGE);
            assertThat(missing.err()).contains("--out");
            Result typo = run(loader, "render", "--photo", "x.jpg", "--out", "y.jpg", "--qualty", "9");
            assertThat(typo.code()).isEqualTo(ExitCode.USAGE);
            assertThat(typo.err()).contains("--qualty");
        }
    }

    private record Run(int code, String output) {
    }

    private record Result(int code, String out, String err) {
    }

    /** The build step as Maven runs it: the JDK's source launcher on the single file. */
    private static Run upgrade(Path jar) throws IOException, InterruptedException {
        Path tool = Path.of(System.getProperty("bingkai.build.dir", "target")).toAbsolutePath().getParent()
                .resolve("src/build/java/UpgradeClassFiles.java");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                tool.toString(), jar.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes()).strip();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), output);
    }

    /** The command line as Main runs it, with every class of ours and of picocli from {@code loader}. */
    private static Result run(ClassLoader loader, String... args) throws ReflectiveOperationException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Object messages = loader.loadClass(Messages.class.getName()).getConstructor(Locale.class)
                .newInstance(Locale.ENGLISH);
        Class<?> servicesType = loader.loadClass("id.bingkai.wiring.Services");
        Object services = servicesType.getMethod("create", messages.getClass()).invoke(null, messages);
        Class<?> consoleType = loader.loadClass(Console.class.getName());
        Object console = consoleType.getConstructor(PrintWriter.class, PrintWriter.class)
                .newInstance(new PrintWriter(out, true), new PrintWriter(err, true));
        Class<?> cliType = loader.loadClass(BingkaiCli.class.getName());
        Object cli = cliType.getConstructor(servicesType, consoleType, IntSupplier.class)
                .newInstance(services, console, (IntSupplier) () -> 99);
        int code = (int) cliType.getMethod("run", String[].class).invoke(cli, (Object) args);
        return new Result(code, out.toString(), err.toString());
    }

    private static List<Integer> majorVersions(Path jar) throws IOException {
        List<Integer> versions = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        byte[] head = in.readNBytes(8);
                        versions.add(((head[6] & 0xff) << 8) | (head[7] & 0xff));
                    }
                }
            }
        }
        return versions;
    }

    /** Loads picocli from the rewritten jar and Bingkai's own classes afresh, everything else from the test's. */
    private static final class OwnFirst extends URLClassLoader {
        OwnFirst(Path picocli) throws Exception {
            super(new URL[] {picocli.toUri().toURL(),
                    BingkaiCli.class.getProtectionDomain().getCodeSource().getLocation()},
                    OwnFirst.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("picocli.") && !name.startsWith("id.bingkai.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }
}
