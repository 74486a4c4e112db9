// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.batch;

import id.bingkai.core.batch.CsvTemplate;
import id.bingkai.app.common.UserErrors;
import id.bingkai.app.export.SizePreset;
import id.bingkai.core.batch.BatchJob;
import id.bingkai.core.batch.BatchRunner;
import id.bingkai.core.batch.BatchSummary;
import id.bingkai.core.batch.RowResult;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.export.ImageFormat;
import id.bingkai.core.model.AgencyLogo;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Placement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The batch dialog's state: one image per row of a CSV, in the frame chosen in the editor, made by the same core
 * batch runner as the {@code batch} command. Reading the CSV, writing the template and the run itself happen in
 * the background; the run can be stopped (the rows in flight finish, the others are reported as not run).
 */
public final class BatchViewModel {
    /** JPEG quality of every image: the batch command's default. */
    static final float QUALITY = 0.9f;

    /** Setting up, making images, or showing what was made. */
    public enum Phase {
        SETUP, RUNNING, FINISHED
    }

    private final FramePack pack;
    private final Frame frame;
    private final BatchServices services;
    private final Messages messages;
    private final Path home;
    private final List<SizePreset> sizes;
    private final FileNaming naming;
    private final ColumnChoices choices;
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final PdfBatch pdf;
    private Optional<AgencyLogo> agencyLogo = Optional.empty();

    private final ObjectProperty<SheetInfo> sheet = new SimpleObjectProperty<>(this, "sheet");
    private final ObjectProperty<Msg> sheetProblem = new SimpleObjectProperty<>(this, "sheetProblem");
    private final BooleanProperty reading = new SimpleBooleanProperty(this, "reading");
    private final ObjectProperty<Path> outDir = new SimpleObjectProperty<>(this, "outDir");
    private final ObjectProperty<ImageFormat> format = new SimpleObjectProperty<>(this, "format", ImageFormat.JPEG);
    private final ObjectProperty<SizePreset> size = new SimpleObjectProperty<>(this, "size");
    private final BooleanProperty resume = new SimpleBooleanProperty(this, "resume", true);
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(this, "phase", Phase.SETUP);
    private final BooleanProperty starting = new SimpleBooleanProperty(this, "starting");
    private final BooleanProperty stopping = new SimpleBooleanProperty(this, "stopping");
    private final ObjectProperty<BatchProgress> progress = new SimpleObjectProperty<>(this, "progress");
    private final ObjectProperty<BatchSummary> summary = new SimpleObjectProperty<>(this, "summary");
    private final ObservableList<RowResult> failures = FXCollections.observableArrayList();
    private final ObjectProperty<Msg> problem = new SimpleObjectProperty<>(this, "problem");
    private final ObjectProperty<Path> templateSaved = new SimpleObjectProperty<>(this, "templateSaved");
    private final IntegerProperty existingImages = new SimpleIntegerProperty(this, "existingImages");
    private final BooleanBinding canStart;
    private int readGeneration;
    private Path defaultOut;

    public BatchViewModel(FramePack pack, Frame frame, BatchServices services, Messages messages, Path home) {
        this.pack = Objects.requireNonNull(pack);
        this.frame = Objects.requireNonNull(frame);
        this.services = Objects.requireNonNull(services);
        this.messages = Objects.requireNonNull(messages);
        this.home = Objects.requireNonNull(home);
        this.sizes = SizePreset.forCanvas(frame.canvas()).stream().filter(p -> !p.custom()).toList();
        size.set(sizes.stream().filter(p -> p.width() == frame.canvas().width()).findFirst()
                .orElse(sizes.getFirst()));
        this.naming = new FileNaming(CsvTemplate.forFrame(frame, messages).columns());
        this.choices = new ColumnChoices(frame);
        this.pdf = new PdfBatch(pack, frame);
        sheet.addListener((obs, old, s) -> {
            choices.sheetChanged(s);
            naming.sheetChanged(s);
            naming.mappingChanged(s == null ? null : choices.match(s));
        });
        for (String field : choices.fields()) {
            choices.choice(field).addListener((obs, old, c) -> {
                if (sheet.get() != null) {
                    naming.mappingChanged(choices.match(sheet.get()));
                }
            });
        }
        format.addListener((obs, old, f) -> naming.extensionChanged(pdf.extension(f.extension())));
        pdf.pdfProperty().addListener((obs, old, p) -> naming.extensionChanged(pdf.extension(
                format.get().extension())));
        naming.formatChanged(format.get());
        canStart = Bindings.createBooleanBinding(() -> phase.get() == Phase.SETUP && !reading.get()
                && !starting.get() && sheet.get() != null && sheet.get().rows() > 0 && outDir.get() != null
                && naming.problemProperty().get() == null && choices.completeProperty().get(), phase, reading,
                starting, sheet, outDir, naming.problemProperty(), choices.completeProperty());
    }

    /** The agency logo the editor remembers: drawn on every row where the frame has a place for it. */
    public void setAgencyLogo(Optional<AgencyLogo> logo) {
        agencyLogo = Objects.requireNonNull(logo);
    }

    public FramePack pack() {
        return pack;
    }

    public Frame frame() {
        return frame;
    }

    /** PDF per row and one joined PDF, for frames with a physical size. */
    public PdfBatch pdf() {
        return pdf;
    }

    /** Which column fills each of the frame's fields; the batch waits until every field has a choice. */
    public ColumnChoices columnChoices() {
        return choices;
    }

    /** The sizes on offer: the frame's presets without "custom" (a batch is one size for everyone). */
    public List<SizePreset> sizes() {
        return sizes;
    }

    /** Where a file dialog starts: the CSV's folder once there is one. */
    public Path startFolder() {
        SheetInfo s = sheet.get();
        Path parent = s == null ? null : s.file().toAbsolutePath().getParent();
        return parent != null ? parent : home;
    }

    public String templateName() {
        return messages.get("batch.ui.template.file-name", frame.id());
    }

    public ReadOnlyObjectProperty<SheetInfo> sheetProperty() {
        return sheet;
    }

    /** Why the chosen CSV cannot be used, naming the file and the reason. */
    public ReadOnlyObjectProperty<Msg> sheetProblemProperty() {
        return sheetProblem;
    }

    public ReadOnlyBooleanProperty readingProperty() {
        return reading;
    }

    public ObjectProperty<Path> outDirProperty() {
        return outDir;
    }

    /** The file name pattern as typed, e.g. {@code {nip}_{nama}}. */
    public StringProperty patternProperty() {
        return naming.patternProperty();
    }

    /** Why the pattern cannot be used (not closed, a column the CSV lacks); null when it can. */
    public ReadOnlyObjectProperty<Msg> patternProblemProperty() {
        return naming.problemProperty();
    }

    /** The first row's output file name, or empty (no CSV yet, no rows, a name column empty in that row). */
    public ReadOnlyStringProperty exampleProperty() {
        return naming.exampleProperty();
    }

    public ObjectProperty<ImageFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<SizePreset> sizeProperty() {
        return size;
    }

    /** Skip rows whose image is already there and complete, so that a second run makes only what is missing. */
    public BooleanProperty resumeProperty() {
        return resume;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    /** Stop was asked for; the rows in flight are finishing. */
    public ReadOnlyBooleanProperty stoppingProperty() {
        return stopping;
    }

    /** While running: rows finished, images per second, time left. */
    public ReadOnlyObjectProperty<BatchProgress> progressProperty() {
        return progress;
    }

    public ReadOnlyObjectProperty<BatchSummary> summaryProperty() {
        return summary;
    }

    /** The rows that failed, in sheet order (filled while the batch runs). */
    public ObservableList<RowResult> failures() {
        return FXCollections.unmodifiableObservableList(failures);
    }

    /** Why the batch or the template could not be written. */
    public ReadOnlyObjectProperty<Msg> problemProperty() {
        return problem;
    }

    public ReadOnlyObjectProperty<Path> templateSavedProperty() {
        return templateSaved;
    }

    /**
     * Set when "skip" is off and the output folder already holds images of this format: the dialog asks, then
     * calls {@link #start(boolean) start(true)} to replace them.
     */
    public ReadOnlyIntegerProperty existingImagesProperty() {
        return existingImages;
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    /** The report beside the images (meaningful once a batch has run). */
    public Path report() {
        return outDir.get().resolve(BatchJob.REPORT_NAME);
    }

    /**
     * Writes the CSV this frame needs (header and one example row). The save dialog has already asked before
     * replacing a file; a name typed without {@code .csv} gets it, and then an existing file is not replaced.
     */
    public void saveTemplate(Path file) {
        String name = file.getFileName().toString();
        boolean csv = name.toLowerCase(Locale.ROOT).endsWith(".csv");
        Path target = csv ? file : file.resolveSibling(name + ".csv");
        byte[] bytes = CsvTemplate.forFrame(frame, messages).text().getBytes(StandardCharsets.UTF_8);
        templateSaved.set(null);
        problem.set(null);
        services.tasks().run(() -> {
            services.files().write(target, csv, out -> out.write(bytes));
            return target;
        }, templateSaved::set, e -> problem.set(UserErrors.describe(e)));
    }

    /** Reads the CSV in the background: rows, columns, fields found and missing, or why it cannot be used. */
    public void openSheet(Path csv) {
        int generation = ++readGeneration;
        reading.set(true);
        sheetProblem.set(null);
        problem.set(null);
        services.tasks().run(() -> SheetInfo.read(csv, frame), info -> {
            if (generation == readGeneration) {
                reading.set(false);
                outputBeside(info.file());
                sheet.set(info);
            }
        }, e -> {
            if (generation == readGeneration) {
                reading.set(false);
                sheet.set(null);
                sheetProblem.set(UserErrors.describe(e));
            }
        });
    }

    /** A new folder beside the CSV, unless the user chose one. */
    private void outputBeside(Path csv) {
        String stem = csv.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        Path suggested = csv.toAbsolutePath().resolveSibling(messages.get("batch.ui.out.default-name", stem));
        if (outDir.get() == null || outDir.get().equals(defaultOut)) {
            outDir.set(suggested);
        }
        defaultOut = suggested;
    }

    /**
     * Starts the batch in the background. With "skip" off, images already in the folder are replaced only with
     * {@code replaceExisting} (see {@link #existingImagesProperty()}).
     */
    public void start(boolean replaceExisting) {
        if (!canStart.get()) {
            return;
        }
        problem.set(null);
        existingImages.set(0);
        if (replaceExisting || (resume.get() && !pdf.wantsSingle())) {
            launch(!resume.get());
            return;
        }
        Path out = outDir.get();
        ImageFormat f = format.get();
        boolean rows = !resume.get();
        boolean pdfRows = pdf.active();
        boolean single = pdf.wantsSingle();
        starting.set(true);
        // The files a run would replace: the rows' (unless skipped) and the joined PDF.
        services.tasks().run(() -> (rows ? pdfRows ? ExistingImages.countPdf(out) : ExistingImages.count(out, f) : 0)
                + (single && java.nio.file.Files.exists(PdfBatch.singleFile(out)) ? 1 : 0), n -> {
            starting.set(false);
            if (n > 0) {
                existingImages.set((int) Math.min(n, Integer.MAX_VALUE));
            } else {
                launch(false);
            }
        }, e -> {
            starting.set(false);
            problem.set(UserErrors.describe(e));
        });
    }

    private void launch(boolean overwrite) {
        BatchJob job = new BatchJob(sheet.get().file(), outDir.get(), pack, frame, size.get().width(), format.get(),
                QUALITY, Optional.of(naming.pattern().orElseThrow()), Placement.COVER, services.threads(),
                resume.get(), overwrite, false, pack.keywords()).withColumns(choices.columnMap())
                .withAgencyLogo(agencyLogo);
        BatchJob run = pdf.apply(job);
        pdf.reset();
        cancel.set(false);
        failures.clear();
        summary.set(null);
        stopping.set(false);
        progress.set(BatchProgress.waiting());
        phase.set(Phase.RUNNING);
        ProgressRelay relay = new ProgressRelay(services.tasks(), services.clock(), this::progressed);
        BatchRunner runner = new BatchRunner(services.work(), messages);
        services.tasks().run(() -> pdf.run(runner, run, relay, cancel::get, services.files()), r -> {
            pdf.finished(r);
            finished(r.summary());
        }, e -> {
            stopping.set(false);
            phase.set(Phase.SETUP);
            problem.set(UserErrors.describe(e));
        });
    }

    private void progressed(BatchProgress now, List<RowResult> failed) {
        if (phase.get() != Phase.RUNNING) {
            return;
        }
        progress.set(now);
        if (!failed.isEmpty()) {
            failures.addAll(failed);
            FXCollections.sort(failures, Comparator.comparingInt(RowResult::row));
        }
    }

    private void finished(BatchSummary done) {
        BatchProgress last = progress.get();
        progress.set(new BatchProgress(done.rows(), done.rows(), last == null ? 0 : last.perSecond(), 0));
        stopping.set(false);
        summary.set(done);
        phase.set(Phase.FINISHED);
    }

    /** Stops after the rows being made now; the others are reported as not made. */
    public void cancel() {
        if (phase.get() == Phase.RUNNING && !stopping.get()) {
            cancel.set(true);
            stopping.set(true);
        }
    }

    /** Back to the settings after a run, with the CSV read again (it may have been corrected meanwhile). */
    public void again() {
        if (phase.get() != Phase.FINISHED) {
            return;
        }
        summary.set(null);
        progress.set(null);
        failures.clear();
        phase.set(Phase.SETUP);
        if (sheet.get() != null) {
            openSheet(sheet.get().file());
        }
    }
}
