// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.print;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.io.export.pdf.PdfOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pledge card printed to a real CUPS-PDF queue the way the editor prints: a Java process finds the queue
 * through the JDK's CUPS lookup and prints the PDF with {@link PrintablePdf}; CUPS-PDF writes what it received as a
 * PDF, whose page must be the card's page with bleed. Starts a private scheduler (own port and folders); skips,
 * saying why, where CUPS, CUPS-PDF or the rights to run a scheduler are missing.
 */
class CupsPrintTest {
    private static final String QUEUE = "BingkaiEditorPDF";
    private static final double PT_PER_MM = 72 / 25.4;
    private static final List<Path> OUTPUT_FOLDERS = List.of(Path.of("/root/PDF"),
            Path.of("/var/spool/cups-pdf/ANONYMOUS"));
    @TempDir
    static Path dir;
    private static CupsScheduler cups;
    private static Path cupsRoot;

    @BeforeAll
    static void startCups() throws Exception {
        // The scheduler's filters run as user lp: its folders must be reachable by lp, unlike the 0700 @TempDir.
        Path root = Files.setPosixFilePermissions(Files.createTempDirectory("bingkai-cups-"),
                PosixFilePermissions.fromString("rwxr-xr-x"));
        cupsRoot = root;
        cups = CupsScheduler.start(root);
        Assumptions.assumeTrue(cups.running(), cups.whyNot());
        Assumptions.assumeTrue(PrintablePdf.spoolerFound(), "lpr (cups-bsd), through which the JDK prints on Linux");
        String added = cups.run("lpadmin", "-p", QUEUE, "-v", "cups-pdf:/", "-P", CupsScheduler.CUPS_PDF_PPD.toString(),
                "-E");
        Assumptions.assumeFalse(added.contains(" exit "), "a CUPS-PDF queue (lpadmin said: " + added.strip() + ")");
    }

    @AfterAll
    static void stopCups() throws InterruptedException {
        if (cups != null) {
            cups.close();
        }
        if (cupsRoot != null) {
            try (Stream<Path> all = Files.walk(cupsRoot)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a few files of a stopped test scheduler left in the temp folder
            }
        }
    }

    @Test
    void thePrintedPageIsTheCardsPdfPageWithBleed() throws Exception {
        Path pdf = dir.resolve("ikrar.pdf");
        PrintFixtures.exporter().write(PrintFixtures.card(PrintFixtures.pack(), "Siti Aminah"), PrintFixtures.photos(),
                PdfOptions.defaults("Ikrar").withDpi(72), pdf);
        long before = System.currentTimeMillis() - 1000;

        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                PrintToQueue.class.getName(), pdf.toString(), QUEUE).redirectErrorStream(true);
        child.environment().put("CUPS_SERVER", cups.server());
        Process p = child.start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(said).isZero();

        Path printed = awaitOutput(before).orElseThrow(() -> new AssertionError("CUPS-PDF wrote no PDF in "
                + OUTPUT_FOLDERS + "; the queue: " + status()));
        try {
            Matcher size = Pattern.compile("Page size:\\s+([0-9.]+) x ([0-9.]+) pts").matcher(pdfinfo(printed));
            assertThat(size.find()).as("pdfinfo of " + printed).isTrue();
            assertThat(Double.parseDouble(size.group(1))).as("width in points").isCloseTo(216 * PT_PER_MM,
                    org.assertj.core.data.Offset.offset(1.5));
            assertThat(Double.parseDouble(size.group(2))).as("height in points").isCloseTo(303 * PT_PER_MM,
                    org.assertj.core.data.Offset.offset(1.5));
        } finally {
            Files.deleteIfExists(printed);
        }
    }

    private static String status() {
        try {
            return cups.run("lpstat", "-W", "all", "-o") + Files.readString(cupsRoot.resolve("log/error_log"));
        } catch (IOException | InterruptedException e) {
            return e.toString();
        }
    }

    private static Optional<Path> awaitOutput(long since) throws IOException, InterruptedException {
        for (int i = 0; i < 300; i++) {
            List<Path> found = new ArrayList<>();
            for (Path folder : OUTPUT_FOLDERS) {
                if (Files.isDirectory(folder)) {
                    try (Stream<Path> files = Files.list(folder)) {
                        files.filter(f -> f.toString().endsWith(".pdf") && f.toFile().lastModified() >= since)
                                .forEach(found::add);
                    }
                }
            }
            if (!found.isEmpty() && cups.run("lpstat", "-o", QUEUE).isBlank()) {
                return Optional.of(found.getFirst());
            }
            Thread.sleep(100);
        }
        return Optional.empty();
    }

    private static String pdfinfo(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdfinfo", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }
}
