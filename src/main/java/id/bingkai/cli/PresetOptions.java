// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.io.export.ExportNames;
import id.bingkai.core.io.export.ExportOptions;
import id.bingkai.core.io.export.ExportPreset;
import id.bingkai.core.io.export.ExportSet;
import id.bingkai.core.io.export.ExportSetWriter;
import id.bingkai.core.io.export.ImageFormat;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.wiring.Services;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code render --preset}: the sizes named after where the picture goes. One preset with an image file as
 * {@code --out} writes that file at its size; several (or {@code all}, every preset that suits the frame), or an
 * {@code --out} without an image extension, write the core's export set into that folder, listing every file.
 */
final class PresetOptions {
    static final String ALL = "all";

    @Option(names = "--preset", split = ",", paramLabel = "PRESET",
            descriptionKey = "cli.render.option.preset")
    List<String> presets = new ArrayList<>();

    @Option(names = "--format", paramLabel = "jpg|png", descriptionKey = "cli.render.option.format")
    String format;

    boolean isSet() {
        return !presets.isEmpty();
    }

    /** Renders the presets asked for; {@code out} is a file for one preset, a folder for several. */
    int render(Services services, Console console, CommandSpec spec, DocumentOptions document, Path out, int quality,
            boolean force) {
        document.validate(services, spec);
        if (document.width != null) {
            throw usage(services, spec, "cli.render.error.preset-width");
        }
        ImageFormat asked = format == null ? null : ImageFormat.fromFileName(Path.of("x." + format.toLowerCase(
                Locale.ROOT))).orElseThrow(() -> usage(services, spec, "cli.batch.error.format", format));
        boolean many = presets.size() > 1 || presets.stream().anyMatch(p -> p.strip().equalsIgnoreCase(ALL));
        if (many && ImageFormat.fromFileName(out).isPresent()) {
            throw usage(services, spec, "cli.render.error.preset-folder", out);
        }
        ImageFormat single = many ? null : ImageFormat.fromFileName(out).orElse(null);
        if (single != null && asked != null && asked != single) {
            throw usage(services, spec, "cli.render.error.preset-format", out, format);
        }
        if (single != null) {
            services.exporter().checkTarget(out, force);
        }
        Document doc = document.document(services, console, spec);
        List<ExportPreset> chosen = resolve(doc.frame(), services, spec);
        List<String> keywords = doc.pack().keywords();
        int widest = chosen.stream().mapToInt(ExportPreset::width).max().orElse(doc.frame().canvas().width());
        if (GuidelineGate.blocks(services, console, doc, widest, out)) {
            return CheckCommand.BLOCKED;
        }
        if (single != null) {
            BufferedImage image = services.renderer().render(doc, chosen.getFirst().width(), services.images());
            services.exporter().write(image, out, new ExportOptions(single, quality / 100f, force, keywords));
            done(services, console, out, image.getWidth(), image.getHeight());
        } else {
            ImageFormat f = asked == null ? ImageFormat.JPEG : asked;
            ExportSet set = ExportSet.plan(doc.frame().canvas(), chosen, out, ExportNames.baseName(doc), f);
            new ExportSetWriter(services.exporter()).write(set, w -> services.renderer().render(doc, w,
                    services.images()), new ExportOptions(f, quality / 100f, force, keywords),
                    (n, total, file) -> done(services, console, file.path(), file.width(), file.height()));
        }
        return ExitCode.OK;
    }

    /** The presets by name, each checked against the frame; {@code all} is every preset that suits it. */
    List<ExportPreset> resolve(Frame frame, Services services, CommandSpec spec) {
        List<ExportPreset> suiting = ExportPreset.suiting(frame.canvas());
        String names = suiting.stream().map(ExportPreset::id).collect(Collectors.joining(", "));
        Set<ExportPreset> chosen = new LinkedHashSet<>();
        for (String name : presets) {
            if (name.strip().equalsIgnoreCase(ALL)) {
                if (suiting.isEmpty()) {
                    throw usage(services, spec, "cli.render.error.preset-none", frame.id(), frame.canvas().width(),
                            frame.canvas().height());
                }
                chosen.addAll(suiting);
                continue;
            }
            ExportPreset p = ExportPreset.byId(name)
                    .orElseThrow(() -> usage(services, spec, "cli.render.error.preset", name));
            if (!p.suits(frame.canvas())) {
                throw usage(services, spec, suiting.isEmpty() ? "cli.render.error.preset-none"
                        : "cli.render.error.preset-frame", frame.id(), frame.canvas().width(),
                        frame.canvas().height(), p.id(), names);
            }
            chosen.add(p);
        }
        return List.copyOf(chosen);
    }

    private static void done(Services services, Console console, Path file, int width, int height) {
        console.out().println(services.messages().get("cli.render.done", file, width, height));
        console.out().flush();
    }

    private static ParameterException usage(Services services, CommandSpec spec, String key, Object... args) {
        return DocumentOptions.usage(services, spec, key, args);
    }
}
