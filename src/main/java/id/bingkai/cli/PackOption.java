// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.model.FramePack;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The shared {@code --pack} option: a folder, a .zip or a twibbon .png; the built-in sample set when absent. */
public final class PackOption {
    @Option(names = {"-p", "--pack"}, paramLabel = "PACK", descriptionKey = "cli.option.pack")
    Path pack;

    FramePack load(Services services) {
        return pack == null ? services.packs().builtIn() : services.packs().load(pack);
    }
}
