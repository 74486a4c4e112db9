// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every hostile case: the photos, the packs and the projects. */
final class HostileCorpus {
    private HostileCorpus() {
    }

    static List<HostileCase> all() {
        List<HostileCase> all = new ArrayList<>(HostileImages.all());
        all.addAll(HostilePacks.all());
        all.addAll(HostileFonts.all());
        all.addAll(HostileProjects.all());
        Set<String> names = new HashSet<>();
        for (HostileCase c : all) {
            if (!names.add(c.name())) {
                throw new IllegalStateException("two cases are named " + c.name());
            }
        }
        return List.copyOf(all);
    }
}
