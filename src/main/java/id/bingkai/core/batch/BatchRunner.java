// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.batch;

import id.bingkai.core.batch.RowPlanner.RowPlan;
import id.bingkai.core.batch.RowResult.Status;
import id.bingkai.core.error.BadInputException;
import id.bingkai.core.error.BingkaiException;
import id.bingkai.core.error.RefusedException;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.guideline.Finding;
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
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
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
        int total = PeopleSheet.countRows(job.sheet(), job.frame().hasPhotoPlace());
        try (PeopleSheet sheet = PeopleSheet.open(job.sheet(), job.frame().hasPhotoPlace())) {
            HeaderMatch match = HeaderMatch.of(job.frame().fields(), sheet.headers(), sheet.columns(), job.columns());
            if (!match.complete()) {
                throw new BadInputException(job.sheet(), match.problem(sheet.headers()));
            }
            List<String> names = match.names(sheet.columns());
            NamePattern pattern = job.names().orElseGet(() -> NamePattern.defaultFor(names));
            var unknown = pattern.unknown(names);
            if (!unknown.isEmpty()) {
                throw new BadInputException(job.sheet(), Msg.of("batch.csv.error.name-column",
                        String.join(", ", unknown), pattern, String.join(", ",
                                names.stream().filter(c -> !c.isEmpty()).toList())));
            }
            if (sheet.encoding().guessed()) {
                listener.notice(Msg.of("batch.csv.notice.encoding", job.sheet().getFileName(),
                        sheet.encoding().label()));
            }
            OutputFolder.create(job.outDir());
            OutputFolder.keepPrevious(job.report()).ifPresent(kept -> listener.notice(
                    Msg.of("batch.report.kept", kept.getFileName())));
            ReportWriter report;
            try {
                report = new ReportWriter(job.report(), sheet.separator(), messages);
            } catch (IOException e) {
                throw OutputFolder.failure(job.outDir(), e);
            }
            try (report) {
                Counts counts = process(job, new RowPlanner(job, pattern), match, sheet, report, listener, total,
                        cancelled);
                return new BatchSummary(counts.rows(), counts.get(Status.DONE), counts.get(Status.SKIPPED),
                        counts.get(Status.FAILED), counts.get(Status.ERROR), counts.get(Status.NOT_RUN),
                        counts.noted, job.report(), Duration.ofNanos(System.nanoTime() - start));
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

    private Counts process(BatchJob job, RowPlanner planner, HeaderMatch match, PeopleSheet sheet,
            ReportWriter report, BatchListener listener, int total, BooleanSupplier cancelled) throws IOException {
        Counts counts = new Counts();
        AtomicBoolean stop = new AtomicBoolean();
        Object lock = new Object();
        IOException[] reportFailure = new IOException[1];
        listener.started(total);
        Delivery deliver = (sequence, result) -> {
            synchronized (lock) {
                counts.add(result.status());
                if (result.note().isPresent()) {
                    counts.noted++;
                }
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
        int sequence = 0;
        try {
            SheetRow read;
            while (!stop.get() && (read = sheet.next()) != null) {
                SheetRow row = match.apply(read);
                int seq = sequence++;
                if (cancelled.getAsBoolean()) {
                    deliver.accept(seq, planner.stopped(row));
                    continue;
                }
                RowPlan plan = planner.plan(row);
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
                                : cancelled.getAsBoolean() ? RowResult.of(plan.row(), Status.NOT_RUN, name,
                                        Msg.of("batch.row.stopped")) : render(job, plan);
                    } catch (RuntimeException | Error e) {
                        // every row must report, or report.csv would wait for it forever
                        result = RowResult.of(plan.row(), Status.ERROR, name, Msg.of("batch.row.error.unexpected",
                                e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
                    }
                    try {
                        deliver.accept(seq, result.withPhoto(plan.photoCell()).withNote(plan.note()));
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

    private RowResult render(BatchJob job, RowPlan plan) {
        String name = plan.output().getFileName().toString();
        try {
            if (plan.photo() != null && !Files.isRegularFile(plan.photo())) {
                return RowResult.of(plan.row(), Status.FAILED, name,
                        Msg.of("batch.row.error.photo-missing", plan.photo()));
            }
            Document doc = document(job, plan.cells(), plan.photo() == null ? null : work.photo(plan.photo()));
            List<Finding> blocking = work.check(doc, job.width()).blocking();
            if (!blocking.isEmpty()) {
                return RowResult.of(plan.row(), Status.FAILED, name,
                        Msg.of("batch.row.error.blocked", blocking.getFirst().message()));
            }
            boolean overwrite = job.overwrite() || plan.outputExists();
            if (job.pdf().isPresent()) {
                work.writePdf(doc, plan.output(), job.pdf().get().withOverwrite(overwrite));
                return RowResult.done(plan.row(), name);
            }
            BufferedImage image = work.render(doc, job.width());
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
        Document doc = Document.of(job.pack(), frame).withAgencyLogo(job.agencyLogo());
        for (TextField field : frame.fields()) {
            if (row.cells().containsKey(field.key())) {
                doc = doc.withText(field.key(), row.get(field.key()));
            }
        }
        if (ref == null) {
            return doc; // a print frame with no photo place
        }
        return doc.withPhoto(ref).withPlacement(frame.primarySlot().id(), job.placement());
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

    private static final class Counts {
        private final Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
        private int rows;
        private int noted;

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
