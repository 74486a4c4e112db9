// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.guideline.CheckOptions;
import id.bingkai.core.guideline.GuidelineReport;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.Document;
import id.bingkai.wiring.Services;
import java.nio.file.Path;

/**
 * What every export path of the command line asks before it writes: does a finding the pack marks as blocking stop
 * this design, as {@code check} and the editor would say? If so the findings are printed and nothing is written;
 * the command exits with {@link CheckCommand#BLOCKED}, the code {@code check} gives the same design.
 */
final class GuidelineGate {
    private GuidelineGate() {
    }

    /** Checks at the output width; prints the blocking findings and returns true when the export must not happen. */
    static boolean blocks(Services services, Console console, Document doc, int width, Path out) {
        GuidelineReport report = services.checker().check(doc,
                CheckOptions.screen(doc.frame().guideline()).withExportWidth(width), services.images());
        if (!report.blocksExport()) {
            return false;
        }
        Messages m = services.messages();
        console.err().println(m.get("cli.render.blocked", out, report.blocking().size()));
        report.blocking().forEach(f -> console.err().println(FindingText.format(m, f)));
        console.err().flush();
        return true;
    }
}
