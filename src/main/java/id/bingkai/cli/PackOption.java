// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.wiring.Services;
import java.nio.file.Path;
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

    FramePack load(Services services) {
        return pack == null ? services.packs().builtIn() : services.packs().load(pack);
    }
}
