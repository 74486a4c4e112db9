// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.io.export.ExportOptions;
import id.bingkai.core.io.export.ImageFormat;
import id.bingkai.core.model.Document;
import id.bingkai.wiring.Services;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bingkai render}: one photo in one frame, written as PNG or JPEG. A design the guideline blocks (as
 * {@code check} and the editor would) is not written: the findings are printed and the exit code is 1, as check's.
 */
@Command(name = "render")
final class RenderCommand implements Callable<Integer> {
    private final Services services;
    private final Console console;

    @Spec
    CommandSpec spec;

    @Mixin
    DocumentOptions document = new DocumentOptions();

    @Mixin
    PresetOptions presets = new PresetOptions();

    @Option(names = {"-q", "--quality"}, paramLabel = "Q", defaultValue = "90",
            descriptionKey = "cli.render.option.quality")
    int quality;

    @Option(names = "--force", descriptionKey = "cli.render.option.force")
    boolean force;

    @Option(names = "--crop-marks", descriptionKey = "cli.render.option.crop-marks")
    boolean cropMarks;

    @Option(names = "--dpi", paramLabel = "N", descriptionKey = "cli.render.option.dpi")
    Integer dpi;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE|DIR",
            descriptionKey = "cli.render.option.out")
    Path out;

    RenderCommand(Services services, Console console) {
        this.services = services;
        this.console = console;
    }

    @Override
    public Integer call() {
        if (quality < 1 || quality > 100) {
            throw usage("cli.render.error.quality", quality);
        }
        if (presets.isSet()) {
            return presets.render(services, console, spec, document, out, quality, force);
        }
        if (dpi != null && (dpi < 36 || dpi > 1200)) {
            throw usage("cli.render.error.dpi", dpi);
        }
        if (dpi != null && document.width != null) {
            throw usage("cli.render.error.dpiAndWidth");
        }
        if (PrintRender.isPdf(out)) {
            return new PrintRender(services, console, spec).pdf(document, out, cropMarks, dpi, force);
        }
        if (cropMarks) {
            throw usage("cli.render.error.cropMarksPdf");
        }
        ImageFormat format = ImageFormat.fromFileName(out)
                .orElseThrow(() -> usage("cli.render.error.format", out));
        document.validate(services, spec);
        services.exporter().checkTarget(out, force);
        Document doc = document.document(services, console, spec);
        int outWidth = dpi == null ? document.width(doc.frame()) : PrintRender.width(doc.frame(), dpi, spec, services);
        Optional<BufferedImage> rendered = GuidelineGate.renderUnlessBlocked(services, console, doc, outWidth, out,
                () -> services.renderer().render(doc, outWidth, services.images()));
        if (rendered.isEmpty()) {
            return CheckCommand.BLOCKED;
        }
        BufferedImage image = rendered.get();
        ExportOptions options = new ExportOptions(format, quality / 100f, force, doc.pack().keywords());
        services.exporter().write(image, out, dpi == null ? options : options.withDpi(dpi));
        console.out().println(services.messages().get("cli.render.done", out, image.getWidth(), image.getHeight()));
        console.out().flush();
        return ExitCode.OK;
    }

    private ParameterException usage(String key, Object... args) {
        return new ParameterException(spec.commandLine(), services.messages().get(key, args));
    }
}
