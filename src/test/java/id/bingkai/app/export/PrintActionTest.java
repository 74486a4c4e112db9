// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.bingkai.app.common.TaskRunner;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.core.io.export.pdf.PdfExporter;
import id.bingkai.core.io.export.pdf.PdfOptions;
import id.bingkai.core.model.Document;
import id.bingkai.core.print.PdfPrinting;
import id.bingkai.core.render.FontLibrary;
import id.bingkai.core.render.Renderer;
import java.awt.print.PrinterJob;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.print.DocFlavor;
import javax.print.PrintService;
import javax.print.StreamPrintServiceFactory;
import javax.print.attribute.standard.PrinterInfo;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Cetak…" with Bingkai's own dialog: what the dialog is offered, that the user's choice (printer, copies, crop marks)
 * is what is printed, and that a cancel, a blocked design or no printer renders nothing.
 */
class PrintActionTest {
    private static PosterA4 posters;
    private final List<PdfOptions> rendered = new ArrayList<>();
    private final List<Path> temporary = new ArrayList<>();
    private final List<Msg> said = new ArrayList<>();
    private final List<PrintPrompt> asked = new ArrayList<>();

    @BeforeAll
    static void load() {
        posters = PosterA4.load();
    }


    /** A printer of the system as the JDK sees it: a name, what CUPS says of it, whether it takes jobs. */
    static PrintService queue(String name, String info, boolean accepting) {
        return (PrintService) Proxy.newProxyInstance(PrintActionTest.class.getClassLoader(),
                new Class<?>[] {PrintService.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getName", "toString" -> name;
                    case "getAttribute" -> args[0] == PrinterInfo.class ? new PrinterInfo(info, null)
                            : args[0] == PrinterIsAcceptingJobs.class ? (accepting
                                    ? PrinterIsAcceptingJobs.ACCEPTING_JOBS
                                    : PrinterIsAcceptingJobs.NOT_ACCEPTING_JOBS) : null;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A real printer of the JDK that writes PostScript to {@code out} (no CUPS, no spooler). */
    private static PrintService postscriptTo(ByteArrayOutputStream out) {
        return StreamPrintServiceFactory.lookupStreamPrintServiceFactories(DocFlavor.SERVICE_FORMATTED.PAGEABLE,
                "application/postscript")[0].getPrintService(out);
    }

    private PrintAction action(List<PrintService> printers, Optional<String> systemDefault) {
        PdfExporter pdf = new PdfExporter(new Renderer(new FontLibrary()), new AtomicFiles());
        return new PrintAction((d, o) -> {
            rendered.add(o);
            var job = new PdfPrinting(pdf, () -> printers, PrinterJob::getPrinterJob).prepare(d, PosterA4.photos(),
                    o.withDpi(72)); // photos at 72 ppi keep the test quick; the page does not depend on it
            temporary.add(job.file());
            return job;
        }, () -> printers, () -> systemDefault, ExportCheck.NONE, TaskRunner.sameThread(), Runnable::run);
    }

    @Test
    void thePrinterCopiesAndCropMarksChosenAreWhatIsPrinted() {
        ByteArrayOutputStream postscript = new ByteArrayOutputStream();
        PrintService stream = postscriptTo(postscript);
        PrintService office = queue("Kantor_Lt2", "HP LaserJet lantai 2", true);
        PrintAction print = action(List.of(office, stream), Optional.of(stream.getName()));

        print.print(posters.document(), PdfOptions.forDocument(posters.document()), p -> {
            asked.add(p);
            return Optional.of(new PrintRequest(1, 2, true, PrintPaper.PAGE));
        }, said::add);

        assertThat(asked).singleElement().satisfies(p -> {
            assertThat(p.printers()).extracting(PrintPrompt.Printer::name)
                    .containsExactly("Kantor_Lt2", stream.getName());
            assertThat(p.printers().getFirst().description()).isEqualTo("HP LaserJet lantai 2");
            assertThat(p.preselected()).as("the system's default printer").isEqualTo(1);
            assertThat(p.cropMarks()).as("as the export dialog had it").isFalse();
            assertThat(p.size().trimWidthMm()).isEqualTo(210);
        });
        assertThat(rendered).as("rendered once, after the choice, with the marks chosen").singleElement()
                .extracting(PdfOptions::cropMarks).isEqualTo(true);
        assertThat(said).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("print.sent");
            assertThat(m.args()).containsExactly(1, stream.getName(), 2);
        });
        String ps = postscript.toString(StandardCharsets.ISO_8859_1);
        assertThat(ps).startsWith("%!PS").contains("%%Page: 1 1").doesNotContain("%%Page: 2")
                .contains("/NumCopies 2");
        Matcher page = Pattern.compile("/PageSize \\[([0-9.]+) ([0-9.]+)]").matcher(ps);
        assertThat(page.find()).as("the page size asked of the printer").isTrue();
        // A4 trim 210 × 297 mm, 3 mm bleed, 10 mm for the marks on each side: 236 × 323 mm
        assertThat(Double.parseDouble(page.group(1)) * 25.4 / 72).isCloseTo(236, within(0.5));
        assertThat(Double.parseDouble(page.group(2)) * 25.4 / 72).isCloseTo(323, within(0.5));
        assertThat(temporary).singleElement().satisfies(t -> assertThat(t).as("temporary PDF deleted").doesNotExist());
        assertThat(print.busyProperty().get()).isFalse();
    }

    @Test
    void onA4OrF4ThePageIsShrunkOntoThatPaper() {
        for (PrintPaper paper : new PrintPaper[] {PrintPaper.A4, PrintPaper.F4}) {
            ByteArrayOutputStream postscript = new ByteArrayOutputStream();
            PrintService stream = postscriptTo(postscript);
            said.clear();
            action(List.of(stream), Optional.empty()).print(posters.document(), PdfOptions.forDocument(posters.document()),
                    p -> Optional.of(new PrintRequest(0, 1, false, paper)), said::add);

            assertThat(said).singleElement().extracting(Msg::key).isEqualTo("print.sent");
            String ps = postscript.toString(StandardCharsets.ISO_8859_1);
            Matcher page = Pattern.compile("/PageSize \\[([0-9.]+) ([0-9.]+)]").matcher(ps);
            assertThat(page.find()).as("the page size asked of the printer").isTrue();
            assertThat(Double.parseDouble(page.group(1)) * 25.4 / 72).as(paper + " width")
                    .isCloseTo(paper.widthMm(), within(0.5));
            assertThat(Double.parseDouble(page.group(2)) * 25.4 / 72).as(paper + " height")
                    .isCloseTo(paper.heightMm(), within(0.5));
            assertThat(ps).contains("%%Page: 1 1").doesNotContain("%%Page: 2");
        }
        // the 216 × 303 mm page on A4 is shrunk to 97 %; on F4 (215 wide) to 99.5 %; an A6 card fits unshrunk
        assertThat(PrintPaper.A4.scale(216, 303)).isCloseTo(210.0 / 216, within(1e-9));
        assertThat(PrintPaper.F4.scale(216, 303)).isCloseTo(215.0 / 216, within(1e-9));
        assertThat(PrintPaper.A4.scale(111, 154)).isEqualTo(1);
        assertThat(PrintPaper.A4.scale(303, 216)).as("a landscape page on the paper turned").isCloseTo(
                210.0 / 216, within(1e-9));
        assertThat(PrintPaper.PAGE.scale(1000, 2000)).isEqualTo(1);
    }

    @Test
    void aCancelRendersNothing() {
        PrintAction print = new PrintAction((d, o) -> {
            throw new AssertionError("nothing is rendered when the user cancels");
        }, () -> List.of(queue("Kantor", "", true)), Optional::empty, ExportCheck.NONE, TaskRunner.sameThread(),
                Runnable::run);

        print.print(posters.document(), PdfOptions.forDocument(posters.document()), p -> {
            asked.add(p);
            return Optional.empty();
        }, said::add);

        assertThat(asked).singleElement().extracting(PrintPrompt::preselected).isEqualTo(0);
        assertThat(said).singleElement().extracting(Msg::key).isEqualTo("print.cancelled");
        assertThat(print.busyProperty().get()).isFalse();
    }

    @Test
    void withoutAPrinterItSaysSoWithoutADialog() {
        PrintAction print = action(List.of(), Optional.empty());

        print.print(posters.document(), PdfOptions.forDocument(posters.document()), p -> {
            throw new AssertionError("no dialog without a printer");
        }, said::add);

        assertThat(said).singleElement().extracting(Msg::key).isEqualTo("print.error.no-printer");
        assertThat(rendered).isEmpty();
    }

    @Test
    void aDesignWithoutItsPhotoIsToldBeforeAnythingElse() {
        Document empty = Document.of(posters.pack(), posters.pack().frame("poster-a4").orElseThrow());
        PrintAction print = action(List.of(queue("Kantor", "", true)), Optional.empty());

        print.print(empty, PdfOptions.forDocument(empty), p -> {
            throw new AssertionError("no dialog without a photo");
        }, said::add);

        assertThat(said).singleElement().extracting(Msg::key).isEqualTo("export.dialog.error.no-photo");
        assertThat(rendered).isEmpty();
        assertThat(print.busyProperty().get()).isFalse();
    }

    @Test
    void thePromptSaysWhichPrinterIsPausedAndWhichIsTheDefault() {
        PrintPrompt prompt = PrintPrompt.of(List.of(queue("A", "A", true), queue("B", "Epson L3110", false)),
                Optional.of("B"), true, posters.document().frame().print().orElseThrow());

        assertThat(prompt.printers()).containsExactly(new PrintPrompt.Printer("A", "", true, false),
                new PrintPrompt.Printer("B", "Epson L3110", false, true));
        assertThat(prompt.preselected()).isEqualTo(1);
        assertThat(PrintPrompt.of(List.of(queue("A", "", true)), Optional.of("gone"), false,
                posters.document().frame().print().orElseThrow()).preselected()).as("a default that is not offered").isZero();
    }
}
