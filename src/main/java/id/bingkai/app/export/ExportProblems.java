// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.export;

import id.bingkai.app.common.UserErrors;
import id.bingkai.core.guideline.GuidelineReport;
import id.bingkai.core.i18n.Msg;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Why an export stopped, as the background work reports it and as the dialog says it. */
final class ExportProblems {
    private ExportProblems() {
    }

    /** A finding the pack marks as blocking, at one of the widths about to be written. */
    static final class Blocked extends Exception {
        private static final long serialVersionUID = 1L;
        final transient GuidelineReport report;

        Blocked(GuidelineReport report) {
            super("blocked by the guideline");
            this.report = report;
        }
    }

    /** Files that would be replaced; the dialog asks before exporting again with overwrite. */
    static final class Exists extends Exception {
        private static final long serialVersionUID = 1L;
        final transient List<Path> files;
        final boolean ofSet;

        Exists(List<Path> files, boolean ofSet) {
            super(files.toString());
            this.files = List.copyOf(files);
            this.ofSet = ofSet;
        }
    }

    /** "Not exported: &lt;the first blocking finding&gt;" (the dialog lists the others). */
    static Msg refusal(GuidelineReport r) {
        return Msg.of("guideline.ui.export.refused", r.blocking().getFirst().message());
    }

    /** What the user reads for a failure of the background work. */
    static Msg describe(Exception e) {
        return switch (e) {
            case Exists ex when !ex.ofSet -> Msg.of("export.dialog.error.exists", ex.files.getFirst());
            case Exists ex -> Msg.of("export.dialog.error.set-exists", ex.files.getFirst().getParent(),
                    ex.files.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", ")));
            case Blocked b -> refusal(b.report);
            default -> UserErrors.describe(e);
        };
    }

    /** Whether exporting again with overwrite is what the user can be asked for. */
    static boolean asksToReplace(Msg msg) {
        return msg.key().equals("export.dialog.error.exists") || msg.key().equals("export.dialog.error.set-exists");
    }
}
