// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.batch.BatchJob;
import id.bingkai.core.batch.BatchListener;
import id.bingkai.core.batch.BatchRunner;
import id.bingkai.core.batch.BatchSummary;
import id.bingkai.core.batch.ColumnMap;
import id.bingkai.core.batch.CombinedPdf;
import id.bingkai.core.batch.CoreRowWork;
import id.bingkai.core.batch.CsvTemplate;
import id.bingkai.core.batch.NamePattern;
import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.core.io.export.ImageFormat;
import id.bingkai.core.io.export.pdf.PdfOptions;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.render.Renderer;
import id.bingkai.core.render.ResampleFilter;
import id.bingkai.core.render.Resampler;
import id.bingkai.wiring.Services;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bingkai batch PEOPLE.csv --out DIR}: one image per row of a spreadsheet, with report.csv beside them.
 * Exit code 0 when every row is done (or skipped by --resume), 3 when some rows had bad input, 1 when a row failed
 * for another reason, 130 when Ctrl+C stopped it; the good rows are always done.
 * {@code bingkai batch --template FILE.csv} writes the header (and an example row) the frame needs.
 */
@Command(name = "batch")
final class BatchCommand implements Callable<Integer> {
    private final Services services;
    private final Console console;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CSV", descriptionKey = "cli.batch.param.csv")
    Path csv;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", descriptionKey = "cli.batch.option.out")
    Path out;

    @Option(names = "--column", paramLabel = "FIELD=COLUMN", descriptionKey = "cli.batch.option.column")
    Map<String, String> columns = new LinkedHashMap<>();

    @Option(names = "--template", paramLabel = "FILE.csv", descriptionKey = "cli.batch.option.template")
    Path template;

    @Mixin
    PackOption packOption = new PackOption();

    @Mixin
    PlacementOptions placement = new PlacementOptions();

    @Option(names = {"-f", "--frame"}, paramLabel = "ID", descriptionKey = "cli.render.option.frame")
    String frameId;

    @Mixin
    AgencyLogoOption agencyLogo = new AgencyLogoOption();

    @Option(names = {"-w", "--width"}, paramLabel = "N", descriptionKey = "cli.render.option.width")
    Integer width;

    @Option(names = "--format", paramLabel = "jpg|png|pdf", defaultValue = "jpg",
            descriptionKey = "cli.batch.option.format")
    String format;

    @Option(names = "--crop-marks", descriptionKey = "cli.render.option.crop-marks")
    boolean cropMarks;

    @Option(names = "--dpi", paramLabel = "N", descriptionKey = "cli.render.option.dpi")
    Integer dpi;

    @Option(names = "--single-pdf", paramLabel = "FILE.pdf", descriptionKey = "cli.batch.option.single-pdf")
    Path singlePdf;

    @Option(names = {"-q", "--quality"}, paramLabel = "Q", defaultValue = "90",
            descriptionKey = "cli.render.option.quality")
    int quality;

    @Option(names = "--name", paramLabel = "PATTERN", descriptionKey = "cli.batch.option.name")
    String name;

    @Option(names = "--threads", paramLabel = "N", descriptionKey = "cli.batch.option.threads")
    Integer threads;

    @Option(names = "--resume", descriptionKey = "cli.batch.option.resume")
    boolean resume;

    @Option(names = "--force", descriptionKey = "cli.batch.option.force")
    boolean force;

    @Option(names = "--fail-fast", descriptionKey = "cli.batch.option.fail-fast")
    boolean failFast;

    BatchCommand(Services services, Console console) {
        this.services = services;
        this.console = console;
    }

    @Override
    public Integer call() {
        if (template != null) {
            return writeTemplate();
        }
        if (csv == null || out == null) {
            throw usage("cli.batch.error.csv-out");
        }
        boolean pdf = format.equalsIgnoreCase("pdf");
        ImageFormat imageFormat = pdf ? ImageFormat.PNG
                : ImageFormat.fromFileName(Path.of("x." + format.toLowerCase(Locale.ROOT)))
                        .orElseThrow(() -> usage("cli.batch.error.format", format));
        if (!pdf && (cropMarks || dpi != null || singlePdf != null)) {
            throw usage("cli.batch.error.pdf-only");
        }
        if (dpi != null && (dpi < 36 || dpi > 1200)) {
            throw usage("cli.render.error.dpi", dpi);
        }
        if (quality < 1 || quality > 100) {
            throw usage("cli.render.error.quality", quality);
        }
        if (width != null && (width < DocumentOptions.MIN_WIDTH || width > DocumentOptions.MAX_WIDTH)) {
            throw usage("cli.render.error.width", width, DocumentOptions.MIN_WIDTH, DocumentOptions.MAX_WIDTH);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        if (threads != null && (threads < 1 || threads > 256)) {
            throw usage("cli.batch.error.threads", threads, 256);
        }
        if (resume && force) {
            throw usage("cli.batch.error.resume-force");
        }
        Optional<NamePattern> pattern;
        try {
            pattern = name == null ? Optional.empty() : Optional.of(NamePattern.parse(name));
        } catch (IllegalArgumentException e) {
            throw usage("cli.batch.error.name", name);
        }
        FramePack pack = packOption.loadFrame(services, console, frameId, spec);
        Frame frame = PackOption.frame(pack);
        BatchJob job = new BatchJob(csv, out, pack, frame, width == null ? frame.canvas().width() : width,
                imageFormat, quality / 100f, pattern, placement.toPlacement(spec),
                threads == null ? cores : threads, resume, force, failFast, pack.keywords(), columnMap())
                .withAgencyLogo(agencyLogo.read(services, frame, console));
        if (pdf) {
            job = job.withPdf(PdfOptions.defaults(PrintRender.title(Document.of(pack, frame)))
                    .withCropMarks(cropMarks).withDpi(dpi == null ? PdfOptions.DEFAULT_DPI : dpi));
        }
        if (singlePdf != null) {
            new AtomicFiles().checkWritable(singlePdf, force); // refuse before any row is rendered
        }
        BatchConsole said = new BatchConsole(services.messages(), console.err(),
                interactive() ? new ProgressLine(services.messages(), console.err()) : BatchListener.NONE);
        CombinedPdf combined = singlePdf == null ? null : new CombinedPdf(out, said);
        BatchSummary summary;
        BatchRunner runner = new BatchRunner(new CoreRowWork(services.images(), renderer(job), services.exporter(),
                services.checker()), services.messages());
        try (CtrlC ctrlC = CtrlC.catchUntilClosed(() -> {
            console.err().println();
            console.err().println(services.messages().get("cli.batch.interrupted"));
            console.err().flush();
        })) {
            summary = runner.run(job, combined == null ? said : combined, ctrlC::pressed);
            if (ctrlC.pressed()) {
                printSummary(summary, said);
                return CtrlC.EXIT_CODE;
            }
            if (combined != null) {
                int pages = combined.write(new AtomicFiles(), singlePdf, force);
                console.out().println(pages == 0 ? services.messages().get("cli.batch.single-pdf.none", singlePdf)
                        : services.messages().get("cli.batch.single-pdf.done", singlePdf, pages));
            }
        } catch (UncheckedIOException e) {
            console.err().println(services.messages().get("cli.batch.error.io", out, e.getCause().getMessage()));
            console.err().flush();
            return ExitCode.FAILURE;
        }
        printSummary(summary, said);
        if (summary.errors() > 0) {
            return ExitCode.FAILURE;
        }
        return summary.failed() > 0 ? ExitCode.BAD_INPUT : ExitCode.OK;
    }

    private void printSummary(BatchSummary summary, BatchConsole said) {
        double seconds = Math.max(summary.elapsed().toNanos() / 1e9, 1e-9);
        console.out().println(services.messages().get("cli.batch.done", summary.rows(), summary.done(),
                summary.skipped(), summary.failed() + summary.errors(), seconds, summary.done() / seconds));
        if (summary.notRun() > 0) {
            console.out().println(services.messages().get("cli.batch.not-run", summary.notRun()));
        }
        if (summary.noted() > 0) {
            console.out().println(services.messages().get("cli.batch.noted", summary.noted(), summary.report()));
        }
        if (said.existing() > 0) {
            console.out().println(services.messages().get("cli.batch.existing", said.existing(), out));
        }
        console.out().println(services.messages().get("cli.batch.report", summary.report()));
        console.out().flush();
    }

    /** {@code --column nama="Nama Lengkap"}: the field must be one of the frame's (checked against the sheet later). */
    private ColumnMap columnMap() {
        return new ColumnMap(columns);
    }

    private int writeTemplate() {
        if (csv != null || out != null) {
            throw usage("cli.batch.error.template-alone");
        }
        FramePack pack = packOption.loadFrame(services, console, frameId, spec);
        Frame frame = PackOption.frame(pack);
        CsvTemplate csvTemplate = CsvTemplate.forFrame(frame, services.messages());
        byte[] bytes = csvTemplate.text().getBytes(StandardCharsets.UTF_8);
        new AtomicFiles().write(template, force, stream -> stream.write(bytes));
        console.out().println(services.messages().get("cli.batch.template.done", template,
                String.join(String.valueOf(csvTemplate.separator()), csvTemplate.columns())));
        console.out().flush();
        return ExitCode.OK;
    }

    private static boolean interactive() {
        java.io.Console terminal = System.console();
        return terminal != null && terminal.isTerminal();
    }

    /**
     * With several workers every core already renders a photo of its own, so each render stays on its thread
     * (splitting one photo's resampling across cores as well would only make the workers wait for each other).
     */
    private Renderer renderer(BatchJob job) {
        return job.threads() > 1 ? new Renderer(services.fonts(), new Resampler(ResampleFilter.LANCZOS3, 1))
                : services.renderer();
    }

    private ParameterException usage(String key, Object... args) {
        return new ParameterException(spec.commandLine(), services.messages().get(key, args));
    }
}
