// SPDX-License-Identifier: Apache-2.0
package id.bingkai.cli;

import id.bingkai.core.io.export.pdf.PdfOptions;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.PrintSize;
import id.bingkai.wiring.Services;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code render ... --out poster.pdf [--crop-marks] [--dpi N]}, and the pixel width {@code --dpi} gives images. */
final class PrintRender {
    private final Services services;
    private final Console console;
    private final CommandSpec spec;

    PrintRender(Services services, Console console, CommandSpec spec) {
        this.services = services;
        this.console = console;
        this.spec = spec;
    }

    static boolean isPdf(Path out) {
        return out.getFileName() != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    /** The page with bleed at {@code dpi}: a print frame's physical size decides the pixels. */
    static int width(Frame frame, int dpi, CommandSpec spec, Services services) {
        PrintSize size = frame.print().orElseThrow(() -> new ParameterException(spec.commandLine(),
                services.messages().get("cli.render.error.dpiNoPrint", frame.id())));
        return size.pixelWidth(dpi);
    }

    int pdf(DocumentOptions document, Path out, boolean cropMarks, Integer dpi, boolean force) {
        if (document.width != null) {
            throw new ParameterException(spec.commandLine(), services.messages().get("cli.render.error.widthPdf"));
        }
        document.validate(services, spec);
        services.pdf().checkTarget(out, force);
        Document doc = document.document(services, console, spec);
        if (GuidelineGate.blocks(services, console, doc, doc.frame().canvas().width(), out)) {
            return CheckCommand.BLOCKED;
        }
        PdfOptions options = PdfOptions.defaults(title(doc)).withCropMarks(cropMarks).withOverwrite(force)
                .withDpi(dpi == null ? PdfOptions.DEFAULT_DPI : dpi);
        services.pdf().write(doc, services.images(), options, out);
        PrintSize size = doc.frame().print().orElse(null);
        console.out().println(size == null ? services.messages().get("cli.render.donePdf", out)
                : services.messages().get("cli.render.donePrint", out, fmt(size.trimWidthMm()),
                        fmt(size.trimHeightMm()), fmt(size.bleedMm())));
        console.out().flush();
        return ExitCode.OK;
    }

    /** The frame's name and the campaign tag: what a print shop's file list shows. */
    static String title(Document doc) {
        return doc.frame().name().get(Locale.forLanguageTag("id")) + " " + doc.pack().tag();
    }

    private static String fmt(double mm) {
        return mm == Math.rint(mm) ? String.valueOf((long) mm) : String.valueOf(mm);
    }
}
