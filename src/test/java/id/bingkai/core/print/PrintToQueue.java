// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.print;

import java.awt.print.PrinterJob;
import java.nio.file.Path;
import java.util.Arrays;
import javax.print.PrintService;

/**
 * Prints a PDF to a named queue the way the editor does after its print dialog, in a process of its own, so that
 * {@code CUPS_SERVER} (read by the JDK's CUPS lookup once per process) can point at a test's private scheduler.
 * Usage: {@code PrintToQueue file.pdf QUEUE}; prints the printer names it saw when the queue is missing.
 */
public final class PrintToQueue {
    private PrintToQueue() {
    }

    public static void main(String[] args) {
        PrintService[] services = PrinterJob.lookupPrintServices();
        PrintService queue = Arrays.stream(services).filter(s -> s.getName().equals(args[1])).findFirst()
                .orElse(null);
        if (queue == null) {
            System.out.println("no queue " + args[1] + " among " + Arrays.stream(services).map(PrintService::getName)
                    .toList());
            System.exit(3);
        }
        try (PrintablePdf pdf = PrintablePdf.open(Path.of(args[0]), "bingkai-cups-test", PrinterJob.getPrinterJob())) {
            pdf.use(queue, 1);
            pdf.print();
        }
        System.out.println("printed to " + queue.getName());
    }
}
