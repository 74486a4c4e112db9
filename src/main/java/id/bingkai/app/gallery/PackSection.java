// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.gallery;

import id.bingkai.app.packs.PackLibrary;
import id.bingkai.core.model.FrameKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The frames of one pack, grouped by kind (profile pictures, status, posters...) in the gallery. */
public record PackSection(PackLibrary.Entry entry, List<FrameTile> tiles) {
    public PackSection {
        tiles = List.copyOf(tiles);
    }

    public Map<FrameKind, List<FrameTile>> byKind() {
        Map<FrameKind, List<FrameTile>> groups = new LinkedHashMap<>();
        for (FrameKind kind : FrameKind.values()) {
            List<FrameTile> ofKind = tiles.stream().filter(t -> t.frame().kind() == kind).toList();
            if (!ofKind.isEmpty()) {
                groups.put(kind, ofKind);
            }
        }
        return groups;
    }
}
