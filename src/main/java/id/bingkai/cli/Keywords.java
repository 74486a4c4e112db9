// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.model.FramePack;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The XMP keywords an export carries: the pack's tag and always the campaign tag. */
final class Keywords {
    private Keywords() {
    }

    static List<String> of(FramePack pack) {
        Set<String> keywords = new LinkedHashSet<>();
        keywords.add(FramePack.CAMPAIGN_TAG);
        if (!pack.tag().isBlank()) {
            keywords.add(pack.tag());
        }
        return List.copyOf(keywords);
    }
}
