// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.app.common.TaskRunner;
import id.bingkai.core.guideline.Finding;
import id.bingkai.core.guideline.GuidelineReport;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.export.ExportOptions;
import id.bingkai.core.io.export.ImageFormat;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.Rule;
import id.bingkai.core.model.Severity;
import id.bingkai.testing.TestFrames;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {
    @TempDir
    Path dir;
    private final FramePack pack = TestFrames.pack("satu");
    private final List<String> written = new ArrayList<>();
    private final List<ExportOptions> options = new ArrayList<>();

    private ExportViewModel vm(Document doc) {
        return new ExportViewModel(doc, (d, w, s) -> new BufferedImage(w, d.frame().canvas().heightFor(w),
                BufferedImage.TYPE_INT_ARGB), (p, w, h) -> new BufferedImage(1, 1, 1), (img, target, opts) -> {
                    written.add(target.getFileName() + " " + img.getWidth() + "x" + img.getHeight());
                    options.add(opts);
                }, TaskRunner.sameThread(), dir);
    }

    private Document withPhoto(String frame) {
        return Document.of(pack, pack.frame(frame).orElseThrow()).withPhoto(new PhotoRef(Path.of("f.jpg"), 40, 30))
                .withText("nama", "Siti Aminah");
    }

    @Test
    void squareFramesOfferTheSocialNetworkSizesAndStatusFramesTheStorySize() {
        assertThat(vm(withPhoto("persegi")).presets()).extracting(SizePreset::width)
                .containsExactly(640, 1080, 400, 720, -1, 1000, 0);
        assertThat(vm(withPhoto("status")).presets()).extracting(SizePreset::key)
                .containsExactly("export.dialog.preset.status", SizePreset.CUSTOM.key());
    }

    @Test
    void exportWritesTheChosenSizeWithTheCampaignKeyword() {
        ExportViewModel vm = vm(withPhoto("persegi"));
        vm.presetProperty().set(vm.presets().get(1));
        vm.export(false);
        assertThat(written).containsExactly("bingkai-persegi-siti-aminah.png 1080x1080");
        assertThat(options.getFirst().keywords()).contains("#ASNpilihNETRAL");
        assertThat(options.getFirst().format()).isEqualTo(ImageFormat.PNG);
        assertThat(vm.savedProperty().get()).isEqualTo(dir.resolve("bingkai-persegi-siti-aminah.png"));
    }

    @Test
    void allSizesWritesTheSetIntoTheTargetsFolderNamedAfterTheTarget() {
        ExportViewModel vm = vm(withPhoto("persegi"));
        vm.presetProperty().set(SizePreset.ALL);
        vm.targetProperty().set(dir.resolve("set/profil.jpg"));
        assertThat(vm.widthBinding().get()).as("the guideline column shows the narrowest size").isEqualTo(400);
        assertThat(vm.plannedSet().orElseThrow().files()).hasSize(4);

        vm.export(false);

        assertThat(vm.problemProperty().get()).isNull();
        assertThat(written).containsExactly("profil-1-whatsapp-640.jpg 640x640", "profil-2-instagram-1080.jpg 1080x1080",
                "profil-3-x-400.jpg 400x400", "profil-4-facebook-720.jpg 720x720");
        assertThat(options).allSatisfy(o -> {
            assertThat(o.format()).isEqualTo(ImageFormat.JPEG);
            assertThat(o.keywords()).contains("#ASNpilihNETRAL");
        });
        assertThat(vm.writtenProperty().get()).hasSize(4).allSatisfy(p -> assertThat(p.getParent())
                .isEqualTo(dir.resolve("set")));
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void allSizesRefusesTheWholeSetWhenOneFileExistsUntilOverwriteIsAsked() throws Exception {
        ExportViewModel vm = vm(withPhoto("persegi"));
        vm.presetProperty().set(SizePreset.ALL);
        vm.targetProperty().set(dir.resolve("profil.png"));
        Files.writeString(dir.resolve("profil-3-x-400.png"), "mine");

        vm.export(false);

        assertThat(written).isEmpty();
        assertThat(vm.problemProperty().get().key()).isEqualTo("export.dialog.error.set-exists");
        assertThat(vm.problemProperty().get().args()).contains("profil-3-x-400.png");
        vm.export(true);
        assertThat(written).hasSize(4);
    }

    @Test
    void aStatusFrameOffersNoAllSizesForItsOneSize() {
        assertThat(vm(withPhoto("status")).presets()).doesNotContain(SizePreset.ALL);
    }

    @Test
    void theStatusPresetGives1080By1920() {
        ExportViewModel vm = vm(withPhoto("status"));
        vm.export(false);
        assertThat(written).containsExactly("bingkai-status-siti-aminah.png 1080x1920");
    }

    @Test
    void customWidthIsClampedAndJpegQualityPassedOn() {
        ExportViewModel vm = vm(withPhoto("persegi"));
        vm.presetProperty().set(SizePreset.CUSTOM);
        vm.customWidthProperty().set(5);
        vm.formatProperty().set(ImageFormat.JPEG);
        vm.qualityProperty().set(80);
        vm.export(false);
        assertThat(written.getFirst()).endsWith(".jpg 16x16");
        assertThat(options.getFirst().quality()).isEqualTo(0.8f);
    }

    @Test
    void anExistingFileIsNotReplacedWithoutAsking() throws Exception {
        ExportViewModel vm = vm(withPhoto("persegi"));
        Files.writeString(vm.targetProperty().get(), "old");
        vm.export(false);
        assertThat(written).isEmpty();
        assertThat(vm.problemProperty().get().key()).isEqualTo("export.dialog.error.exists");
        vm.export(true);
        assertThat(written).hasSize(1);
        assertThat(options.getFirst().overwrite()).isTrue();
    }

    @Test
    void aDocumentWithoutPhotoIsNotExported() {
        ExportViewModel vm = vm(Document.of(pack, pack.defaultFrame()));
        vm.export(false);
        assertThat(written).isEmpty();
        assertThat(vm.problemProperty().get().key()).isEqualTo("export.dialog.error.no-photo");
    }

    @Test
    void aWriteFailureBecomesAReadableProblem() {
        ExportViewModel vm = new ExportViewModel(withPhoto("persegi"), (d, w, s) -> new BufferedImage(w, w, 2),
                (p, w, h) -> null, (img, t, o) -> {
                    throw new java.io.UncheckedIOException(new java.nio.file.AccessDeniedException(t.toString()));
                }, TaskRunner.sameThread(), dir);
        vm.export(false);
        assertThat(vm.problemProperty().get().key()).isEqualTo("app.error.access");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    // --- the guideline at export ---------------------------------------------------------------------------

    private final List<Integer> checkedWidths = new ArrayList<>();

    private ExportViewModel checked(Document doc, Severity severity) {
        return new ExportViewModel(doc, (d, w, s) -> new BufferedImage(w, d.frame().canvas().heightFor(w),
                BufferedImage.TYPE_INT_ARGB), (p, w, h) -> new BufferedImage(1, 1, 1), (img, target, opts) -> {
                    written.add(target.getFileName() + " " + img.getWidth() + "x" + img.getHeight());
                    options.add(opts);
                }, TaskRunner.sameThread(), dir, (d, w) -> {
                    checkedWidths.add(w);
                    return new GuidelineReport(List.of(new Finding(Rule.PHOTO_COVERAGE, severity,
                            Msg.of("guideline.photo-coverage.gap", Msg.of("guideline.slot.photo")), new Rect(100, 100, 50, 800),
                            Optional.of("foto"))));
                });
    }

    @Test
    void aBlockingFindingDisablesExportAndRefusesWithTheReasonWithoutWritingAFile() {
        ExportViewModel vm = checked(withPhoto("persegi"), Severity.BLOCKING);
        assertThat(vm.blockedProperty().get()).isTrue();
        assertThat(vm.reportProperty().get().blocking()).extracting(Finding::rule)
                .containsExactly(Rule.PHOTO_COVERAGE);
        vm.export(false);
        assertThat(written).isEmpty();
        assertThat(Files.exists(vm.targetProperty().get())).isFalse();
        Msg problem = vm.problemProperty().get();
        assertThat(problem.key()).isEqualTo("guideline.ui.export.refused");
        assertThat(problem.args()).containsExactly(Msg.of("guideline.photo-coverage.gap", Msg.of("guideline.slot.photo")));
    }

    @Test
    void warningsAreShownWithTheExportWhichGoesAhead() {
        ExportViewModel vm = checked(withPhoto("persegi"), Severity.WARNING);
        assertThat(vm.blockedProperty().get()).isFalse();
        assertThat(vm.reportProperty().get().advisory()).hasSize(1);
        vm.export(false);
        assertThat(written).hasSize(1);
        assertThat(vm.savedProperty().get()).isNotNull();
    }

    @Test
    void theGuidelineIsCheckedAtTheChosenWidthAndAgainJustBeforeWriting() {
        ExportViewModel vm = checked(withPhoto("persegi"), Severity.WARNING);
        vm.presetProperty().set(vm.presets().get(1));
        assertThat(checkedWidths).containsExactly(640, 1080);
        vm.export(false);
        assertThat(checkedWidths).containsExactly(640, 1080, 1080);
    }
}
