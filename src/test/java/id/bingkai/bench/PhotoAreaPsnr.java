// SPDX-License-Identifier: Apache-2.0
package id.bingkai.bench;

import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.LocalizedText;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.SlotShape;
import id.bingkai.core.render.FontLibrary;
import id.bingkai.core.render.PhotoSource;
import id.bingkai.core.render.Renderer;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How much the fast paths cost in quality: the photo area of the benchmark twibbon (840 px slot, zoom 1.06, turned
 * 3 degrees) rendered from each decode path, compared by PSNR with the same render from a full-resolution decode
 * (the renderer's Lanczos3 then does the whole reduction). Prints a Markdown table; used by bench/psnr.sh.
 *   java ... id.bingkai.bench.PhotoAreaPsnr PHOTO...
 */
public final class PhotoAreaPsnr {
    private static final Rect SLOT = new Rect(120, 60, 840, 840);

    private PhotoAreaPsnr() {
    }

    public static void main(String[] args) {
        Optional<TurboJpegDecoder> turbo = TurboJpegDecoder.system();
        ImageLoader plain = new ImageLoader(PixelBudget.DEFAULT, Optional.empty());
        ImageLoader fast = new ImageLoader(PixelBudget.DEFAULT, turbo);
        Map<String, PhotoSource> paths = new LinkedHashMap<>();
        if (turbo.isPresent()) {
            paths.put("libjpeg-turbo DCT scale, 1x (shipped)", fast);
            paths.put("libjpeg-turbo DCT scale, 3x", withOversampling(fast, 3));
        }
        paths.put("ImageIO subsampling, 3x (fallback, shipped)", plain);
        paths.put("ImageIO subsampling, 1x", withOversampling(plain, 1));
        Renderer renderer = new Renderer(new FontLibrary());
        Frame frame = frame();
        FramePack pack = new FramePack("psnr", LocalizedText.of("PSNR"), "1", false, FramePack.CAMPAIGN_TAG,
                LocalizedText.of(FramePack.CAMPAIGN_TAG), List.of(frame), List.of(), "bench");
        System.out.println("| photo | " + String.join(" | ", paths.keySet()) + " |");
        System.out.println("|---|" + "---:|".repeat(paths.size()));
        double[] sums = new double[paths.size()];
        int[] counts = new int[paths.size()];
        for (String arg : args) {
            Path file = Path.of(arg);
            PhotoRef ref = plain.ref(file);
            Document doc = Document.of(pack, frame).withPhoto(ref)
                    .withPlacement("foto", new Placement(0, 0, 1.06, 3, false));
            BufferedImage reference = renderer.render(doc, 1080, (photo, w, h) -> plain.load(photo.path(), 0, 0));
            StringBuilder row = new StringBuilder("| " + file.getFileName() + " (" + ref.width() + "x" + ref.height()
                    + ") |");
            int i = 0;
            for (PhotoSource source : paths.values()) {
                double db = psnr(reference, renderer.render(doc, 1080, source));
                if (Double.isFinite(db)) {
                    sums[i] += db;
                    counts[i]++;
                }
                i++;
                row.append(Double.isInfinite(db) ? " identical (full decode) |"
                        : String.format(Locale.ROOT, " %.2f dB |", db));
            }
            System.out.println(row);
        }
        StringBuilder mean = new StringBuilder("| **mean of the reduced decodes** |");
        for (int i = 0; i < sums.length; i++) {
            mean.append(counts[i] == 0 ? " - |" : String.format(Locale.ROOT, " **%.2f dB** (%d) |",
                    sums[i] / counts[i], counts[i]));
        }
        System.out.println(mean);
    }

    private static PhotoSource withOversampling(ImageLoader loader, double factor) {
        return new PhotoSource() {
            @Override
            public BufferedImage pixels(PhotoRef photo, int minWidth, int minHeight) {
                return loader.pixels(photo, minWidth, minHeight);
            }

            @Override
            public double oversampling(PhotoRef photo) {
                return factor;
            }
        };
    }

    private static Frame frame() {
        return new Frame("psnr", LocalizedText.of("PSNR"), FrameKind.PROFILE, new CanvasSize(1080, 1080),
                Optional.of(0xFF000000), List.of(PhotoSlot.of("foto", SlotShape.RECTANGLE, SLOT)), List.of(),
                List.of(), false);
    }

    /** Over the slot, 2 px in from its edges (the antialiased border is the same in every path anyway). */
    static double psnr(BufferedImage a, BufferedImage b) {
        double sum = 0;
        long n = 0;
        int x0 = (int) SLOT.x() + 2;
        int y0 = (int) SLOT.y() + 2;
        for (int y = y0; y < SLOT.y() + SLOT.height() - 2; y++) {
            for (int x = x0; x < SLOT.x() + SLOT.width() - 2; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    int d = (p >> shift & 0xFF) - (q >> shift & 0xFF);
                    sum += d * d;
                    n++;
                }
            }
        }
        double mse = sum / n;
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 / mse);
    }
}
