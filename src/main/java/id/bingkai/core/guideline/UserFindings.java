// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.render.PhotoSource;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The findings a user can act on. Advice the frame itself causes whatever photo and placement are chosen (a logo
 * the pack put outside WhatsApp's centre, its own small title) is the pack designer's business: {@code lint}
 * reports it, and the editor leaves it out so a civil servant is not told to fix what they cannot change.
 * Blocking findings always stay, because they stop the export.
 */
public final class UserFindings {
    private static final int MAX_FRAMES = 64;

    private final GuidelineChecker checker;
    private final GuidelineLint lint;
    private final Map<FrameKey, Set<String>> fixed = new ConcurrentHashMap<>();

    private record FrameKey(FramePack pack, Frame frame, CheckOptions options) {
    }

    public UserFindings(GuidelineChecker checker) {
        this.checker = checker;
        this.lint = new GuidelineLint(checker);
    }

    public GuidelineReport check(Document doc, CheckOptions options, PhotoSource photos) {
        GuidelineReport full = checker.check(doc, options, photos);
        if (full.findings().stream().allMatch(Finding::blocking)) {
            return full;
        }
        Set<String> frameOwn = frameFindings(doc, options);
        return new GuidelineReport(full.findings().stream()
                .filter(f -> f.blocking() || !frameOwn.contains(GuidelineLint.key(f))).toList());
    }

    private Set<String> frameFindings(Document doc, CheckOptions options) {
        if (fixed.size() > MAX_FRAMES) {
            fixed.clear();
        }
        return fixed.computeIfAbsent(new FrameKey(doc.pack(), doc.frame(), options.withExportWidth(0)),
                k -> lint.photoIndependent(k.pack(), k.frame(), options.settings(), options.paper()).stream()
                        .map(GuidelineLint::key).collect(Collectors.toUnmodifiableSet()));
    }
}
