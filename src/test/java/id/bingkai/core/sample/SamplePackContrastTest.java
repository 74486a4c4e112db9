// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.core.io.pack.PackLimits;
import id.bingkai.core.io.pack.PackLoader;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Fill;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.render.FontLibrary;
import id.bingkai.core.render.PhotoSource;
import id.bingkai.core.render.Renderer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every word of the sample frames stays readable whatever the photo is: rendered over a white, a grey and a black
 * photo, the glyphs of each text layer keep a WCAG contrast of at least 4.5 : 1 with what is drawn behind them.
 */
class SamplePackContrastTest {
    private static final int WIDTH = 1080;
    private static final double MIN_CONTRAST = 4.5;
    private static final List<Integer> PHOTO_COLOURS = List.of(0xFFFFFF, 0x808080, 0x000000);

    private static FramePack pack;
    private final Renderer renderer = new Renderer(new FontLibrary());

    @BeforeAll
    static void load() {
        pack = new PackLoader(new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system()), PackLimits.DEFAULT).builtIn();
    }

    static Stream<Frame> frames() {
        return pack.frames().stream();
    }

    @ParameterizedTest
    @MethodSource("frames")
    void textStaysReadableOverAnyPhoto(Frame frame) {
        Map<Integer, BufferedImage> withAll = new HashMap<>();
        PHOTO_COLOURS.forEach(c -> withAll.put(c, render(frame, c)));
        for (Layer layer : frame.layers()) {
            if (!(layer instanceof Layer.Text text)) {
                continue;
            }
            assertThat(text.style().fill()).as(text.id()).isInstanceOf(Fill.Solid.class);
            int ink = ((Fill.Solid) text.style().fill()).argb();
            for (int photoColour : PHOTO_COLOURS) {
                double worst = worstContrast(frame, text, ink, photoColour, withAll.get(photoColour));
                assertThat(worst).as("%s/%s over a #%06X photo", frame.id(), text.id(), photoColour)
                        .isGreaterThanOrEqualTo(MIN_CONTRAST);
            }
        }
    }

    /** Renders with and without the layer; the pixels it changes are its glyphs, the other render their backdrop. */
    private double worstContrast(Frame frame, Layer.Text text, int ink, int photoColour, BufferedImage with) {
        Frame without = new Frame(frame.id(), frame.name(), frame.kind(), frame.canvas(), frame.background(),
                frame.slots(), frame.layers().stream().filter(l -> l != text).toList(), frame.fields(),
                frame.photoAboveAllowed());
        BufferedImage backdrop = render(without, photoColour);
        double scale = (double) WIDTH / frame.canvas().width();
        int x0 = (int) Math.floor(text.bounds().x() * scale);
        int y0 = (int) Math.floor(text.bounds().y() * scale);
        int x1 = (int) Math.ceil(text.bounds().maxX() * scale);
        int y1 = (int) Math.ceil(text.bounds().maxY() * scale);
        double[] contrasts = new double[(x1 - x0) * (y1 - y0)];
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(with.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(with.getWidth(), x1); x++) {
                // glyph cores only: anti-aliased edges are a blend of both colours by design
                if (distance(with.getRGB(x, y), ink) < 24 && distance(backdrop.getRGB(x, y), ink) > 24) {
                    contrasts[n++] = contrast(ink, backdrop.getRGB(x, y));
                }
            }
        }
        assertThat(n).as("%s/%s draws glyphs", frame.id(), text.id()).isGreaterThan(50);
        double[] measured = Arrays.copyOf(contrasts, n);
        Arrays.sort(measured);
        return measured[n / 100]; // the 1st percentile, so a stray pixel of a shadow edge does not decide
    }

    private BufferedImage render(Frame frame, int photoColour) {
        Document doc = Document.of(pack, frame).withPhoto(new PhotoRef(Path.of("foto.png"), 400, 300));
        if (frame.fields().stream().anyMatch(f -> f.key().equals("nama"))) {
            doc = doc.withText("nama", "Siti Aminah, S.Kom.");
        }
        if (frame.fields().stream().anyMatch(f -> f.key().equals("unit"))) {
            doc = doc.withText("unit", "Dinas Komunikasi dan Informatika Kabupaten Contoh");
        }
        for (var field : frame.fields()) { // the pledge card's NIP, place and date are empty until typed
            if (doc.texts().getOrDefault(field.key(), "").isEmpty()) {
                doc = doc.withText(field.key(), "Contoh isian " + field.key());
            }
        }
        return renderer.render(doc, WIDTH, solid(photoColour));
    }

    private static PhotoSource solid(int rgb) {
        return (photo, minWidth, minHeight) -> {
            BufferedImage image = new BufferedImage(photo.width(), photo.height(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(rgb));
            g.fillRect(0, 0, photo.width(), photo.height());
            g.dispose();
            return image;
        };
    }

    private static int distance(int a, int b) {
        return Math.abs(((a >> 16) & 0xFF) - ((b >> 16) & 0xFF)) + Math.abs(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF))
                + Math.abs((a & 0xFF) - (b & 0xFF));
    }

    /** WCAG 2 contrast ratio of two opaque sRGB colours. */
    static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * linear((rgb >> 16) & 0xFF) + 0.7152 * linear((rgb >> 8) & 0xFF) + 0.0722 * linear(rgb & 0xFF);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
