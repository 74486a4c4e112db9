// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.packs;

import id.bingkai.core.model.FramePack;
import java.nio.file.Path;

/** The core pack loader as the editor uses it. */
public interface PackSource {
    FramePack builtIn();

    /** A folder, a .zip or a twibbon .png; throws PackException / BadInputException with every problem. */
    FramePack load(Path pack);
}
