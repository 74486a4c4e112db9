// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import id.bingkai.core.batch.RowResult.Status;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.model.Nip;
import id.bingkai.core.model.TextField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything about a row that needs no decoding: its unique output name, its photo file, and the reasons it cannot
 * run (an empty name, a text too long, an output that exists). Used by one thread, in sheet order, so that names
 * are claimed the same way in every run.
 */
final class RowPlanner {
    private final BatchJob job;
    private final NamePattern pattern;
    private final UniqueNames names;
    private final Path base;

    RowPlanner(BatchJob job, NamePattern pattern) {
        this.job = job;
        this.pattern = pattern;
        this.names = new UniqueNames(job.extension());
        this.base = job.sheet().toAbsolutePath().getParent();
    }

    /** A row ready to render, or (when {@code early} is set) already decided without rendering. */
    record RowPlan(int row, String photoCell, Path photo, Path output, SheetRow cells, boolean outputExists,
            RowResult early, Optional<Msg> note) {
        static RowPlan early(RowResult result) {
            return new RowPlan(result.row(), result.photo(), null, null, null, false, result, result.note());
        }
    }

    /**
     * A NIP of the wrong shape is a note, not a failure: the card is still made, since an office's data may hold an
     * old 9-digit NIP or a number Bingkai does not know, and one odd cell must not cost a person their card.
     * report.csv says it beside the row and the summary counts it, so the sheet can be fixed and the row redone.
     */
    static Optional<Msg> note(SheetRow row) {
        String nip = row.get(Nip.FIELD);
        return nip.isBlank() || Nip.plausible(nip) ? Optional.empty()
                : Optional.of(Msg.of("batch.row.note.nip", nip));
    }

    /** The row as stopped by the user: the name it would have had is claimed, so later rows keep theirs. */
    RowResult stopped(SheetRow row) {
        return RowResult.of(row.row(), Status.NOT_RUN, claim(pattern.stem(row.cells(), row.row())),
                Msg.of("batch.row.stopped")).withPhoto(photoCell(row)).withNote(note(row));
    }

    RowPlan plan(SheetRow row) {
        String stem = pattern.stem(row.cells(), row.row());
        String fileName = claim(stem);
        String cell = photoCell(row);
        Path output = fileName.isEmpty() ? null : job.outDir().resolve(fileName);
        Msg problem = problem(row, stem);
        if (problem != null) {
            return failed(row, fileName, cell, problem);
        }
        if (!job.frame().hasPhotoPlace()) {
            return output(row, fileName, cell, output, null);
        }
        PhotoCell photo = PhotoCell.resolve(base, cell);
        if (!photo.usable()) {
            return failed(row, fileName, cell, photo.problem());
        }
        if (isSameFile(photo.file(), output)) {
            return failed(row, fileName, cell, Msg.of("batch.row.error.would-replace-photo", photo.file()));
        }
        return output(row, fileName, cell, output, photo.file());
    }

    private RowPlan output(SheetRow row, String fileName, String cell, Path output, Path photo) {
        boolean exists = Files.exists(output);
        boolean complete = job.pdf().isPresent() ? CompleteOutputs.isCompletePdf(output)
                : CompleteOutputs.isComplete(output, job.format());
        if (exists && job.resume() && complete) {
            return RowPlan.early(RowResult.of(row.row(), Status.SKIPPED, fileName, Msg.of("batch.row.skipped"))
                    .withPhoto(cell).withNote(note(row)));
        }
        if (exists && !job.resume() && !job.overwrite()) {
            return failed(row, fileName, cell, Msg.of(RowResult.EXISTS));
        }
        return new RowPlan(row.row(), cell, photo, output, row, exists, null, note(row));
    }

    private static RowPlan failed(SheetRow row, String fileName, String cell, Msg reason) {
        return RowPlan.early(RowResult.of(row.row(), Status.FAILED, fileName, reason).withPhoto(cell)
                .withNote(note(row)));
    }

    private static String photoCell(SheetRow row) {
        return row.get(PeopleSheet.PHOTO_COLUMN);
    }

    /** The row's unique output name for its file-name stem; empty for a row with no usable name. */
    private String claim(String stem) {
        return stem.isEmpty() ? "" : names.claim(stem);
    }

    private Msg problem(SheetRow row, String stem) {
        if (row.extraCells() > 0) {
            return Msg.of("batch.row.error.extra-cells", row.extraCells());
        }
        if (job.frame().hasPhotoPlace() && row.get(PeopleSheet.PHOTO_COLUMN).isBlank()) {
            return Msg.of("batch.row.error.no-photo", PeopleSheet.PHOTO_COLUMN);
        }
        var empty = pattern.emptyIn(row.cells());
        if (!empty.isEmpty()) {
            return Msg.of("batch.row.error.empty-name", String.join(", ", empty), pattern);
        }
        if (stem.isEmpty()) {
            return Msg.of("batch.row.error.unusable-name", pattern);
        }
        for (TextField field : job.frame().fields()) {
            if (row.get(field.key()).length() > field.maxLength()) {
                return Msg.of("batch.row.error.too-long", field.key(), field.maxLength());
            }
        }
        return null;
    }

    private static boolean isSameFile(Path photo, Path output) {
        if (photo.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(photo) && Files.exists(output) && Files.isSameFile(photo, output);
        } catch (IOException e) {
            return false;
        }
    }
}
