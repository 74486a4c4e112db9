// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import id.bingkai.core.i18n.Msg;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The entries of a zip pack, checked by name before any byte is inflated: the path rules, no duplicates, no
 * names that differ only in case (they would overwrite each other on Windows and macOS), and where the
 * manifest is (at the root or inside one single top-level folder). The {@code __MACOSX/} folder that macOS adds
 * is ignored.
 *
 * @param files          entries by their path relative to the manifest
 * @param lowerCaseNames the same paths by their lower-case form, to explain a lookup that differs in case
 */
record ZipIndex(Map<String, ZipEntry> files, Map<String, String> lowerCaseNames) {
    static final String MANIFEST = "manifest.json";
    private static final String MAC_FOLDER = "__MACOSX/";

    /** The index, or empty when the zip has far too many entries or no manifest where one is expected. */
    static Optional<ZipIndex> of(ZipFile zip, String zipName, PackLimits limits, Problems problems) {
        if (zip.size() > limits.maxEntries()) {
            problems.add(zipName, "", "pack.problem.zip.tooManyEntries", zip.size(), limits.maxEntries());
            return Optional.empty();
        }
        Map<String, ZipEntry> all = new LinkedHashMap<>();
        Map<String, String> seenLower = new HashMap<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            String raw = entry.getName();
            if (raw.startsWith(MAC_FOLDER)) {
                continue;
            }
            String name = raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
            Optional<Msg> bad = PackPaths.check(name);
            if (bad.isPresent()) {
                problems.add(raw.isBlank() ? zipName : raw, "", bad.get()); // a nameless entry: name the zip
                continue;
            }
            String key = PackPaths.normalise(name);
            if (all.containsKey(key)) {
                problems.add(raw, "", "pack.problem.zip.duplicate");
                continue;
            }
            String other = seenLower.putIfAbsent(key.toLowerCase(Locale.ROOT), key);
            if (other != null) {
                problems.add(raw, "", "pack.problem.zip.caseCollision", other);
                continue;
            }
            all.put(key, entry);
        }
        Optional<String> prefix = manifestFolder(all);
        if (prefix.isEmpty()) {
            // A pack passed around in chats often arrives zipped once more; say so instead of "no manifest".
            Optional<String> inner = all.keySet().stream()
                    .filter(name -> name.toLowerCase(Locale.ROOT).endsWith(".zip")).findFirst();
            if (inner.isPresent()) {
                problems.add(inner.get(), "", "pack.problem.zip.nested");
            } else {
                problems.add(MANIFEST, "", "pack.problem.manifest.missingInZip");
            }
            return Optional.empty();
        }
        Map<String, ZipEntry> files = new LinkedHashMap<>();
        Map<String, String> lower = new HashMap<>();
        all.forEach((name, entry) -> {
            if (name.startsWith(prefix.get()) && name.length() > prefix.get().length()) {
                String relative = name.substring(prefix.get().length());
                files.put(relative, entry);
                lower.put(relative.toLowerCase(Locale.ROOT), relative);
            }
        });
        return Optional.of(new ZipIndex(Map.copyOf(files), Map.copyOf(lower)));
    }

    /** "" for a manifest at the root, "folder/" for one inside the only top-level folder. */
    private static Optional<String> manifestFolder(Map<String, ZipEntry> all) {
        if (all.containsKey(MANIFEST) && !all.get(MANIFEST).isDirectory()) {
            return Optional.of("");
        }
        Set<String> tops = new LinkedHashSet<>();
        for (String name : all.keySet()) {
            int slash = name.indexOf('/');
            tops.add(slash < 0 ? name : name.substring(0, slash));
        }
        if (tops.size() == 1) {
            String folder = tops.iterator().next() + "/";
            ZipEntry manifest = all.get(folder + MANIFEST);
            if (manifest != null && !manifest.isDirectory()) {
                return Optional.of(folder);
            }
        }
        return Optional.empty();
    }
}
