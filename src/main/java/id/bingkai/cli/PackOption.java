// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.error.Problem;
import id.bingkai.core.io.pack.LoadedPack;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.wiring.Services;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The shared {@code --pack} option: a folder, a .zip or a twibbon .png; the built-in sample set when absent. */
public final class PackOption {
    @Option(names = {"-p", "--pack"}, paramLabel = "PACK", descriptionKey = "cli.option.pack")
    Path pack;

    /** The frame {@code --frame} names, or the pack's default (first profile) frame; a usage error otherwise. */
    static Frame frame(FramePack pack, String frameId, Services services, CommandSpec spec) {
        return frameId == null ? pack.defaultFrame()
                : pack.frame(frameId).orElseThrow(() -> new ParameterException(spec.commandLine(),
                        services.messages().get("cli.render.error.frame", frameId, pack.id(),
                                String.join(", ", pack.frames().stream().map(Frame::id).toList()))));
    }

    /** Loads the pack; its warnings (a twibbon hole too small for a photo) go to stderr and change no exit code. */
    FramePack load(Services services, Console console) {
        if (pack == null) {
            return services.packs().builtIn();
        }
        LoadedPack loaded = services.packs().open(pack);
        warn(services, console, loaded.warnings());
        return loaded.pack();
    }

    static void warn(Services services, Console console, List<Problem> warnings) {
        for (Problem w : warnings) {
            console.err().println(services.messages().get("cli.pack.warning",
                    ProblemText.format(services.messages(), w)));
        }
        console.err().flush();
    }
}
