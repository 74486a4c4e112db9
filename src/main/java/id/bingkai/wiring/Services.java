// SPDX-License-Identifier: Apache-2.0
package id.bingkai.wiring;

import id.bingkai.core.guideline.GuidelineChecker;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.core.io.export.pdf.PdfExporter;
import id.bingkai.core.io.export.ImageExporter;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.image.heif.LibHeifDecoder;
import id.bingkai.core.io.image.turbo.TurboJpeg;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.core.io.image.turbo.TurboJpegEncoder;
import id.bingkai.core.io.pack.AgencyLogoReader;
import id.bingkai.core.io.pack.PackLimits;
import id.bingkai.core.io.pack.PackLoader;
import id.bingkai.core.render.FontLibrary;
import id.bingkai.core.render.Renderer;
import java.util.Objects;
import java.util.Optional;

/**
 * The composition root: the core services one run of the program uses, created once and passed to whichever front
 * end runs (the command line, the editor, the kiosk). Each is made on first
 * use: reading the Inter faces or finding libjpeg-turbo takes milliseconds that {@code --version}, {@code frames}
 * or a mistyped command never need. Thread-safe.
 */
public final class Services {
    private final Messages messages;
    private Io io;
    private FontLibrary fonts;
    private Renderer renderer;

    private Services(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
    }

    /** The services for a run in the language of {@code messages}; nothing is loaded until first asked for. */
    public static Services create(Messages messages) {
        return new Services(messages);
    }

    /** Image and pack I/O, with libjpeg-turbo (one library, shared by decoder and encoder) when it is installed. */
    private record Io(ImageLoader images, PackLoader packs, ImageExporter exporter) {
        static Io create() {
            Optional<TurboJpeg> turbo = TurboJpeg.find();
            ImageLoader images = new ImageLoader(PixelBudget.DEFAULT, turbo.map(TurboJpegDecoder::new),
                    LibHeifDecoder.system());
            return new Io(images, new PackLoader(images, PackLimits.DEFAULT),
                    new ImageExporter(new AtomicFiles(), turbo.map(TurboJpegEncoder::new)));
        }
    }

    private synchronized Io io() {
        if (io == null) {
            io = Io.create();
        }
        return io;
    }

    public Messages messages() {
        return messages;
    }

    public ImageLoader images() {
        return io().images();
    }

    public PackLoader packs() {
        return io().packs();
    }

    public ImageExporter exporter() {
        return io().exporter();
    }

    /** Reads the agency's own logo (PNG or SVG) the user picks, under the same limits as a pack's layers. */
    public AgencyLogoReader agencyLogos() {
        return new AgencyLogoReader(images(), PackLimits.DEFAULT);
    }

    /** One font library for the renderer and the guideline checks: loading Inter is the costly part. */
    public synchronized FontLibrary fonts() {
        if (fonts == null) {
            fonts = new FontLibrary();
        }
        return fonts;
    }

    public synchronized Renderer renderer() {
        if (renderer == null) {
            renderer = new Renderer(fonts());
        }
        return renderer;
    }

    /** Print-ready PDF drawn by the same renderer. */
    public PdfExporter pdf() {
        return new PdfExporter(renderer(), new AtomicFiles());
    }

    /** A guideline checker that measures text with the renderer's fonts. */
    public GuidelineChecker checker() {
        return new GuidelineChecker(renderer(), fonts());
    }
}
