// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.TextField;
import id.bingkai.wiring.Services;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bingkai frames}: lists the frames of a pack, each with the text fields a batch CSV fills. */
@Command(name = "frames")
final class FramesCommand implements Callable<Integer> {
    private final Services services;
    private final Console console;

    @Mixin
    PackOption packOption = new PackOption();

    @Option(names = "--json", descriptionKey = "cli.frames.option.json")
    boolean json;

    FramesCommand(Services services, Console console) {
        this.services = services;
        this.console = console;
    }

    @Override
    public Integer call() {
        FramePack pack = packOption.load(services, console);
        if (json) {
            JsonArray array = new JsonArray();
            for (Frame frame : pack.frames()) {
                JsonObject o = new JsonObject();
                o.addProperty("id", frame.id());
                o.addProperty("kind", frame.kind().id());
                o.addProperty("width", frame.canvas().width());
                o.addProperty("height", frame.canvas().height());
                o.addProperty("name", frame.name().get(services.messages().locale()));
                o.addProperty("pack", pack.id());
                o.addProperty("sample", pack.sample());
                JsonArray fields = new JsonArray();
                for (TextField field : frame.fields()) {
                    JsonObject f = new JsonObject();
                    f.addProperty("key", field.key());
                    f.addProperty("label", field.label().get(services.messages().locale()));
                    f.addProperty("maxLength", field.maxLength());
                    fields.add(f);
                }
                o.add("fields", fields);
                array.add(o);
            }
            console.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(array));
        } else {
            String title = pack.name().get(services.messages().locale());
            console.out().println(pack.sample()
                    ? services.messages().get("cli.frames.header.sample", title)
                    : services.messages().get("cli.frames.header", title));
            for (Frame frame : pack.frames()) {
                console.out().printf("%-24s %-8s %5d x %-5d %s%n", frame.id(), frame.kind().id(),
                        frame.canvas().width(), frame.canvas().height(),
                        frame.name().get(services.messages().locale()));
                if (!frame.fields().isEmpty()) {
                    console.out().println(services.messages().get("cli.frames.fields", String.join(", ",
                            frame.fields().stream().map(f -> services.messages().get("cli.frames.field", f.key(),
                                    f.label().get(services.messages().locale()), f.maxLength())).toList())));
                }
            }
        }
        console.out().flush();
        return ExitCode.OK;
    }
}
