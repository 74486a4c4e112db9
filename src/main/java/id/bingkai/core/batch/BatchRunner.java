// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import id.bingkai.core.batch.RowResult.Status;
import id.bingkai.core.error.BadInputException;
import id.bingkai.core.error.BingkaiException;
import id.bingkai.core.error.RefusedException;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.export.ExportOptions;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.PhotoPlaces;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.TextField;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Runs a batch: reads the sheet row by row, renders up to {@code threads} rows at once and writes report.csv as
 * rows finish. Memory is bounded by the rows in flight (each holds one decoded photo and one output), never by the
 * length of the sheet. A bad row is reported and the batch goes on, unless the job says fail-fast.
 */
public final class BatchRunner {
    private final RowWork work;
    private final Messages messages;

    public BatchRunner(RowWork work, Messages messages) {
        this.work = Objects.requireNonNull(work, "work");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * @throws BadInputException when the sheet itself is unusable (missing, not UTF-8, no photo column, a name
     *                           pattern naming a column the sheet lacks); no row has been rendered then
     * @throws UncheckedIOException when the output folder or the report cannot be written
     */
    public BatchSummary run(BatchJob job, BatchListener listener) {
        return run(job, listener, () -> false);
    }

    /**
     * Runs the batch until {@code cancelled} says stop. It is asked before each row starts: the rows already
     * rendering are finished (each output is written whole or not at all), every row not started yet is reported
     * as not run, stopped by the user, so report.csv still lists the whole sheet and a run with resume continues.
     *
     * @see #run(BatchJob, BatchListener)
     */
    public BatchSummary run(BatchJob job, BatchListener listener, BooleanSupplier cancelled) {
        Objects.requireNonNull(cancelled, "cancelled");
        refuseSeveralPlaces(job.frame());
        long start = System.nanoTime();
        int total = PeopleSheet.countRows(job.sheet());
        try (PeopleSheet sheet = PeopleSheet.open(job.sheet())) {
            NamePattern pattern = job.names().orElseGet(() -> NamePattern.defaultFor(sheet.columns()));
            var unknown = pattern.unknown(sheet.columns());
            if (!unknown.isEmpty()) {
                throw new BadInputException(job.sheet(), Msg.of("batch.csv.error.name-column",
                        String.join(", ", unknown), pattern, String.join(", ",
                                sheet.columns().stream().filter(c -> !c.isEmpty()).toList())));
            }
            Files.createDirectories(job.outDir());
            try (ReportWriter report = new ReportWriter(job.report(), sheet.separator(), messages)) {
                Counts counts = process(job, pattern, sheet, report, listener, total, cancelled);
                return new BatchSummary(counts.rows(), counts.get(Status.DONE), counts.get(Status.SKIPPED),
                        counts.get(Status.FAILED), counts.get(Status.ERROR), counts.get(Status.NOT_RUN),
                        job.report(), Duration.ofNanos(System.nanoTime() - start));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A sheet row carries one photo: a frame with more places would come out with the others empty, which the editor
     * and the command line refuse too. Said before any file is read or written.
     */
    private static void refuseSeveralPlaces(Frame frame) {
        if (frame.slots().size() > 1) {
            throw new RefusedException(Msg.of("batch.error.several-places", frame.id(), frame.slots().size(),
                    PhotoPlaces.placeName(frame, frame.slots().get(1))));
        }
    }

    private Counts process(BatchJob job, NamePattern pattern, PeopleSheet sheet, ReportWriter report,
            BatchListener listener, int total, BooleanSupplier cancelled) throws IOException {
        Counts counts = new Counts();
        AtomicBoolean stop = new AtomicBoolean();
        Object lock = new Object();
        IOException[] reportFailure = new IOException[1];
        listener.started(total);
        Delivery deliver = (sequence, result) -> {
            synchronized (lock) {
                counts.add(result.status());
                if (result.status().failed() && job.failFast()) {
                    stop.set(true);
                }
                try {
                    report.accept(sequence, result);
                } catch (IOException e) {
                    reportFailure[0] = e;
                    stop.set(true);
                }
                listener.finished(result);
            }
        };
        // two permits per thread: one row rendering, one prepared and waiting (a path and a few strings)
        Semaphore inFlight = new Semaphore(2 * job.threads());
        ExecutorService pool = Executors.newFixedThreadPool(job.threads(), threads());
        UniqueNames names = new UniqueNames(job.format().extension());
        Path base = job.sheet().toAbsolutePath().getParent();
        int sequence = 0;
        try {
            SheetRow row;
            while (!stop.get() && (row = sheet.next()) != null) {
                int seq = sequence++;
                if (cancelled.getAsBoolean()) {
                    deliver.accept(seq, stopped(row.row(), stoppedName(pattern, row, names)));
                    continue;
                }
                RowPlan plan = plan(job, pattern, row, names, base);
                if (plan.early() != null) {
                    deliver.accept(seq, plan.early());
                    continue;
                }
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    String name = plan.output().getFileName().toString();
                    RowResult result;
                    try {
                        result = stop.get() ? RowResult.of(plan.row(), Status.NOT_RUN, name, Msg.of("batch.row.not-run"))
                                : cancelled.getAsBoolean() ? stopped(plan.row(), name) : render(job, plan);
                    } catch (RuntimeException | Error e) {
                        // every row must report, or report.csv would wait for it forever
                        result = RowResult.of(plan.row(), Status.ERROR, name, Msg.of("batch.row.error.unexpected",
                                e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
                    }
                    try {
                        deliver.accept(seq, result);
                    } finally {
                        inFlight.release();
                    }
                });
            }
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
        }
        synchronized (lock) {
            if (reportFailure[0] != null) {
                throw reportFailure[0];
            }
            counts.rows = sequence;
            return counts;
        }
    }

    private static RowResult stopped(int row, String name) {
        return RowResult.of(row, Status.NOT_RUN, name, Msg.of("batch.row.stopped"));
    }

    /** The name the row would have had (claimed as {@link #plan} does, so later rows keep theirs); no disk access. */
    private static String stoppedName(NamePattern pattern, SheetRow row, UniqueNames names) {
        return claim(pattern.stem(row.cells(), row.row()), names);
    }

    /** The row's unique output name for its file-name stem; empty for a row with no usable name. */
    private static String claim(String stem, UniqueNames names) {
        return stem.isEmpty() ? "" : names.claim(stem);
    }

    /** Everything about a row that needs no decoding: its output name, its texts, and the reasons it cannot run. */
    private RowPlan plan(BatchJob job, NamePattern pattern, SheetRow row, UniqueNames names, Path base) {
        String stem = pattern.stem(row.cells(), row.row());
        String fileName = claim(stem, names);
        Path output = fileName.isEmpty() ? null : job.outDir().resolve(fileName);
        Msg problem = problem(job, pattern, row, stem);
        if (problem != null) {
            return RowPlan.early(RowResult.of(row.row(), Status.FAILED, fileName, problem));
        }
        Path photo;
        try {
            photo = base.resolve(row.get(PeopleSheet.PHOTO_COLUMN));
        } catch (InvalidPathException e) {
            return RowPlan.early(RowResult.of(row.row(), Status.FAILED, fileName,
                    Msg.of("batch.row.error.photo-path", row.get(PeopleSheet.PHOTO_COLUMN))));
        }
        if (isSameFile(photo, output)) {
            return RowPlan.early(RowResult.of(row.row(), Status.FAILED, fileName,
                    Msg.of("batch.row.error.would-replace-photo", photo)));
        }
        boolean exists = Files.exists(output);
        if (exists && job.resume() && CompleteOutputs.isComplete(output, job.format())) {
            return RowPlan.early(RowResult.of(row.row(), Status.SKIPPED, fileName, Msg.of("batch.row.skipped")));
        }
        if (exists && !job.resume() && !job.overwrite()) {
            return RowPlan.early(RowResult.of(row.row(), Status.FAILED, fileName, Msg.of("batch.row.error.exists")));
        }
        return new RowPlan(row.row(), photo, output, row, exists, null);
    }

    private static Msg problem(BatchJob job, NamePattern pattern, SheetRow row, String stem) {
        if (row.extraCells() > 0) {
            return Msg.of("batch.row.error.extra-cells", row.extraCells());
        }
        if (row.get(PeopleSheet.PHOTO_COLUMN).isBlank()) {
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

    private RowResult render(BatchJob job, RowPlan plan) {
        String name = plan.output().getFileName().toString();
        try {
            if (!Files.isRegularFile(plan.photo())) {
                return RowResult.of(plan.row(), Status.FAILED, name,
                        Msg.of("batch.row.error.photo-missing", plan.photo()));
            }
            PhotoRef ref = work.photo(plan.photo());
            Document doc = document(job, plan.cells(), ref);
            BufferedImage image = work.render(doc, job.width());
            boolean overwrite = job.overwrite() || plan.outputExists();
            work.write(image, plan.output(), new ExportOptions(job.format(), job.quality(), overwrite, job.keywords()));
            return RowResult.done(plan.row(), name);
        } catch (BadInputException e) {
            return RowResult.of(plan.row(), Status.FAILED, name, e.reason());
        } catch (BingkaiException e) {
            return RowResult.of(plan.row(), Status.ERROR, name, e.userMessage());
        } catch (OutOfMemoryError e) {
            return RowResult.of(plan.row(), Status.ERROR, name, Msg.of("batch.row.error.memory"));
        } catch (RuntimeException e) {
            return RowResult.of(plan.row(), Status.ERROR, name,
                    Msg.of("batch.row.error.unexpected", e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
        }
    }

    private static Document document(BatchJob job, SheetRow row, PhotoRef ref) {
        Frame frame = job.frame();
        Document doc = Document.of(job.pack(), frame);
        for (TextField field : frame.fields()) {
            if (row.cells().containsKey(field.key())) {
                doc = doc.withText(field.key(), row.get(field.key()));
            }
        }
        return doc.withPhoto(ref).withPlacement(frame.primarySlot().id(), job.placement());
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

    private static ThreadFactory threads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "bingkai-batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.HOURS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @FunctionalInterface
    private interface Delivery {
        void accept(int sequence, RowResult result);
    }

    /** A row ready to render, or (when {@code early} is set) already decided without rendering. */
    private record RowPlan(int row, Path photo, Path output, SheetRow cells, boolean outputExists, RowResult early) {
        static RowPlan early(RowResult result) {
            return new RowPlan(result.row(), null, null, null, false, result);
        }
    }

    private static final class Counts {
        private final Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
        private int rows;

        void add(Status status) {
            byStatus.merge(status, 1, Integer::sum);
        }

        int get(Status status) {
            return byStatus.getOrDefault(status, 0);
        }

        int rows() {
            return rows;
        }
    }
}
