// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.bingkai.app.common.TaskRunner;
import id.bingkai.core.guideline.Finding;
import id.bingkai.core.guideline.GuidelineReport;
import id.bingkai.core.model.Rule;
import id.bingkai.core.model.Severity;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.core.io.export.ExportOptions;
import id.bingkai.core.io.export.pdf.PdfExporter;
import id.bingkai.core.io.export.pdf.PdfOptions;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.Rect;
import id.bingkai.core.render.FontLibrary;
import id.bingkai.core.render.Renderer;
import id.bingkai.core.print.PdfPrinting;
import java.awt.image.BufferedImage;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export dialog's print choices for a frame with a physical size: the 300 dpi preset recorded in the image,
 * a print PDF written to disk (reloaded with PDFBox) with crop marks when asked, never over an existing file
 * unasked, refused by a blocking finding; and "Cetak…" saying why it cannot print.
 */
class ExportPrintTest {
    private static final double PT_PER_MM = 72 / 25.4;
    private static PosterA4 posters;

    @TempDir
    Path dir;
    private final List<ExportOptions> imageOptions = new ArrayList<>();

    @BeforeAll
    static void load() {
        posters = PosterA4.load();
    }


    private ExportViewModel vm(Document doc, ExportCheck check) {
        PdfExporter pdf = new PdfExporter(new Renderer(new FontLibrary()), new AtomicFiles());
        // Photos at 72 ppi keep the test quick; the page and its boxes do not depend on it.
        PrintOutput out = new PrintOutput((d, o, t) -> pdf.write(d, PosterA4.photos(), o.withDpi(72), t),
                (d, o) -> new PdfPrinting(pdf, List::of, PrinterJob::getPrinterJob).prepare(d, PosterA4.photos(), o), List::of);
        return new ExportViewModel(doc, (d, w, s) -> new BufferedImage(w, d.frame().canvas().heightFor(w),
                BufferedImage.TYPE_INT_ARGB), PosterA4.photos(), (img, target, opts) -> imageOptions.add(opts),
                TaskRunner.sameThread(), dir, check, out);
    }

    private static GuidelineReport blocking() {
        return new GuidelineReport(List.of(new Finding(Rule.PHOTO_COVERAGE, Severity.BLOCKING,
                Msg.of("guideline.photo-coverage.gap", Msg.of("guideline.slot.photo")), new Rect(0, 0, 10, 10),
                Optional.of("foto"))));
    }

    @Test
    void aPrintFrameOffersThe300DpiPageFirstAndRecordsTheDpiInTheImage() {
        ExportViewModel vm = vm(posters.document(), ExportCheck.NONE);

        assertThat(vm.print().offered()).isTrue();
        SizePreset first = vm.presets().getFirst();
        assertThat(first.print()).isTrue();
        assertThat(first.width()).as("216 mm at 300 dpi").isEqualTo(2551);
        assertThat(vm.presetProperty().get()).isEqualTo(first);

        vm.export(false);
        assertThat(imageOptions).singleElement().extracting(ExportOptions::dpi).isEqualTo(300);
    }

    @Test
    void aScreenFrameIsOfferedNoPdfAndRecordsNoDensity() {
        FramePack screen = id.bingkai.testing.TestFrames.pack("satu");
        Document doc = Document.of(screen, screen.frame("persegi").orElseThrow())
                .withPhoto(new PhotoRef(Path.of("f.jpg"), 40, 30));
        ExportViewModel vm = vm(doc, ExportCheck.NONE);

        assertThat(vm.print().offered()).isFalse();
        assertThat(vm.presets()).noneMatch(SizePreset::print);
        vm.export(false);
        assertThat(imageOptions).singleElement().extracting(ExportOptions::dpi).isEqualTo(0);
    }

    @Test
    void thePdfIsWrittenWithItsBoxesAndCropMarksAndNeverOverAnExistingFileUnasked() throws IOException {
        ExportViewModel vm = vm(posters.document(), ExportCheck.NONE);
        vm.print().pdfProperty().set(true);
        vm.print().cropMarksProperty().set(true);
        Path target = vm.targetProperty().get();
        assertThat(target.getFileName().toString()).endsWith(".pdf");

        vm.export(false);

        assertThat(vm.problemProperty().get()).isNull();
        assertThat(vm.savedProperty().get()).isEqualTo(target);
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle trim = pdf.getPage(0).getTrimBox();
            assertThat(trim.getWidth()).isCloseTo((float) (210 * PT_PER_MM), within(0.5f));
            assertThat(trim.getLowerLeftX()).as("10 mm marks + 3 mm bleed").isCloseTo((float) (13 * PT_PER_MM),
                    within(0.5f));
        }
        assertThat(imageOptions).as("no image written").isEmpty();

        byte[] first = Files.readAllBytes(target);
        vm.print().cropMarksProperty().set(false);
        vm.export(false);
        assertThat(vm.problemProperty().get().key()).isEqualTo("export.dialog.error.exists");
        assertThat(Files.readAllBytes(target)).as("not replaced unasked").isEqualTo(first);

        vm.export(true); // the dialog asked, the user said yes
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertThat(pdf.getPage(0).getTrimBox().getLowerLeftX()).as("now without marks")
                    .isCloseTo((float) (3 * PT_PER_MM), within(0.5f));
        }
    }

    @Test
    void aBlockingFindingRefusesThePdfAndPrintingAlike() {
        List<Integer> widths = new ArrayList<>();
        ExportViewModel vm = vm(posters.document(), (d, w) -> {
            widths.add(w);
            return blocking();
        });
        vm.print().pdfProperty().set(true);
        vm.export(false);

        assertThat(vm.problemProperty().get().key()).isEqualTo("guideline.ui.export.refused");
        assertThat(vm.savedProperty().get()).isNull();
        assertThat(vm.targetProperty().get()).doesNotExist();
        assertThat(widths).as("the PDF is checked at the design width, as the CLI does")
                .contains(posters.document().frame().canvas().width());

        List<Msg> said = new ArrayList<>();
        new PrintAction((d, o) -> {
            throw new AssertionError("nothing is rendered for a blocked design");
        }, () -> {
            throw new AssertionError("no printer is looked up for a blocked design");
        }, Optional::empty, (d, w) -> blocking(), TaskRunner.sameThread(), Runnable::run)
                .print(posters.document(), PdfOptions.forDocument(posters.document()), p -> {
                    throw new AssertionError("no dialog for a blocked design");
                }, said::add);
        assertThat(said).singleElement().extracting(Msg::key).isEqualTo("guideline.ui.export.refused");
    }
}
