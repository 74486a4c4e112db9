// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.i18n.Msg;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The batch's output folder before the first row: created, checked writable, and cleared of nothing. A report
 * from an earlier run is kept as {@code report-1.csv} (then {@code -2}, ...): it may be the only list of what an
 * earlier, different sheet made, so a new run never overwrites it.
 */
final class OutputFolder {
    private static final int MAX_KEPT = 10_000;

    private OutputFolder() {
    }

    /** Creates the folder; a folder that cannot be written is the user's to fix, so a BadInputException. */
    static void create(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw failure(dir, e);
        }
    }

    /** Moves an earlier report out of the way; returns where it went, or empty when there was none. */
    static Optional<Path> keepPrevious(Path report) {
        if (!Files.exists(report)) {
            return Optional.empty();
        }
        String stem = report.getFileName().toString().replaceFirst("\\.csv$", "");
        for (int n = 1; n < MAX_KEPT; n++) {
            Path kept = report.resolveSibling(stem + "-" + n + ".csv");
            if (!Files.exists(kept)) {
                try {
                    Files.move(report, kept);
                    return Optional.of(kept);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    continue; // another run took the name meanwhile
                } catch (IOException e) {
                    throw failure(report.getParent(), e);
                }
            }
        }
        throw new BadInputException(report, Msg.of("batch.out.error.too-many-reports", MAX_KEPT));
    }

    /** The folder named once, with the reason in the user's words. */
    static BadInputException failure(Path dir, IOException e) {
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : String.valueOf(e.getMessage());
        String lower = reason.toLowerCase(Locale.ROOT);
        if (e instanceof AccessDeniedException || lower.contains("read-only") || lower.contains("permission")
                || lower.contains("not permitted")) {
            return new BadInputException(dir, Msg.of("batch.out.error.read-only"), e);
        }
        if (lower.contains("no space left") || lower.contains("not enough space") || lower.contains("quota")) {
            return new BadInputException(dir, Msg.of("batch.out.error.disk-full"), e);
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return new BadInputException(dir, Msg.of("batch.out.error.not-folder"), e);
        }
        return new BadInputException(dir, Msg.of("batch.out.error.io", reason), e);
    }
}
