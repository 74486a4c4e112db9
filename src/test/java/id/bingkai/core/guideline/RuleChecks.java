// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.PlacedPhoto;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.Rule;
import id.bingkai.core.render.FontLibrary;
import id.bingkai.core.render.Renderer;
import id.bingkai.testing.TestFrames;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Runs the checker over a frame from {@link TestFrames} with a flat-coloured sample photo (see SamplePhotos). */
final class RuleChecks {
    static final FontLibrary FONTS = new FontLibrary();
    static final GuidelineChecker CHECKER = new GuidelineChecker(new Renderer(FONTS), FONTS);

    private RuleChecks() {
    }

    /** The frame with a flat-coloured photo of {@code w x h} pixels, cover-fitted. */
    static Document withPhoto(Frame frame, int rgb, int w, int h) {
        return withPhoto(frame, rgb, w, h, Placement.COVER);
    }

    static Document withPhoto(Frame frame, int rgb, int w, int h, Placement placement) {
        PhotoRef photo = new PhotoRef(Path.of(String.format("sample-%06x", rgb)), w, h);
        return Document.of(TestFrames.pack(frame), frame)
                .withPhoto(frame.primarySlot().id(), new PlacedPhoto(photo, placement));
    }

    /** A mid-grey 4000 x 4000 photo: sharp enough for anything, neutral behind text. */
    static Document withPhoto(Frame frame) {
        return withPhoto(frame, 0x808080, 4000, 4000);
    }

    static GuidelineReport check(Document doc) {
        return CHECKER.check(doc, GuidelineSettings.DEFAULT, Optional.empty(), new SamplePhotos());
    }

    static List<Finding> findings(Document doc, Rule rule) {
        return check(doc).findings().stream().filter(f -> f.rule() == rule).toList();
    }
}
