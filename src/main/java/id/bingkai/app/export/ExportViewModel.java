// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.export;

import id.bingkai.app.common.TaskRunner;
import id.bingkai.app.common.UserErrors;
import id.bingkai.app.editor.DocumentRenderer;
import id.bingkai.core.guideline.GuidelineReport;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.export.ExportNames;
import id.bingkai.core.io.export.ExportOptions;
import id.bingkai.core.io.export.ExportSet;
import id.bingkai.core.io.export.ExportSetWriter;
import id.bingkai.core.io.export.ImageFormat;
import id.bingkai.core.io.export.pdf.PdfOptions;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.PhotoPlaces;
import id.bingkai.core.render.PhotoSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The export dialog's state: format, size, quality and target file. Exporting renders the document with the
 * same core renderer as the preview, but from the full-resolution photo, and writes it in the background.
 * The guideline is checked at the chosen width as the dialog opens and again before anything is written: a
 * finding the pack marks as blocking stops the export, with the reason; warnings go ahead and are shown.
 */
public final class ExportViewModel {
    public static final int MIN_WIDTH = 16;
    public static final int MAX_WIDTH = 8000;

    private final Document document;
    private final DocumentRenderer renderer;
    private final PhotoSource photos;
    private final ImageWriter writer;
    private final TaskRunner tasks;
    private final List<SizePreset> presets;
    private final ExportCheck check;
    private final PrintChoices print;
    private final PrintOutput printOutput;

    private final ObjectProperty<ImageFormat> format = new SimpleObjectProperty<>(this, "format", ImageFormat.PNG);
    private final ObjectProperty<SizePreset> preset = new SimpleObjectProperty<>(this, "preset");
    private final IntegerProperty customWidth = new SimpleIntegerProperty(this, "customWidth");
    private final IntegerProperty quality = new SimpleIntegerProperty(this, "quality", 90);
    private final ObjectProperty<Path> target = new SimpleObjectProperty<>(this, "target");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ObjectProperty<Path> saved = new SimpleObjectProperty<>(this, "saved");
    private final ObjectProperty<List<Path>> written = new SimpleObjectProperty<>(this, "written", List.of());
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", -1);
    private final ObjectProperty<Msg> problem = new SimpleObjectProperty<>(this, "problem");
    private final ObjectProperty<GuidelineReport> report = new SimpleObjectProperty<>(this, "report");
    private final BooleanProperty checking = new SimpleBooleanProperty(this, "checking");
    private final BooleanBinding blocked = Bindings.createBooleanBinding(
            () -> report.get() != null && report.get().blocksExport(), report);
    private final IntegerBinding width;
    private int checkedWidth = -1;

    /** An export that checks nothing (for callers that have no checker; see {@link ExportCheck#NONE}). */
    public ExportViewModel(Document document, DocumentRenderer renderer, PhotoSource photos, ImageWriter writer,
            TaskRunner tasks, Path folder) {
        this(document, renderer, photos, writer, tasks, folder, ExportCheck.NONE);
    }

    public ExportViewModel(Document document, DocumentRenderer renderer, PhotoSource photos, ImageWriter writer,
            TaskRunner tasks, Path folder, ExportCheck check) {
        this(document, renderer, photos, writer, tasks, folder, check, PrintOutput.NONE);
    }

    /** With print output: a frame with a physical size is offered a PDF and PNG/JPEG at print resolution. */
    public ExportViewModel(Document document, DocumentRenderer renderer, PhotoSource photos, ImageWriter writer,
            TaskRunner tasks, Path folder, ExportCheck check, PrintOutput printOutput) {
        this.check = Objects.requireNonNull(check);
        this.printOutput = Objects.requireNonNull(printOutput);
        this.print = new PrintChoices(document.frame());
        this.document = Objects.requireNonNull(document);
        this.renderer = Objects.requireNonNull(renderer);
        this.photos = Objects.requireNonNull(photos);
        this.writer = Objects.requireNonNull(writer);
        this.tasks = Objects.requireNonNull(tasks);
        this.presets = SizePreset.forFrame(document.frame(), print, MAX_WIDTH);
        preset.set(presets.getFirst());
        customWidth.set(document.frame().canvas().width());
        width = Bindings.createIntegerBinding(() -> {
            SizePreset p = preset.get();
            int w = p == null || p.custom() ? customWidth.get()
                    : p.all() ? AllSizes.checkedWidth(document.frame().canvas()) : p.width();
            return Math.clamp(w, MIN_WIDTH, MAX_WIDTH);
        }, preset, customWidth);
        target.set(folder.resolve(suggestedName(ImageFormat.PNG)));
        format.addListener((obs, old, f) -> {
            Path t = target.get();
            if (t != null && f != null) {
                target.set(withExtension(t, f));
            }
        });
        print.pdfProperty().addListener((obs, old, pdf) -> {
            Path t = target.get();
            if (t != null) {
                target.set(PdfExport.withExtension(t, pdf ? PdfExport.EXTENSION : format.get().extension()));
            }
            recheck();
        });
        width.addListener((obs, old, w) -> recheck());
        recheck();
    }

    /** PDF, crop marks and print resolution, offered to frames with a physical size. */
    public PrintChoices print() {
        return print;
    }

    /** The print PDF's options: crop marks as chosen, photos at 300 ppi, titled for the print shop. */
    public PdfOptions pdfOptions(boolean overwrite) {
        return PdfOptions.forDocument(document).withCropMarks(print.cropMarksProperty().get())
                .withOverwrite(overwrite);
    }

    public List<SizePreset> presets() {
        return presets;
    }

    public ObjectProperty<ImageFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<SizePreset> presetProperty() {
        return preset;
    }

    public IntegerProperty customWidthProperty() {
        return customWidth;
    }

    /** JPEG quality 1..100. */
    public IntegerProperty qualityProperty() {
        return quality;
    }

    public ObjectProperty<Path> targetProperty() {
        return target;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The file written by the last successful export. */
    public ReadOnlyObjectProperty<Path> savedProperty() {
        return saved;
    }

    /** Every file written by the last successful export: one, or the whole set for "Semua ukuran". */
    public ReadOnlyObjectProperty<List<Path>> writtenProperty() {
        return written;
    }

    /** How far the export is, 0..1; negative while it cannot tell (one file). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** The files "Semua ukuran" would write for the current target and format; empty for one size. */
    public Optional<ExportSet> plannedSet() {
        Path t = target.get();
        if (!preset.get().all() || t == null || t.getFileName() == null) {
            return Optional.empty();
        }
        return Optional.of(AllSizes.plan(document.frame().canvas(), t, ImageFormat.fromFileName(t)
                .orElse(format.get())));
    }

    /** Why the last export failed (or could not start). */
    public ReadOnlyObjectProperty<Msg> problemProperty() {
        return problem;
    }

    /** The guideline findings at the chosen width; null until the first check is done. */
    public ReadOnlyObjectProperty<GuidelineReport> reportProperty() {
        return report;
    }

    /** The guideline is being checked for the chosen width; saving waits for it. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking;
    }

    /** A finding the pack marks as blocking: the export is refused until the design is fixed. */
    public BooleanBinding blockedProperty() {
        return blocked;
    }

    public IntegerBinding widthBinding() {
        return width;
    }

    public int height() {
        return document.frame().canvas().heightFor(width.get());
    }

    public Document document() {
        return document;
    }

    /** A file name that says what it is: bingkai-&lt;frame&gt;-&lt;name&gt;.png. */
    public String suggestedName(ImageFormat f) {
        return ExportNames.baseName(document) + "." + f.extension();
    }

    /**
     * Writes the image; an existing file is replaced only with {@code overwrite} (the dialog asks first).
     * The format follows the file's extension when it has one.
     */
    public void export(boolean overwrite) {
        Path out = target.get();
        saved.set(null);
        written.set(List.of());
        problem.set(null);
        if (out == null) {
            problem.set(Msg.of("export.dialog.error.no-target"));
            return;
        }
        if (print.offered() && (print.pdfProperty().get() || PdfExport.isPdf(out))) {
            exportPdf(PdfExport.isPdf(out) ? out : PdfExport.withExtension(out, PdfExport.EXTENSION), overwrite);
            return;
        }
        ImageFormat f = ImageFormat.fromFileName(out).orElse(format.get());
        if (ImageFormat.fromFileName(out).isEmpty()) {
            out = out.resolveSibling(out.getFileName() + "." + f.extension());
        }
        Optional<Msg> missing = missingPhoto(document);
        if (missing.isPresent()) {
            problem.set(missing.get());
            return;
        }
        if (blocked.get()) {
            problem.set(ExportProblems.refusal(report.get()));
            return;
        }
        Path file = out;
        ExportSet set = preset.get().all() ? AllSizes.plan(document.frame().canvas(), file, f) : null;
        List<Integer> widths = set == null ? List.of(width.get()) : AllSizes.widths(set);
        ExportOptions options = new ExportOptions(f, quality.get() / 100f, overwrite, document.pack().keywords())
                .withDpi(set == null ? print.dpiAt(widths.getFirst()) : 0);
        busy.set(true);
        progress.set(set == null ? -1 : 0);
        tasks.run(() -> {
            // Checked again here, at every exact width, so that nothing blocked is ever written.
            for (int w : widths) {
                GuidelineReport r = check.check(document, w);
                if (r.blocksExport()) {
                    throw new ExportProblems.Blocked(r);
                }
            }
            List<Path> existing = set == null ? (Files.exists(file) ? List.of(file) : List.of()) : set.existing();
            if (!overwrite && !existing.isEmpty()) {
                throw new ExportProblems.Exists(existing, set != null);
            }
            if (set != null) {
                return new ExportSetWriter(writer::write).write(set, w -> renderer.render(document, w, photos),
                        options, (n, total, e) -> tasks.runOnUi(() -> progress.set((double) n / total)));
            }
            writer.write(renderer.render(document, widths.getFirst(), photos), file, options);
            return List.of(file);
        }, this::done, this::failed);
    }

    private void done(List<Path> files) {
        busy.set(false);
        written.set(files);
        saved.set(files.getLast());
    }

    private void failed(Exception e) {
        busy.set(false);
        if (e instanceof ExportProblems.Blocked b) {
            report.set(b.report);
        }
        problem.set(ExportProblems.describe(e));
    }

    /** The print PDF: the same checks as an image (photo, blocking findings at the design width, as the CLI does). */
    private void exportPdf(Path file, boolean overwrite) {
        Optional<Msg> missing = missingPhoto(document);
        if (missing.isPresent()) {
            problem.set(missing.get());
            return;
        }
        if (blocked.get()) {
            problem.set(ExportProblems.refusal(report.get()));
            return;
        }
        busy.set(true);
        progress.set(-1);
        tasks.run(new PdfExport(document, check, printOutput.pdf(), pdfOptions(overwrite), file), this::done,
                this::failed);
    }

    /**
     * Why the document cannot be exported yet for want of a photo: every slot needs one. A frame with one slot says
     * "no photo"; one with several names the first empty slot ("Foto 2"), as the editor's slot buttons do.
     */
    public static Optional<Msg> missingPhoto(Document doc) {
        boolean several = doc.frame().slots().size() > 1;
        return PhotoPlaces.firstEmpty(doc).map(slot -> several
                ? Msg.of("export.dialog.error.empty-slot", PhotoPlaces.label(doc.frame(), slot))
                : Msg.of("export.dialog.error.no-photo"));
    }

    private void recheck() {
        int w = checkWidth();
        if (w == checkedWidth) {
            return;
        }
        checkedWidth = w;
        checking.set(true);
        tasks.run(() -> check.check(document, w), r -> {
            if (w == checkWidth()) {
                checking.set(false);
                report.set(r);
            }
        }, e -> {
            if (w == checkWidth()) {
                checking.set(false);
                problem.set(UserErrors.describe(e));
            }
        });
    }

    /** A PDF is checked at the design width, as {@code render --out x.pdf} does; an image at its own width. */
    private int checkWidth() {
        return print.pdfProperty().get() ? document.frame().canvas().width() : width.get();
    }

    private static Path withExtension(Path p, ImageFormat f) {
        return PdfExport.withExtension(p, f.extension());
    }
}
