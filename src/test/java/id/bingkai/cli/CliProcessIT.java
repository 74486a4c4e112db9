// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.testing.TimeLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code java -jar target/bingkai.jar} as a user would: real process, real exit codes, time limits. */
class CliProcessIT {
    private static final Path JAR = Path.of(System.getProperty("bingkai.jar", "target/bingkai.jar")).toAbsolutePath();
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isRegularFile(JAR), "needs the packaged jar: run ./mvnw verify");
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-Duser.language=id", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("DISPLAY");
        Path out = dir.resolve(".stdout");
        Path err = dir.resolve(".stderr");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(TimeLimits.scaled(Duration.ofSeconds(20)).toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("bingkai " + String.join(" ", args) + " did not finish within 20 s");
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void versionAndHelpWork() throws Exception {
        assertThat(run("--version").out()).startsWith("Bingkai");
        Result help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("render").contains("frames").contains("lint");
    }

    @Test
    void framesListsTheSampleSet() throws Exception {
        Result r = run("frames");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("profile").contains("status");
    }

    @Test
    void aZeroBytePhotoIsRefusedWithExitThree() throws Exception {
        Path empty = Files.createFile(dir.resolve("kosong.jpg"));
        Result r = run("render", "--photo", empty.toString(), "--out", "x.png");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("kosong.jpg").doesNotContain("\tat ");
    }

    @Test
    void aPngDeclaringAHugeSizeIsRefusedQuickly() throws Exception {
        Path bomb = dir.resolve("besar.png");
        Files.write(bomb, pngHeader(100_000, 100_000));
        long start = System.nanoTime();
        Result r = run("render", "--photo", bomb.toString(), "--out", "x.png");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("besar.png");
        assertThat(millis).as("refusal time").isLessThan(10_000);
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void theEditorWithoutADisplayExplainsInsteadOfCrashing() throws Exception {
        Result r = run();
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("bingkai --help").doesNotContain("\tat ");
    }

    /** A PNG signature and an IHDR chunk declaring the size, then nothing: a decompression bomb's header. */
    static byte[] pngHeader(int width, int height) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 6)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        writeChunk(bytes, "IHDR", ihdr.array());
        return bytes.toByteArray();
    }

    private static void writeChunk(OutputStream out, String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        chunk.putInt((int) crc.getValue());
        try {
            out.write(chunk.array());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
