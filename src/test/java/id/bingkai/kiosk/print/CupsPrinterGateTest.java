// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.print;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.kiosk.config.HandoffConfig;
import id.bingkai.kiosk.fault.KioskFault;
import id.bingkai.kiosk.fault.Outcome;
import id.bingkai.kiosk.session.KioskCounters;
import id.bingkai.kiosk.session.LinkRevoker;
import id.bingkai.kiosk.session.Wipe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate against a real CUPS scheduler with a CUPS-PDF queue. The test starts its own private {@code cupsd}
 * (its own socket and folders, so the machine's printers are untouched) and skips, saying why, where CUPS,
 * CUPS-PDF or the rights to run a scheduler are missing (in CI, where .ci/run installs them, it fails instead).
 */
class CupsPrinterGateTest {
    private static final String QUEUE = "BingkaiKioskPDF";
    @TempDir
    static Path dir;
    private static PrivateCups cups;

    @BeforeAll
    static void startCups() throws Exception {
        cups = PrivateCups.start(dir);
        Assumptions.assumeTrue(cups.running(), cups.whyNot());
        CommandRunner.Result added = cups.runner().run(List.of("lpadmin", "-p", QUEUE, "-v", "cups-pdf:/", "-P",
                PrivateCups.CUPS_PDF_PPD.toString(), "-E"));
        Assumptions.assumeTrue(added.exitCode() == 0,
                "a CUPS-PDF queue (lpadmin said: " + added.output().strip() + ")");
    }

    @AfterAll
    static void stopCups() {
        if (cups != null) {
            cups.stop();
        }
    }

    private PrinterGate gate() {
        return new PrinterGate(new CupsQueue(Optional.of(QUEUE), cups.runner()),
                new HandoffConfig.Print(Optional.of(QUEUE), 2, 100), new KioskCounters());
    }

    @Test
    void aReadyQueueTakesTheJobAndAPausedOneIsRefusedUntilTheAdminResumesIt() throws IOException {
        Path file = Files.writeString(dir.resolve("hasil.txt"), "#ASNpilihNETRAL\n");
        PrinterGate gate = gate();
        var visitor = new Wipe(dir.resolve("work"), Optional.empty(), LinkRevoker.NONE, new KioskCounters()).begin();
        assertThat(gate.problem()).as("a fresh CUPS-PDF queue is ready").isEmpty();
        Outcome<String> job = gate.print(visitor, file, 1);
        assertThat(job.isOk()).as(String.valueOf(job)).isTrue();
        assertThat(((Outcome.Done<String>) job).value()).startsWith(QUEUE + "-");

        CommandRunner.Result paused = cups.runner().run(List.of("cupsdisable", "-r", "Kertas habis", QUEUE));
        assertThat(paused.exitCode()).isZero();
        KioskFault fault = gate.problem().orElseThrow();
        assertThat(fault.kind()).isEqualTo(KioskFault.Kind.PRINTER_NOT_READY);
        assertThat(fault.admin().key()).isEqualTo("kiosk.print.admin.paused");
        assertThat(gate.print(visitor, file, 1).isOk()).as("no job into a paused queue").isFalse();

        cups.runner().run(List.of("cupsreject", QUEUE));
        assertThat(gate.resume()).as("resume enables and accepts again").isEmpty();
        assertThat(gate.problem()).isEmpty();
    }

    @Test
    void aQueueThatDoesNotExistIsNotReady() {
        PrinterGate gate = new PrinterGate(new CupsQueue(Optional.of("NoSuchQueue"), cups.runner()),
                new HandoffConfig.Print(Optional.empty(), 1, 10), new KioskCounters());
        assertThat(gate.problem().orElseThrow().admin().key()).isEqualTo("kiosk.print.admin.missing");
    }
}
