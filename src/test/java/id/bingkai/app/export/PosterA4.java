// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.export;

import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.core.io.pack.PackLimits;
import id.bingkai.core.io.pack.PackLoader;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.render.PhotoSource;
import id.bingkai.testing.Pictures;
import java.nio.file.Path;

/**
 * The built-in pack's A4 poster with a 400 × 300 photo placed, and photos drawn as two halves at the size asked: what
 * the print and PDF tests of the export dialog print. Load once per test class ({@code @BeforeAll}).
 */
record PosterA4(FramePack pack) {
    static PosterA4 load() {
        return new PosterA4(new PackLoader(new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system()),
                PackLimits.DEFAULT).builtIn());
    }

    Document document() {
        return Document.of(pack, pack.frame("poster-a4").orElseThrow())
                .withPhoto(new PhotoRef(Path.of("kegiatan.jpg"), 400, 300));
    }

    static PhotoSource photos() {
        return (photo, w, h) -> Pictures.halves(Math.min(photo.width(), Math.max(w, 16)),
                Math.min(photo.height(), Math.max(h, 16)));
    }
}
