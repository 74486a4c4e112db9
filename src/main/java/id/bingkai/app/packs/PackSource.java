// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.packs;

import id.bingkai.core.io.pack.LoadedPack;
import id.bingkai.core.model.FramePack;
import java.nio.file.Path;
import java.util.List;

/** The core pack loader as the editor uses it. */
public interface PackSource {
    FramePack builtIn();

    /** A folder, a .zip or a twibbon .png; throws PackException / BadInputException with every problem. */
    FramePack load(Path pack);

    /** As {@link #load}, with the pack's warnings (a twibbon hole too small for a photo); none by default. */
    default LoadedPack open(Path pack) {
        return new LoadedPack(load(pack), List.of());
    }
}
