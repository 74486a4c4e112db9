// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.error.Problem;
import id.bingkai.core.io.pack.LoadedPack;
import id.bingkai.core.io.pack.UnknownFrameException;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.wiring.Services;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The shared {@code --pack} option: a folder, a .zip or a twibbon .png; the built-in sample set when absent. */
public final class PackOption {
    @Option(names = {"-p", "--pack"}, paramLabel = "PACK", descriptionKey = "cli.option.pack")
    Path pack;

    /**
     * Loads the pack with only the frame {@code --frame} names, or the pack's default (first profile) frame when
     * {@code frameId} is null: the other frames' files are not read ({@code PackLoader.openFrame}). A frame the
     * pack does not have is a usage error listing the pack's frames. Warnings go to stderr as in {@link #load}.
     *
     * @return the pack, whose {@code frames()} is that one frame
     */
    FramePack loadFrame(Services services, Console console, String frameId, CommandSpec spec) {
        Optional<String> wanted = Optional.ofNullable(frameId);
        try {
            if (pack == null) {
                return services.packs().builtInFrame(wanted);
            }
            LoadedPack loaded = services.packs().openFrame(pack, wanted);
            warn(services, console, loaded.warnings());
            return loaded.pack();
        } catch (UnknownFrameException e) {
            throw new ParameterException(spec.commandLine(), services.messages().get("cli.render.error.frame",
                    e.frameId(), e.packId(), String.join(", ", e.frameIds())));
        }
    }

    /** The one frame of a pack {@link #loadFrame} returned. */
    static Frame frame(FramePack pack) {
        return pack.frames().getFirst();
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
