// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the answers of {@code lpstat -l -p Q}, {@code lpstat -a Q} and {@code lpstat -o Q} (run in the C locale).
 * {@code lpstat -l -p} gives "printer Q is idle. enabled since ..." or "printer Q disabled since ... -" followed
 * by the pause reason on the next indented line, and an "Alerts:" line with the printer-state-reasons.
 */
final class LpstatParser {
    private LpstatParser() {
    }

    static PrinterState parse(String queue, String printers, String accepting, String jobs) {
        boolean exists = false;
        boolean enabled = false;
        List<String> alerts = new ArrayList<>();
        String message = "";
        String[] lines = printers.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("printer " + queue + " ")) {
                exists = true;
                String rest = line.substring(("printer " + queue + " ").length());
                enabled = !rest.startsWith("disabled");
                if (line.endsWith("-") && i + 1 < lines.length && lines[i + 1].startsWith("\t")
                        && !lines[i + 1].contains(":")) {
                    message = lines[i + 1].strip();
                }
            } else if (exists && line.strip().startsWith("Alerts:")) {
                String list = line.strip().substring("Alerts:".length()).strip();
                if (!list.isEmpty() && !list.equals("none")) {
                    for (String alert : list.split("[,\\s]+")) {
                        alerts.add(alert.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        boolean accepts = accepting.lines().anyMatch(l -> l.startsWith(queue + " accepting requests"));
        int waiting = (int) jobs.lines().filter(l -> l.startsWith(queue + "-")).count();
        return new PrinterState(queue, exists, enabled, accepts, alerts, message, waiting);
    }
}
