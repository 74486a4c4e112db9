// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.app.common.Notice;
import id.bingkai.app.editor.EditorViewModel;
import id.bingkai.core.guideline.CheckOptions;
import id.bingkai.core.guideline.Finding;
import id.bingkai.core.guideline.GuidelineChecker;
import id.bingkai.core.guideline.GuidelineReport;
import id.bingkai.core.guideline.Overlay;
import id.bingkai.core.guideline.Platform;
import id.bingkai.core.guideline.PrintSpec;
import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.LocalizedText;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.Rule;
import id.bingkai.core.model.Severity;
import id.bingkai.core.model.SlotShape;
import id.bingkai.core.render.FontLibrary;
import id.bingkai.core.render.Renderer;
import id.bingkai.testing.FakePhotos;
import id.bingkai.testing.TestFrames;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/** The editor's guideline state without the toolkit: the real core checker and renderer, same-thread work. */
class GuidelineViewModelTest {
    private static final FontLibrary FONTS = new FontLibrary();
    private static final Renderer RENDERER = new Renderer(FONTS);
    private static final GuidelineChecker CHECKER = new GuidelineChecker(RENDERER, FONTS);

    private final FramePack pack = TestFrames.pack("satu");
    private final List<Notice> notices = new ArrayList<>();
    private final List<CheckOptions> checks = new ArrayList<>();
    private final Queue<Runnable> background = new ArrayDeque<>();
    private boolean queued;

    private final EditorViewModel editor = new EditorViewModel(Document.of(pack, pack.defaultFrame()),
            RENDERER::render, new FakePhotos(), Runnable::run, Runnable::run, notices::add);
    private final GuidelineViewModel vm = new GuidelineViewModel(editor, (doc, options, photos) -> {
        checks.add(options);
        return CHECKER.check(doc, options, photos);
    }, RENDERER::render, work -> {
        if (queued) {
            background.add(work);
        } else {
            work.run();
        }
    }, Runnable::run, notices::add);

    private List<Rule> rules() {
        return vm.reportProperty().get().findings().stream().map(Finding::rule).toList();
    }

    private Finding coverage() {
        return vm.reportProperty().get().findings().stream().filter(f -> f.rule() == Rule.PHOTO_COVERAGE)
                .findFirst().orElseThrow();
    }

    @Test
    void findingsUpdateAfterAnEdit() {
        editor.openPhoto(Path.of("foto.jpg"));
        assertThat(vm.needsPhotoProperty().get()).isFalse();
        assertThat(rules()).doesNotContain(Rule.PHOTO_COVERAGE);
        editor.setZoom(0.6);
        assertThat(rules()).contains(Rule.PHOTO_COVERAGE);
        assertThat(coverage().severity()).isEqualTo(Severity.BLOCKING);
        assertThat(vm.reportProperty().get().blocksExport()).isTrue();
        editor.undo();
        assertThat(rules()).doesNotContain(Rule.PHOTO_COVERAGE);
        assertThat(notices).isEmpty();
    }

    @Test
    void checksRunInTheBackgroundNewestDocumentFirst() {
        editor.openPhoto(Path.of("foto.jpg"));
        int before = checks.size();
        queued = true;
        editor.setZoom(0.9);
        editor.setZoom(0.8);
        editor.setZoom(0.6);
        assertThat(checks).as("nothing is checked on the calling (FX) thread").hasSize(before);
        assertThat(vm.checkingProperty().get()).isTrue();
        queued = false;
        background.poll().run();
        assertThat(checks).as("the edits overtaken while waiting are never checked").hasSize(before + 1);
        assertThat(vm.checkingProperty().get()).isFalse();
        assertThat(rules()).contains(Rule.PHOTO_COVERAGE);
    }

    @Test
    void aDragIsCheckedOnceWhenTheHandLetsGo() {
        editor.openPhoto(Path.of("foto.jpg"));
        int before = checks.size();
        editor.beginGesture();
        for (int i = 0; i < 10; i++) {
            editor.moveBy(30, 0);
        }
        assertThat(checks).hasSize(before);
        editor.endGesture();
        assertThat(checks).hasSize(before + 1);
        assertThat(rules()).contains(Rule.PHOTO_COVERAGE);
    }

    @Test
    void withoutAPhotoNothingIsCheckedAndTheListAsksForOne() {
        assertThat(vm.needsPhotoProperty().get()).isTrue();
        assertThat(vm.reportProperty().get().clean()).isTrue();
        assertThat(checks).isEmpty();
    }

    @Test
    void clickingAFindingHighlightsItsRegionWhichFollowsItUntilItIsGone() {
        editor.openPhoto(Path.of("foto.jpg")); // 4:3 over a square slot: 133 units to spare on each side
        editor.moveBy(200, 0);
        Finding gap = coverage();
        vm.select(gap);
        assertThat(vm.highlightProperty().get()).isEqualTo(gap.region());
        assertThat(vm.selectedProperty().get()).isSameAs(gap);

        editor.moveBy(50, 0);
        Finding wider = coverage();
        assertThat(wider.region().width()).isGreaterThan(gap.region().width());
        assertThat(vm.highlightProperty().get()).as("the highlight moves with the finding")
                .isEqualTo(wider.region());

        editor.resetPlacement();
        assertThat(vm.highlightProperty().get()).as("fixed: nothing left to highlight").isNull();
        assertThat(vm.selectedProperty().get()).isNull();
    }

    @Test
    void profileFramesShowTheCircleByDefaultButNotWhatsAppsCentre() {
        assertThat(vm.guidesProperty().get()).containsExactly(Guide.CIRCLE_CROP, Guide.WHATSAPP_CENTRE);
        assertThat(kinds()).containsExactly(Overlay.Kind.CIRCLE_CROP);
        vm.shownProperty(Guide.WHATSAPP_CENTRE).set(true);
        assertThat(kinds()).containsExactly(Overlay.Kind.CIRCLE_CROP, Overlay.Kind.WHATSAPP_CENTRE);
        vm.shownProperty(Guide.CIRCLE_CROP).set(false);
        assertThat(kinds()).containsExactly(Overlay.Kind.WHATSAPP_CENTRE);
    }

    @Test
    void statusFramesShowTheStoryBandsAndAStatusPreview() {
        editor.openPhoto(Path.of("foto.jpg"));
        editor.selectFrame(pack, pack.frame("status").orElseThrow());
        assertThat(vm.guidesProperty().get()).containsExactly(Guide.STORY_BANDS);
        assertThat(kinds()).containsExactly(Overlay.Kind.STORY_BAND, Overlay.Kind.STORY_BAND);
        assertThat(vm.previewsProperty().get()).singleElement().satisfies(p -> {
            assertThat(p.platform()).isEqualTo(Platform.STATUS);
            assertThat(p.image().getWidth()).isEqualTo(360);
            assertThat(p.image().getHeight()).isEqualTo(640);
        });
    }

    @Test
    void profilePreviewsAreRenderedAtTheirTrueDisplaySizes() {
        editor.openPhoto(Path.of("foto.jpg"));
        assertThat(vm.previewsProperty().get()).extracting(TrueSizePreview::platform).containsExactly(
                Platform.WHATSAPP, Platform.INSTAGRAM, Platform.FACEBOOK_MOBILE, Platform.FACEBOOK_DESKTOP);
        assertThat(vm.previewsProperty().get()).extracting(p -> p.image().getWidth())
                .containsExactly(56, 110, 128, 170);
    }

    @Test
    void aPosterWithA4ProportionsIsCheckedForA4WithItsPrintLines() {
        FramePack print = new FramePack("cetak", LocalizedText.of("Cetak", "Print"), "1", false, "#ASNpilihNETRAL",
                LocalizedText.of("x", "x"), List.of(poster()), List.of(), "test");
        editor.openPhoto(Path.of("foto.jpg"));
        editor.selectFrame(print, print.defaultFrame());
        assertThat(vm.paperOfferedProperty().get()).isTrue();
        assertThat(vm.paperProperty().get()).isEqualTo(Paper.A4);
        assertThat(checks.getLast().paper()).contains(PrintSpec.A4);
        assertThat(kinds()).containsExactly(Overlay.Kind.PRINT_BLEED, Overlay.Kind.PRINT_TRIM,
                Overlay.Kind.PRINT_SAFE);
        assertThat(vm.previewsProperty().get()).isEmpty();

        vm.paperProperty().set(Paper.SCREEN);
        assertThat(kinds()).isEmpty();
        assertThat(vm.guidesProperty().get()).isEmpty();
        assertThat(checks.getLast().paper()).isEmpty();
    }

    @Test
    void theExportCheckUsesThePaperAndTheExportWidth() {
        editor.openPhoto(Path.of("foto.jpg"));
        GuidelineReport r = vm.exportCheck().apply(editor.document(), 640);
        assertThat(r.blocksExport()).isFalse();
        assertThat(checks.getLast().exportWidth()).isEqualTo(640);
        assertThat(checks.getLast().paper()).isEmpty();
    }

    private List<Overlay.Kind> kinds() {
        return vm.overlaysProperty().get().stream().map(Overlay::kind).toList();
    }

    /** A4 with 3 mm bleed at 300 dpi: 2551 x 3579. */
    private static Frame poster() {
        return new Frame("poster", LocalizedText.of("Poster", "Poster"), FrameKind.POSTER,
                new CanvasSize(2551, 3579), Optional.of(0xFFFFFFFF),
                List.of(PhotoSlot.of("foto", SlotShape.RECTANGLE, new Rect(0, 0, 2551, 2000))), List.of(), List.of(),
                false);
    }
}
