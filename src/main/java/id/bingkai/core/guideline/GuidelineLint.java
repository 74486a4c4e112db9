// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.TextField;
import id.bingkai.core.model.PlacedPhoto;
import id.bingkai.core.model.Placement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds what a pack author must fix: the findings a frame has whatever photo the user picks. Each frame is
 * checked with its default texts and several made-up photos (black, white, grey, each filling its slots);
 * a finding that appears with every one of them does not depend on the photo. Blocking ones mean the frame
 * can never be exported.
 */
public final class GuidelineLint {
    private final GuidelineChecker checker;

    public GuidelineLint(GuidelineChecker checker) {
        this.checker = Objects.requireNonNull(checker, "checker");
    }

    /** One frame and the findings it has with every photo. */
    public record FrameFindings(Frame frame, List<Finding> findings) {
        public FrameFindings {
            findings = List.copyOf(findings);
        }

        /** Whether no photo can make this frame exportable. */
        public boolean neverPasses() {
            return findings.stream().anyMatch(Finding::blocking);
        }
    }

    /** Every frame of the pack with its photo-independent findings (frames without any are left out). */
    public List<FrameFindings> lint(FramePack pack, Function<Frame, GuidelineSettings> settings,
            Optional<PrintSpec> paper) {
        List<FrameFindings> result = new ArrayList<>();
        for (Frame frame : pack.frames()) {
            List<Finding> found = photoIndependent(pack, frame, settings.apply(frame), paper);
            if (!found.isEmpty()) {
                result.add(new FrameFindings(frame, found));
            }
        }
        return List.copyOf(result);
    }

    /** The findings of one frame that every sample photo produces. */
    public List<Finding> photoIndependent(FramePack pack, Frame frame, GuidelineSettings settings,
            Optional<PrintSpec> paper) {
        SamplePhotos photos = new SamplePhotos();
        Map<String, Finding> common = null;
        for (int rgb : SamplePhotos.COLOURS) {
            Document doc = Document.of(pack, frame);
            for (TextField field : frame.fields()) {
                doc = doc.withText(field.key(), sampleText(field));
            }
            for (PhotoSlot slot : frame.slots()) {
                doc = doc.withPhoto(slot.id(), new PlacedPhoto(SamplePhotos.ref(rgb, slot.bounds()), Placement.COVER));
            }
            Map<String, Finding> found = new LinkedHashMap<>();
            for (Finding f : checker.check(doc, settings, paper, photos).findings()) {
                found.putIfAbsent(key(f), f);
            }
            if (common == null) {
                common = found;
            } else {
                common.keySet().retainAll(found.keySet());
            }
        }
        return List.copyOf(common.values());
    }

    /**
     * What a civil servant typically types into a field (a name of ordinary length), so that a field the frame sets
     * too small to read is the frame's finding, reported here and left out of the editor's list, where the user
     * could do nothing about it.
     */
    static String sampleText(TextField field) {
        String sample = "Siti Aminah Lestari";
        return sample.substring(0, Math.min(sample.length(), field.maxLength()));
    }

    static String key(Finding f) {
        return f.rule().id() + "|" + f.layerId().orElse("") + "|" + f.message().key();
    }
}
