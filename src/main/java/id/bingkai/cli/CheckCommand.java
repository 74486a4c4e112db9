// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import id.bingkai.core.guideline.CheckOptions;
import id.bingkai.core.guideline.Finding;
import id.bingkai.core.guideline.GuidelineChecker;
import id.bingkai.core.guideline.GuidelineReport;
import id.bingkai.core.guideline.GuidelineSettings;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.TextField;
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

/**
 * {@code bingkai check}: the design {@code render} would make, checked against the guideline. Exits with 1 when
 * a finding blocks export, so a script can refuse to publish it.
 */
@Command(name = "check")
final class CheckCommand implements Callable<Integer> {
    /** Exit code when a finding blocks export (README, exit codes). */
    static final int BLOCKED = 1;

    private final Services services;
    private final GuidelineChecker checker;

    @Spec
    CommandSpec spec;

    @Mixin
    PackOption packOption = new PackOption();

    @Mixin
    PlacementOptions placement = new PlacementOptions();

    @Mixin
    PrintOptions print = new PrintOptions();

    @Option(names = "--photo", required = true, paramLabel = "IMG", descriptionKey = "cli.render.option.photo")
    Path photo;

    @Option(names = {"-f", "--frame"}, paramLabel = "ID", descriptionKey = "cli.render.option.frame")
    String frameId;

    @Option(names = {"-t", "--text"}, paramLabel = "KEY=VALUE", descriptionKey = "cli.render.option.text")
    Map<String, String> texts = new LinkedHashMap<>();

    @Option(names = {"-w", "--width"}, paramLabel = "N", descriptionKey = "cli.render.option.width")
    Integer width;

    @Option(names = "--json", descriptionKey = "cli.check.option.json")
    boolean json;

    CheckCommand(Services services, GuidelineChecker checker) {
        this.services = services;
        this.checker = checker;
    }

    @Override
    public Integer call() {
        if (width != null && (width < RenderCommand.MIN_WIDTH || width > RenderCommand.MAX_WIDTH)) {
            throw usage("cli.render.error.width", width, RenderCommand.MIN_WIDTH, RenderCommand.MAX_WIDTH);
        }
        CheckOptions options = new CheckOptions(GuidelineSettings.DEFAULT, print.toSpec(spec),
                width == null ? 0 : width);
        FramePack pack = packOption.load(services);
        Frame frame = frameId == null ? pack.defaultFrame()
                : pack.frame(frameId).orElseThrow(() -> usage("cli.render.error.frame", frameId, pack.id(),
                        String.join(", ", pack.frames().stream().map(Frame::id).toList())));
        Document doc = Document.of(pack, frame);
        for (Map.Entry<String, String> entry : texts.entrySet()) {
            TextField field = frame.fields().stream().filter(f -> f.key().equals(entry.getKey())).findFirst()
                    .orElseThrow(() -> usage("cli.render.error.field", entry.getKey(), frame.id(),
                            String.join(", ", frame.fields().stream().map(TextField::key).toList())));
            if (entry.getValue().length() > field.maxLength()) {
                throw usage("cli.render.error.field-length", field.key(), field.maxLength());
            }
            doc = doc.withText(entry.getKey(), entry.getValue());
        }
        doc = doc.withPhoto(services.images().ref(photo));
        doc = doc.withPlacement(frame.primarySlot().id(), placement.toPlacement(spec));
        GuidelineReport report = checker.check(doc, options, services.images());
        if (json) {
            services.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                    .toJson(toJson(report, services.messages())));
        } else {
            print(frame, report);
        }
        services.out().flush();
        return report.blocksExport() ? BLOCKED : ExitCode.OK;
    }

    private void print(Frame frame, GuidelineReport report) {
        Messages m = services.messages();
        String name = frame.name().get(m.locale());
        if (report.clean()) {
            services.out().println(m.get("cli.check.clean", frame.id(), name));
            return;
        }
        services.out().println(m.get("cli.check.header", frame.id(), name, report.findings().size(),
                report.blocking().size()));
        for (Finding f : report.findings()) {
            services.out().println(FindingText.format(m, f));
        }
    }

    static JsonArray toJson(GuidelineReport report, Messages m) {
        JsonArray array = new JsonArray();
        for (Finding f : report.findings()) {
            JsonObject o = new JsonObject();
            o.addProperty("rule", f.rule().id());
            o.addProperty("severity", f.severity().id());
            o.addProperty("message", m.format(f.message()));
            Rect r = f.region();
            JsonObject region = new JsonObject();
            region.addProperty("x", round(r.x()));
            region.addProperty("y", round(r.y()));
            region.addProperty("width", round(r.width()));
            region.addProperty("height", round(r.height()));
            o.add("region", region);
            f.layerId().ifPresent(id -> o.addProperty("layer", id));
            array.add(o);
        }
        return array;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private ParameterException usage(String key, Object... args) {
        return new ParameterException(spec.commandLine(), services.messages().get(key, args));
    }
}
