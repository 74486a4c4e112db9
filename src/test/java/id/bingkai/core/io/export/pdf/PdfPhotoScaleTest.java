// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.io.export.AtomicFiles;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.core.io.pack.PackLimits;
import id.bingkai.core.io.pack.PackLoader;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.render.FontLibrary;
import id.bingkai.core.render.PhotoSource;
import id.bingkai.core.render.Renderer;
import id.bingkai.testing.ImageFiles;
import id.bingkai.testing.Needs;
import id.bingkai.testing.Pictures;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pledge card's 300 x 400 photo place at 300 ppi takes a 12 MP JPEG decoded at the smallest DCT scale that covers
 * it (2/8 here: 1000 x 750), never the full 12 MP, exactly as the raster batch does.
 */
class PdfPhotoScaleTest {
    @TempDir
    Path dir;

    private record Asked(int minWidth, int minHeight, int width, int height) {
    }

    @Test
    void aTwelveMegapixelPhotoIsDecodedAtTheSmallestDctScaleCoveringItsPlaceAt300Ppi() throws IOException {
        ImageLoader images = new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system());
        Needs.that(images.usesLibjpegTurbo(), "libjpeg-turbo (libturbojpeg0)");
        FramePack pack = new PackLoader(images, PackLimits.DEFAULT).builtIn();
        Path photo = Files.write(dir.resolve("foto-12mp.jpg"), ImageFiles.jpeg(Pictures.halves(4000, 3000)));
        PhotoRef ref = images.ref(photo);
        Frame card = pack.frame("ikrar-a4").orElseThrow();
        Document doc = Document.of(pack, card).withText("nama", "Siti Aminah").withPhoto(ref);
        List<Asked> asked = new ArrayList<>();
        PhotoSource spy = new PhotoSource() {
            @Override
            public BufferedImage pixels(PhotoRef p, int minWidth, int minHeight) {
                BufferedImage pixels = images.pixels(p, minWidth, minHeight);
                asked.add(new Asked(minWidth, minHeight, pixels.getWidth(), pixels.getHeight()));
                return pixels;
            }

            @Override
            public double oversampling(PhotoRef p) {
                return images.oversampling(p);
            }
        };

        new PdfExporter(new Renderer(new FontLibrary()), new AtomicFiles()).write(doc, spy,
                PdfOptions.defaults("Ikrar"), dir.resolve("ikrar.pdf"));

        assertThat(images.oversampling(ref)).as("DCT scaling filters properly: no extra oversampling").isEqualTo(1);
        assertThat(asked).singleElement().satisfies(a -> {
            // the place is 300 x 400 canvas units of 2160 across a 216 mm page: about 354 x 472 px at 300 ppi, so the
            // cover-fitted 4:3 photo needs 3000 rows -> at least 472, i.e. a scale of at least 472 / 3000
            assertThat(a.minHeight()).isBetween(460, 480);
            int eighths = (int) Math.ceil(8.0 * Math.max(a.minWidth() / 4000.0, a.minHeight() / 3000.0));
            assertThat(eighths).as("the smallest covering scale, in eighths").isEqualTo(2);
            assertThat(a.width()).isEqualTo(4000 * eighths / 8);
            assertThat(a.height()).isEqualTo(3000 * eighths / 8);
        });
    }
}
