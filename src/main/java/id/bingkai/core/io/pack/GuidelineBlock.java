// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import com.google.gson.JsonElement;
import id.bingkai.core.error.Problem;
import id.bingkai.core.model.GuidelineSettings;
import java.util.ArrayList;
import java.util.List;

/** Reads an optional {@code guideline} block over its base and moves its problems into the pack's list. */
final class GuidelineBlock {
    private GuidelineBlock() {
    }

    static GuidelineSettings read(JsonElement block, GuidelineSettings base, String path, Problems problems) {
        if (block == null) {
            return base;
        }
        List<Problem> found = new ArrayList<>();
        GuidelineSettings settings = new GuidelineSettingsReader(Problems.MANIFEST, found).read(block, base, path);
        found.forEach(p -> problems.add(p.file(), p.field(), p.reason()));
        return settings;
    }
}
