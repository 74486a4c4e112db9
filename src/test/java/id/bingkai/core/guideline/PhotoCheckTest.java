// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import static id.bingkai.core.guideline.RuleChecks.findings;
import static id.bingkai.testing.TestFrames.profile;
import static id.bingkai.core.guideline.RuleChecks.withPhoto;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.LocalizedText;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.PlacedPhoto;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.Rule;
import id.bingkai.core.model.Severity;
import id.bingkai.core.model.SlotShape;
import id.bingkai.testing.TestFrames;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhotoCheckTest {
    @Test
    void coverFitFillsTheSlot() {
        assertThat(findings(withPhoto(profile(), 0x808080, 4000, 3000), Rule.PHOTO_COVERAGE)).isEmpty();
    }

    @Test
    void zoomedOutPhotoLeavesEmptyEdgesAndBlocksExport() {
        var doc = withPhoto(profile(), 0x808080, 4000, 3000, new Placement(0, 0, 0.8, 0, false));
        assertThat(findings(doc, Rule.PHOTO_COVERAGE)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
            assertThat(f.message().key()).isEqualTo("guideline.photo-coverage.gap");
        });
        assertThat(RuleChecks.check(doc).blocksExport()).isTrue();
    }

    @Test
    void photoMovedAsideLeavesAGapOnTheOtherSide() {
        var doc = withPhoto(profile(), 0x808080, 3000, 3000, new Placement(0.2, 0, 1, 0, false));
        assertThat(findings(doc, Rule.PHOTO_COVERAGE)).singleElement()
                .satisfies(f -> assertThat(f.region().maxX()).isLessThanOrEqualTo(216 + 0.5));
    }

    /**
     * The threshold is half a canvas unit ({@link Geometry#EPSILON}): a sliver of one unit is an empty edge the
     * user will see, a third of a unit is rounding. Gaps either side of it, across and down.
     */
    @ParameterizedTest(name = "gap of {0} units, moved {1}")
    @CsvSource({"0.3, across, 0", "0.3, down, 0", "0.6, across, 1", "1, across, 1", "1, down, 1", "2, down, 1",
        "12, across, 1", "13, down, 1"})
    void thinGapsJustAboveTheThresholdAreFoundAndThoseBelowAreNot(double gap, String direction, int expected) {
        double offset = gap / 1080;
        Placement moved = direction.equals("across") ? new Placement(offset, 0, 1, 0, false)
                : new Placement(0, offset, 1, 0, false);
        var doc = withPhoto(profile(), 0x808080, 3000, 3000, moved);

        List<Finding> found = findings(doc, Rule.PHOTO_COVERAGE);

        assertThat(found).hasSize(expected);
        found.forEach(f -> {
            Rect r = f.region();
            assertThat(direction.equals("across") ? r.width() : r.height()).as("the sliver's thickness")
                    .isCloseTo(gap, org.assertj.core.data.Offset.offset(0.05));
            assertThat(direction.equals("across") ? r.height() : r.width()).as("along the whole edge")
                    .isCloseTo(1080, org.assertj.core.data.Offset.offset(0.5));
        });
    }

    @Test
    void rotatedPhotoAtCoverZoomShowsCorners() {
        var doc = withPhoto(profile(), 0x808080, 3000, 3000, new Placement(0, 0, 1, 10, false));
        assertThat(findings(doc, Rule.PHOTO_COVERAGE)).hasSize(1);
        var zoomed = withPhoto(profile(), 0x808080, 3000, 3000, new Placement(0, 0, 1.4, 10, false));
        assertThat(findings(zoomed, Rule.PHOTO_COVERAGE)).isEmpty();
    }

    @Test
    void emptySlotIsFound() {
        var frame = profile();
        var doc = Document.of(TestFrames.pack(frame), frame);
        assertThat(findings(doc, Rule.PHOTO_COVERAGE)).singleElement()
                .satisfies(f -> assertThat(f.message().key()).isEqualTo("guideline.photo-coverage.empty"));
    }

    @Test
    void anEmptySlotIsNamedAsTheEditorNamesIt() {
        Messages id = new Messages(java.util.Locale.of("id"));
        var one = profile();
        assertThat(id.format(findings(Document.of(TestFrames.pack(one), one), Rule.PHOTO_COVERAGE).getFirst()
                .message())).isEqualTo("Tempat foto masih kosong. Tambahkan foto.");

        var left = PhotoSlot.of("kiri", SlotShape.RECTANGLE, new Rect(0, 0, 540, 1080));
        var right = PhotoSlot.of("kanan", SlotShape.ELLIPSE, new Rect(540, 0, 540, 1080));
        var two = new Frame("duo", LocalizedText.of("Duo"), FrameKind.POSTER, new CanvasSize(1080, 1080),
                Optional.empty(), List.of(left, right), List.of(), List.of(), false);
        var doc = Document.of(TestFrames.pack(two), two).withPhoto("kiri",
                new PlacedPhoto(new PhotoRef(Path.of("kiri.jpg"), 4000, 4000), Placement.COVER));
        assertThat(findings(doc, Rule.PHOTO_COVERAGE)).singleElement()
                .satisfies(f -> assertThat(id.format(f.message())).isEqualTo("Foto 2 masih kosong. Tambahkan foto."));
        var shrunk = doc.withPhoto("kanan", new PlacedPhoto(new PhotoRef(Path.of("kanan.jpg"), 4000, 4000),
                new Placement(0, 0, 0.5, 0, false)));
        assertThat(findings(shrunk, Rule.PHOTO_COVERAGE)).singleElement()
                .satisfies(f -> assertThat(new Messages(java.util.Locale.ENGLISH).format(f.message()))
                        .startsWith("Photo 2 does not fill its place"));
    }

    @Test
    void smallPhotoEnlargedPastTheLimitIsFound() {
        // 600 px stretched over 1080 is 1.8 times; 800 px is 1.35 times, within the default 1.5.
        assertThat(findings(withPhoto(profile(), 0x808080, 600, 600), Rule.PHOTO_RESOLUTION)).singleElement()
                .satisfies(f -> assertThat(f.message().key()).isEqualTo("guideline.photo-resolution.upscaled"));
        assertThat(findings(withPhoto(profile(), 0x808080, 800, 800), Rule.PHOTO_RESOLUTION)).isEmpty();
    }

    @Test
    void exportingSmallerThanTheDesignSizeNeedsFewerPixels() {
        var doc = withPhoto(profile(), 0x808080, 600, 600);
        var at640 = RuleChecks.CHECKER.check(doc, CheckOptions.screen(GuidelineSettings.DEFAULT).withExportWidth(640),
                new SamplePhotos());
        assertThat(at640.findings()).noneMatch(f -> f.rule() == Rule.PHOTO_RESOLUTION);
    }

    @Test
    void zoomingInCountsAsEnlarging() {
        var doc = withPhoto(profile(), 0x808080, 1080, 1080, new Placement(0, 0, 2, 0, false));
        assertThat(findings(doc, Rule.PHOTO_RESOLUTION)).hasSize(1);
    }

    @Test
    void photoUnder150PpiOnA4IsTooSoftForPrint() {
        // The A4 canvas with bleed is 216 mm (8.5 in) wide: 1200 px give 141 ppi, 3000 px give 353 ppi.
        var frame = TestFrames.frame(FrameKind.POSTER, 2551, 3579, new Rect(0, 0, 2551, 3579));
        assertThat(printResolution(withPhoto(frame, 0x808080, 1200, 1700))).singleElement()
                .satisfies(f -> assertThat(f.message().key()).isEqualTo("guideline.photo-resolution.print"));
        assertThat(printResolution(withPhoto(frame, 0x808080, 3000, 4200))).isEmpty();
    }

    private static List<Finding> printResolution(Document doc) {
        return RuleChecks.CHECKER.check(doc, GuidelineSettings.DEFAULT, Optional.of(PrintSpec.A4), new SamplePhotos())
                .findings().stream().filter(f -> f.rule() == Rule.PHOTO_RESOLUTION).toList();
    }
}
