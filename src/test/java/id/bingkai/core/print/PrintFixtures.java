// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.print;

import id.bingkai.core.render.FontLibrary;
import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.core.io.export.pdf.PdfExporter;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.core.io.pack.PackLimits;
import id.bingkai.core.io.pack.PackLoader;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.render.PhotoSource;
import id.bingkai.core.render.Renderer;
import id.bingkai.testing.Pictures;
import java.nio.file.Path;

/** The built-in pledge card with a name and a generated photo, and the PDF writer, for the print tests. */
final class PrintFixtures {
    private PrintFixtures() {
    }

    static FramePack pack() {
        return new PackLoader(new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system()), PackLimits.DEFAULT)
                .builtIn();
    }

    static Document card(FramePack pack, String name) {
        return Document.of(pack, pack.frame("ikrar-a4").orElseThrow()).withText("nama", name)
                .withText("nip", "198001012005012001").withPhoto(new PhotoRef(Path.of("pas-foto.jpg"), 300, 400));
    }

    static PdfExporter exporter() {
        return new PdfExporter(new Renderer(new FontLibrary()), new AtomicFiles());
    }

    static PhotoSource photos() {
        return (photo, minWidth, minHeight) -> Pictures.halves(Math.min(photo.width(), Math.max(minWidth, 16)),
                Math.min(photo.height(), Math.max(minHeight, 16)));
    }
}
