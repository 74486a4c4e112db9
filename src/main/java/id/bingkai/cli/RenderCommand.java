// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.io.export.ExportOptions;
import id.bingkai.core.io.export.ImageFormat;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bingkai render}: one photo in one frame, written as PNG or JPEG. */
@Command(name = "render")
final class RenderCommand implements Callable<Integer> {
    static final int MIN_WIDTH = 16;
    static final int MAX_WIDTH = 20_000;

    private final Services services;

    @Spec
    CommandSpec spec;

    @Mixin
    PackOption packOption = new PackOption();

    @Mixin
    PlacementOptions placement = new PlacementOptions();

    @Option(names = "--photo", required = true, paramLabel = "IMG", descriptionKey = "cli.render.option.photo")
    Path photo;

    @Option(names = {"-f", "--frame"}, paramLabel = "ID", descriptionKey = "cli.render.option.frame")
    String frameId;

    @Option(names = {"-t", "--text"}, paramLabel = "KEY=VALUE", descriptionKey = "cli.render.option.text")
    Map<String, String> texts = new LinkedHashMap<>();

    @Option(names = {"-w", "--width"}, paramLabel = "N", descriptionKey = "cli.render.option.width")
    Integer width;

    @Option(names = {"-q", "--quality"}, paramLabel = "Q", defaultValue = "90",
            descriptionKey = "cli.render.option.quality")
    int quality;

    @Option(names = "--force", descriptionKey = "cli.render.option.force")
    boolean force;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", descriptionKey = "cli.render.option.out")
    Path out;

    RenderCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        ImageFormat format = ImageFormat.fromFileName(out)
                .orElseThrow(() -> usage("cli.render.error.format", out));
        if (quality < 1 || quality > 100) {
            throw usage("cli.render.error.quality", quality);
        }
        if (width != null && (width < MIN_WIDTH || width > MAX_WIDTH)) {
            throw usage("cli.render.error.width", width, MIN_WIDTH, MAX_WIDTH);
        }
        services.exporter().checkTarget(out, force);
        FramePack pack = packOption.load(services);
        Frame frame = frameId == null ? pack.defaultFrame()
                : pack.frame(frameId).orElseThrow(() -> usage("cli.render.error.frame", frameId, pack.id(),
                        String.join(", ", pack.frames().stream().map(Frame::id).toList())));
        Document doc = Document.of(pack, frame);
        for (Map.Entry<String, String> entry : texts.entrySet()) {
            var field = frame.fields().stream().filter(f -> f.key().equals(entry.getKey())).findFirst()
                    .orElseThrow(() -> usage("cli.render.error.field", entry.getKey(), frame.id(),
                            String.join(", ", frame.fields().stream().map(f -> f.key()).toList())));
            if (entry.getValue().length() > field.maxLength()) {
                throw usage("cli.render.error.field-length", field.key(), field.maxLength());
            }
            doc = doc.withText(entry.getKey(), entry.getValue());
        }
        doc = doc.withPhoto(services.images().ref(photo));
        doc = doc.withPlacement(frame.primarySlot().id(), placement.toPlacement(spec));
        int outWidth = width == null ? frame.canvas().width() : width;
        BufferedImage image = services.renderer().render(doc, outWidth, services.images());
        services.exporter().write(image, out, new ExportOptions(format, quality / 100f, force,
                Keywords.of(pack)));
        services.out().println(services.messages().get("cli.render.done", out, image.getWidth(), image.getHeight()));
        services.out().flush();
        return ExitCode.OK;
    }

    private ParameterException usage(String key, Object... args) {
        return new ParameterException(spec.commandLine(), services.messages().get(key, args));
    }
}
