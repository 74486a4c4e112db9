// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import id.bingkai.core.error.Problem;
import id.bingkai.core.model.FramePack;
import java.util.List;
import java.util.Objects;

/**
 * A pack that loaded, with what the user should still hear about it: a twibbon whose transparent hole is too small
 * to be a good photo place, for instance. Warnings never stop a pack from opening; each names its file and reason.
 */
public record LoadedPack(FramePack pack, List<Problem> warnings) {
    public LoadedPack {
        Objects.requireNonNull(pack, "pack");
        warnings = List.copyOf(warnings);
    }
}
