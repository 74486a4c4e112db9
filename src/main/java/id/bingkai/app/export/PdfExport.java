// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.export;

import id.bingkai.core.guideline.GuidelineReport;
import id.bingkai.core.io.export.pdf.PdfOptions;
import id.bingkai.core.model.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The export dialog's print PDF as background work: checked again (a blocking finding writes nothing), refused
 * when the file exists and replacing it was not confirmed, then written atomically by the core PDF writer.
 */
record PdfExport(Document document, ExportCheck check, PrintOutput.PdfWriter writer, PdfOptions options,
        Path file) implements Callable<List<Path>> {
    static final String EXTENSION = "pdf";

    @Override
    public List<Path> call() throws Exception {
        GuidelineReport r = check.check(document, document.frame().canvas().width());
        if (r.blocksExport()) {
            throw new ExportProblems.Blocked(r);
        }
        if (!options.overwrite() && Files.exists(file)) {
            throw new ExportProblems.Exists(List.of(file), false);
        }
        writer.write(document, options, file);
        return List.of(file);
    }

    static boolean isPdf(Path file) {
        return file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + EXTENSION);
    }

    static Path withExtension(Path p, String extension) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return p.resolveSibling(base + "." + extension);
    }
}
