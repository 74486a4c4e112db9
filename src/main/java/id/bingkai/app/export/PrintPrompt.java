// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.export;

import id.bingkai.core.model.PrintSize;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.attribute.standard.PrinterInfo;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;

/**
 * What Bingkai's print dialog offers: the system's printers (the default one preselected), the crop-mark choice the
 * user already made, and the page's size, which is the paper the job asks for.
 *
 * @param printers never empty
 * @param preselected index into {@code printers}
 */
public record PrintPrompt(List<Printer> printers, int preselected, boolean cropMarks, PrintSize size) {
    public PrintPrompt {
        printers = List.copyOf(printers);
        if (printers.isEmpty() || preselected < 0 || preselected >= printers.size()) {
            throw new IllegalArgumentException("no printer to preselect: " + preselected + " of " + printers.size());
        }
        Objects.requireNonNull(size);
    }

    /** One printer as the user knows it: its queue name, the system's description of it, and whether it takes jobs. */
    public record Printer(String name, String description, boolean accepting, boolean systemDefault) {
        public Printer {
            Objects.requireNonNull(name);
            Objects.requireNonNull(description);
        }

        /** Reads what the system (CUPS on Linux) says of {@code service}. */
        static Printer of(PrintService service, Optional<String> systemDefault) {
            PrinterInfo info = service.getAttribute(PrinterInfo.class);
            String description = info == null || info.getValue().equals(service.getName()) ? "" : info.getValue();
            PrinterIsAcceptingJobs accepting = service.getAttribute(PrinterIsAcceptingJobs.class);
            return new Printer(service.getName(), description,
                    accepting == null || accepting == PrinterIsAcceptingJobs.ACCEPTING_JOBS,
                    systemDefault.filter(service.getName()::equals).isPresent());
        }
    }

    /** The printers as offered, the system's default first choice (else the first). */
    static PrintPrompt of(List<PrintService> services, Optional<String> systemDefault, boolean cropMarks,
            PrintSize size) {
        List<Printer> printers = services.stream().map(s -> Printer.of(s, systemDefault)).toList();
        int preselected = Math.max(0, printers.stream().map(Printer::systemDefault).toList().indexOf(true));
        return new PrintPrompt(printers, preselected, cropMarks, size);
    }
}
