// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.kiosk.config.HandoffConfig;
import id.bingkai.kiosk.fault.KioskFault;
import id.bingkai.kiosk.print.PrintQueue;
import id.bingkai.kiosk.print.PrinterGate;
import id.bingkai.kiosk.print.PrinterState;
import id.bingkai.kiosk.session.KioskCounters;
import id.bingkai.kiosk.session.LinkRevoker;
import id.bingkai.kiosk.session.Wipe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk's hand-off prints through the printer gate: read before offering, one copy a press, resumable. */
class GatePrinterTest {
    @TempDir
    Path dir;

    private final FakeQueue queue = new FakeQueue();
    private final KioskCounters counters = new KioskCounters();

    private EngineDelivery delivery(int perVisitor) {
        PrinterGate gate = new PrinterGate(queue, new HandoffConfig.Print(Optional.of("Selphy"), perVisitor, 50),
                counters);
        Wipe wipe = new Wipe(dir.resolve("kerja"), Optional.empty(), LinkRevoker.NONE, counters);
        return new EngineDelivery(wipe, EngineDelivery.Links.NONE, Optional.of(new GatePrinter(gate)),
                Optional.empty());
    }

    private static Path result(EngineDelivery delivery) throws IOException {
        Path file = delivery.newFile("hasil", "jpg");
        return Files.write(file, new byte[] {1, 2, 3});
    }

    @Test
    void aReadyPrinterIsOfferedAndOnePressSendsOneCopy() throws IOException {
        EngineDelivery delivery = delivery(2);
        Path file = result(delivery);

        assertThat(delivery.printConfigured()).isTrue();
        assertThat(delivery.printerProblem()).isEmpty();
        assertThat(delivery.print(file)).isEmpty();
        assertThat(queue.jobs).containsExactly(file + " x1");
    }

    @Test
    void aPausedPrinterIsNotOfferedAndGetsNoJobUntilTheAdminResumesIt() throws IOException {
        EngineDelivery delivery = delivery(2);
        Path file = result(delivery);
        queue.enabled = false;

        assertThat(delivery.printerProblem()).get().extracting(KioskFault::kind)
                .isEqualTo(KioskFault.Kind.PRINTER_NOT_READY);
        assertThat(delivery.print(file)).isPresent();
        assertThat(queue.jobs).isEmpty();

        assertThat(delivery.resumePrinter()).isEmpty();
        assertThat(queue.resumed).isTrue();
        assertThat(delivery.print(file)).isEmpty();
        assertThat(queue.jobs).hasSize(1);
    }

    @Test
    void theVisitorsCapIsKeptAcrossPresses() throws IOException {
        EngineDelivery delivery = delivery(1);
        Path file = result(delivery);

        assertThat(delivery.print(file)).isEmpty();
        assertThat(delivery.print(file)).isPresent();
        assertThat(queue.jobs).hasSize(1);
    }

    @Test
    void resumingWithoutAPrinterSaysThereIsNone() {
        Wipe wipe = new Wipe(dir.resolve("kerja"), Optional.empty(), LinkRevoker.NONE, counters);
        EngineDelivery none = new EngineDelivery(wipe, EngineDelivery.Links.NONE, Optional.empty(), Optional.empty());

        assertThat(none.printConfigured()).isFalse();
        assertThat(none.resumePrinter()).isPresent();
    }

    /** A print queue whose state the test sets; it records jobs and resumes. */
    private static final class FakeQueue implements PrintQueue {
        boolean enabled = true;
        boolean resumed;
        final List<String> jobs = new ArrayList<>();

        @Override
        public String name() {
            return "Selphy";
        }

        @Override
        public PrinterState state() {
            return new PrinterState("Selphy", true, enabled, true, List.of(), enabled ? "" : "paused", 0);
        }

        @Override
        public String submit(Path file, int copies) {
            jobs.add(file + " x" + copies);
            return "Selphy-" + jobs.size();
        }

        @Override
        public void resume() {
            resumed = true;
            enabled = true;
        }
    }

}
