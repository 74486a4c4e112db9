// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.testing.TestPhotos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl+C during a real batch (issue 15, point 4): {@code java -jar bingkai.jar batch} as its own process, SIGINT
 * sent once the report shows rows, and then: exit 130, the summary printed, report.csv listing every row of the
 * sheet (made, or not run because stopped), and exactly the images the report calls made.
 */
class BatchInterruptIT {
    private static final Path JAR = Path.of(System.getProperty("bingkai.jar", "target/bingkai.jar")).toAbsolutePath();
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final int ROWS = 60;

    @TempDir
    Path dir;

    @Test
    void ctrlCFinishesTheRowsInFlightReportsEveryOtherRowAsNotRunAndExits130() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(JAR), "needs the packaged jar: run ./mvnw verify");
        Path kill = Stream.of("/bin/kill", "/usr/bin/kill").map(Path::of).filter(Files::isExecutable).findFirst()
                .orElse(null);
        Assumptions.assumeTrue(kill != null, "needs kill to send SIGINT");
        TestPhotos.jpeg(dir, "foto.jpg", 2400, 1800);
        List<String> lines = new ArrayList<>(List.of("nama;unit;foto"));
        for (int i = 1; i <= ROWS; i++) {
            lines.add("Pegawai " + i + ";Biro Umum;foto.jpg");
        }
        Path sheet = Files.write(dir.resolve("pegawai.csv"), lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("hasil");
        ProcessBuilder pb = new ProcessBuilder(JAVA.toString(), "-Duser.language=id", "-jar", JAR.toString(), "batch",
                sheet.toString(), "--out", out.toString(), "--threads", "1", "--width", "1080")
                .directory(dir.toFile());
        pb.environment().remove("DISPLAY");
        pb.redirectOutput(dir.resolve(".stdout").toFile()).redirectError(dir.resolve(".stderr").toFile());
        Process p = pb.start();
        try {
            Path reportFile = out.resolve("report.csv");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (rows(reportFile) < 2) {
                assertThat(p.isAlive()).as("still running before the interrupt: " + stderr()).isTrue();
                assertThat(System.nanoTime()).as("two rows reported within two minutes").isLessThan(deadline);
                Thread.sleep(100);
            }
            new ProcessBuilder(kill.toString(), "-INT", String.valueOf(p.pid())).inheritIO().start().waitFor();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("stops soon after Ctrl+C").isTrue();
            assertThat(p.exitValue()).as(stderr()).isEqualTo(130);

            String stdout = Files.readString(dir.resolve(".stdout"));
            assertThat(stdout).contains("Selesai: " + ROWS + " baris").contains("report.csv");
            assertThat(stderr()).contains("Ctrl+C");
            List<String> report = Files.readAllLines(reportFile, StandardCharsets.UTF_8);
            assertThat(report).hasSize(ROWS + 1);
            long made = report.stream().filter(l -> l.contains(";ok;")).count();
            long stopped = report.stream().filter(l -> l.contains(";not-run;") && l.contains("dihentikan")).count();
            assertThat(made).isGreaterThanOrEqualTo(2);
            assertThat(made + stopped).isEqualTo(ROWS);
            assertThat(stopped).as("stopped long before the end").isGreaterThan(ROWS / 2);
            try (Stream<Path> files = Files.list(out)) {
                assertThat(files.filter(f -> !f.getFileName().toString().equals("report.csv")).count())
                        .as("one complete image per row made, no temporary file left").isEqualTo(made);
            }
        } finally {
            p.destroyForcibly();
        }
    }

    /** Rows the report lists so far (it is flushed row by row). */
    private static long rows(Path report) throws IOException {
        if (!Files.exists(report)) {
            return 0;
        }
        return Files.readAllLines(report, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank()).count();
    }

    private String stderr() throws IOException {
        Path err = dir.resolve(".stderr");
        return Files.exists(err) ? Files.readString(err) : "";
    }
}
