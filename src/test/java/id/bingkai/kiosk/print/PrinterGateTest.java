// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.print;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.kiosk.config.HandoffConfig;
import id.bingkai.kiosk.fault.KioskFault;
import id.bingkai.kiosk.fault.Outcome;
import id.bingkai.kiosk.session.KioskCounters;
import id.bingkai.kiosk.session.LinkRevoker;
import id.bingkai.kiosk.session.VisitorSession;
import id.bingkai.kiosk.session.Wipe;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate's rules against canned lpstat answers (the real CUPS test is CupsPrinterGateTest). */
class PrinterGateTest {
    private static final String IDLE = """
            printer Selphy is idle.  enabled since Sun Dec  6 16:43:58 2026
            \tForm mounted:
            \tDescription: Selphy
            \tAlerts: none
            \tLocation:
            """;
    private static final String PAUSED = """
            printer Selphy disabled since Sun Dec  6 16:43:59 2026 -
            \tOut of paper
            \tForm mounted:
            \tAlerts: paused
            """;
    private static final String NO_PAPER = """
            printer Selphy now printing Selphy-7.  enabled since Sun Dec  6 16:43:58 2026
            \tAlerts: media-empty-error
            """;
    private static final String ACCEPTING = "Selphy accepting requests since Sun Dec  6 16:43:58 2026\n";
    private static final String REJECTING = "Selphy not accepting requests since Sun Dec  6 16:43:59 2026 -\n"
            + "\tRejecting Jobs\n";
    @TempDir
    Path dir;
    private final List<List<String>> commands = new ArrayList<>();
    private String printers = IDLE;
    private String accepting = ACCEPTING;
    private String jobs = "";
    private final KioskCounters counters = new KioskCounters();

    private final CommandRunner fake = command -> {
        commands.add(command);
        String joined = String.join(" ", command);
        if (joined.startsWith("lpstat -l -p")) {
            return new CommandRunner.Result(0, printers);
        } else if (joined.startsWith("lpstat -a")) {
            return new CommandRunner.Result(0, accepting);
        } else if (joined.startsWith("lpstat -o")) {
            return new CommandRunner.Result(0, jobs);
        } else if (joined.startsWith("lpstat -d")) {
            return new CommandRunner.Result(0, "system default destination: Selphy\n");
        } else if (command.getFirst().equals("lp")) {
            return new CommandRunner.Result(0, "request id is Selphy-" + commands.size() + " (1 file(s))\n");
        }
        return new CommandRunner.Result(0, "");
    };

    private PrinterGate gate(int perVisitor, int perEvent) {
        return new PrinterGate(new CupsQueue(Optional.of("Selphy"), fake),
                new HandoffConfig.Print(Optional.of("Selphy"), perVisitor, perEvent), counters);
    }

    private VisitorSession visitor() throws IOException {
        return new Wipe(dir, Optional.empty(), LinkRevoker.NONE, new KioskCounters()).begin();
    }

    private static KioskFault fault(Outcome<?> outcome) {
        return ((Outcome.Failed<?>) outcome).fault();
    }

    @Test
    void aReadyPrinterPrintsWithTheCopiesAsked() throws IOException {
        PrinterGate gate = gate(2, 10);
        assertThat(gate.problem()).isEmpty();
        Outcome<String> job = gate.print(visitor(), dir.resolve("hasil.pdf"), 2);
        assertThat(job.isOk()).isTrue();
        assertThat(commands.getLast()).containsExactly("lp", "-d", "Selphy", "-n", "2", "-t", "Bingkai", "--",
                dir.resolve("hasil.pdf").toAbsolutePath().toString());
        assertThat(counters.snapshot().prints()).isEqualTo(2);
    }

    @Test
    void aPausedPrinterIsNotOfferedAndNoJobIsSent() throws IOException {
        printers = PAUSED;
        PrinterGate gate = gate(1, 10);
        assertThat(gate.problem()).get().extracting(KioskFault::kind).isEqualTo(KioskFault.Kind.PRINTER_NOT_READY);
        assertThat(gate.problem().orElseThrow().admin().key()).isEqualTo("kiosk.print.admin.paused");
        assertThat(gate.problem().orElseThrow().admin().args()).contains("Out of paper");
        assertThat(gate.print(visitor(), dir.resolve("x.pdf"), 1).isOk()).isFalse();
        assertThat(commands).noneMatch(c -> c.getFirst().equals("lp"));
    }

    @Test
    void outOfPaperNotAcceptingAMissingQueueAndStuckJobsAreAllNotReady() {
        PrinterGate gate = gate(1, 10);
        printers = NO_PAPER;
        assertThat(gate.problem().orElseThrow().admin().key()).isEqualTo("kiosk.print.admin.alert");
        printers = IDLE;
        accepting = REJECTING;
        assertThat(gate.problem().orElseThrow().admin().key()).isEqualTo("kiosk.print.admin.rejecting");
        accepting = ACCEPTING;
        jobs = "Selphy-3 root 1024 Sun Dec  6\nSelphy-4 root 1024 Sun Dec  6\n";
        assertThat(gate.problem().orElseThrow().admin().key()).isEqualTo("kiosk.print.admin.waiting");
        jobs = "";
        printers = "lpstat: Invalid destination name in list \"Selphy\".\n";
        assertThat(gate.problem().orElseThrow().admin().key()).isEqualTo("kiosk.print.admin.missing");
    }

    @Test
    void thePrinterIsReadAgainBeforeEachJob() throws IOException {
        PrinterGate gate = gate(3, 10);
        VisitorSession visitor = visitor();
        assertThat(gate.problem()).isEmpty();
        printers = PAUSED; // the paper ran out after print was offered
        assertThat(fault(gate.print(visitor, dir.resolve("x.pdf"), 1)).kind())
                .isEqualTo(KioskFault.Kind.PRINTER_NOT_READY);
        assertThat(counters.snapshot().prints()).isZero();
    }

    @Test
    void copiesAreCappedPerVisitorAndPerEvent() throws IOException {
        PrinterGate gate = gate(2, 3);
        VisitorSession first = visitor();
        assertThat(gate.print(first, dir.resolve("a.pdf"), 2).isOk()).isTrue();
        assertThat(gate.copiesLeft(first)).isZero();
        assertThat(fault(gate.print(first, dir.resolve("a.pdf"), 1)).kind()).isEqualTo(KioskFault.Kind.PRINT_LIMIT);
        VisitorSession second = visitor();
        assertThat(gate.copiesLeft(second)).isEqualTo(1);
        assertThat(fault(gate.print(second, dir.resolve("b.pdf"), 2)).admin().key())
                .isEqualTo("kiosk.print.admin.eventLimit");
        assertThat(gate.print(second, dir.resolve("b.pdf"), 1).isOk()).isTrue();
        assertThat(gate.problem().orElseThrow().kind()).isEqualTo(KioskFault.Kind.PRINT_LIMIT);
        assertThat(gate.printed()).isEqualTo(3);
        assertThat(commands.stream().filter(c -> c.getFirst().equals("lp"))).hasSize(2);
    }

    @Test
    void resumeEnablesAndAcceptsAndMissingCupsIsAFault() {
        PrinterGate gate = gate(1, 10);
        assertThat(gate.resume()).isEmpty();
        assertThat(commands).contains(List.of("cupsenable", "Selphy"), List.of("cupsaccept", "Selphy"));
        PrinterGate noCups = new PrinterGate(new CupsQueue(Optional.of("Selphy"), command -> {
            throw new IOException("Cannot run program \"lpstat\"");
        }), new HandoffConfig.Print(Optional.empty(), 1, 10), counters);
        assertThat(noCups.problem().orElseThrow().admin().key()).isEqualTo("kiosk.print.admin.noCups");
    }

    @Test
    void withoutAQueueNameTheSystemDefaultIsUsed() throws IOException {
        PrinterGate gate = new PrinterGate(new CupsQueue(Optional.empty(), fake),
                new HandoffConfig.Print(Optional.empty(), 1, 10), counters);
        assertThat(gate.print(visitor(), dir.resolve("a.pdf"), 1).isOk()).isTrue();
        assertThat(commands.getLast()).startsWith("lp", "-d", "Selphy");
    }
}
