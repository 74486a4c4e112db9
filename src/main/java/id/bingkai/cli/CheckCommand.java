// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import id.bingkai.core.guideline.CheckOptions;
import id.bingkai.core.guideline.Finding;
import id.bingkai.core.guideline.GuidelineReport;
import id.bingkai.core.guideline.UserFindings;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.Rect;
import id.bingkai.wiring.Services;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bingkai check}: the design {@code render} would make, checked against the guideline. Exits with 1 when
 * a finding blocks export, so a script can refuse to publish it. Shows what the user can act on, as the editor
 * does: advice the frame itself causes whatever the photo (its own logo outside WhatsApp's centre) is for
 * {@code lint}.
 */
@Command(name = "check")
final class CheckCommand implements Callable<Integer> {
    /** Exit code when a finding blocks export (README, exit codes). */
    static final int BLOCKED = 1;

    private final Services services;
    private final Console console;

    @Spec
    CommandSpec spec;

    @Mixin
    DocumentOptions document = new DocumentOptions();

    @Mixin
    PrintOptions print = new PrintOptions();

    @Option(names = "--json", descriptionKey = "cli.check.option.json")
    boolean json;

    CheckCommand(Services services, Console console) {
        this.services = services;
        this.console = console;
    }

    @Override
    public Integer call() {
        document.validate(services, spec);
        Document doc = document.document(services, console, spec);
        Frame frame = doc.frame();
        CheckOptions options = new CheckOptions(frame.guideline(), print.toSpec(spec),
                document.width == null ? 0 : document.width);
        GuidelineReport report = new UserFindings(services.checker()).check(doc, options, services.images());
        if (json) {
            console.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                    .toJson(toJson(report, services.messages())));
        } else {
            print(frame, report);
        }
        console.out().flush();
        return report.blocksExport() ? BLOCKED : ExitCode.OK;
    }

    private void print(Frame frame, GuidelineReport report) {
        Messages m = services.messages();
        String name = frame.name().get(m.locale());
        if (report.clean()) {
            console.out().println(m.get("cli.check.clean", frame.id(), name));
            return;
        }
        console.out().println(m.get("cli.check.header", frame.id(), name, report.findings().size(),
                report.blocking().size()));
        for (Finding f : report.findings()) {
            console.out().println(FindingText.format(m, f));
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
