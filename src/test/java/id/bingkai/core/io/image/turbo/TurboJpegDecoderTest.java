// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image.turbo;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.testing.Needs;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs where libjpeg-turbo is installed (CI installs it); the ImageIO fallback is tested in ImageLoader's tests. */
class TurboJpegDecoderTest {
    @TempDir
    Path dir;
    private TurboJpegDecoder decoder;

    @BeforeEach
    void findLibrary() {
        decoder = Needs.present(TurboJpegDecoder.system(), "libjpeg-turbo (libturbojpeg0)");
    }

    static BufferedImage picture(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(200, 40, 30), w, h, new Color(20, 90, 220)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(250, 185, 44));
        g.fillRect(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        return img;
    }

    static byte[] jpeg(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = jdkJpegWriter();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.95f);
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    static ImageWriter jdkJpegWriter() {
        for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("jpeg"); it.hasNext();) {
            ImageWriter w = it.next();
            if (w.getClass().getName().startsWith("com.sun.imageio")) {
                return w;
            }
        }
        throw new IllegalStateException("no JDK JPEG writer");
    }

    private Path file(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    @Test
    void decodesAtTheSmallestDctScaleThatCoversTheRequest() throws IOException {
        Path f = file("a.jpg", jpeg(picture(640, 480)));
        BufferedImage quarter = decoder.decode(f, 160, 120, PixelBudget.DEFAULT).orElseThrow().image();
        assertThat(quarter.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(quarter.getWidth()).isEqualTo(160);
        assertThat(quarter.getHeight()).isEqualTo(120);
        BufferedImage bigger = decoder.decode(f, 161, 120, PixelBudget.DEFAULT).orElseThrow().image();
        assertThat(bigger.getWidth()).as("one pixel more than 1/4 gives").isGreaterThan(160);
        assertThat(bigger.getWidth()).isLessThan(640);
        // the centre is the yellow block, the corners keep the gradient's ends
        assertClose(quarter.getRGB(80, 60), 0xFAB92C, 6);
        assertClose(quarter.getRGB(2, 2), 0xC8281E, 12);
    }

    @Test
    void fullResolutionMatchesTheJdkDecoderWithinRounding() throws IOException {
        byte[] bytes = jpeg(picture(320, 240));
        BufferedImage expected = ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        BufferedImage actual = decoder.decode(bytes, 0, 0, PixelBudget.DEFAULT).orElseThrow().image();
        assertThat(actual.getWidth()).isEqualTo(320);
        int worst = 0;
        for (int y = 0; y < 240; y++) {
            for (int x = 0; x < 320; x++) {
                worst = Math.max(worst, maxChannelDiff(expected.getRGB(x, y), actual.getRGB(x, y)));
            }
        }
        assertThat(worst).isLessThanOrEqualTo(3);
    }

    @Test
    void cmykJpegIsLeftToImageIo() throws IOException {
        WritableRaster cmyk = Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, 64, 48, 4, null);
        byte[] data = ((java.awt.image.DataBufferByte) cmyk.getDataBuffer()).getData();
        Arrays.fill(data, (byte) 80);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = jdkJpegWriter();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(cmyk, null, null), null);
        } finally {
            writer.dispose();
        }
        Path f = file("cmyk.jpg", out.toByteArray());
        assertThat(decoder.decode(f, 0, 0, PixelBudget.DEFAULT)).isEmpty();
    }

    @Test
    void sizeOverTheBudgetIsLeftToImageIoWhichExplainsIt() throws IOException {
        Path f = file("big.jpg", jpeg(picture(640, 480)));
        assertThat(decoder.decode(f, 0, 0, new PixelBudget(25_000, 100_000, 64_000_000))).isEmpty();
        assertThat(decoder.decode(f, 0, 0, new PixelBudget(600, 10_000_000, 64_000_000))).isEmpty();
        assertThat(decoder.decode(f, 0, 0, new PixelBudget(25_000, 10_000_000, 100_000))).as("decoded size").isEmpty();
        assertThat(decoder.decode(f, 160, 120, new PixelBudget(25_000, 10_000_000, 100_000)))
                .as("a scaled decode fits the decoded budget").isPresent();
    }

    @Test
    void brokenOrForeignBytesAreLeftToImageIo() throws IOException {
        byte[] good = jpeg(picture(640, 480));
        assertThat(decoder.decode(file("half.jpg", Arrays.copyOf(good, good.length / 2)), 0, 0, PixelBudget.DEFAULT))
                .isEmpty();
        assertThat(decoder.decode(file("zero.jpg", new byte[0]), 0, 0, PixelBudget.DEFAULT)).isEmpty();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture(32, 32), "png", png);
        assertThat(decoder.decode(file("really-a.png", png.toByteArray()), 0, 0, PixelBudget.DEFAULT)).isEmpty();
        byte[] garbage = new byte[4096];
        garbage[0] = (byte) 0xFF;
        garbage[1] = (byte) 0xD8;
        assertThat(decoder.decode(garbage, 0, 0, PixelBudget.DEFAULT)).isEmpty();
        assertThat(decoder.decode(dir.resolve("missing.jpg"), 0, 0, PixelBudget.DEFAULT)).isEmpty();
    }

    @Test
    void aValidHeaderFollowedByJunkIsLeftToImageIoRatherThanReadIntoMemory() throws IOException {
        byte[] small = jpeg(picture(64, 48));
        TurboJpeg.Header header = new TurboJpeg.Header(64, 48, 2, 1);
        byte[] padded = Arrays.copyOf(small, (int) TurboJpegDecoder.plausibleFileSize(header) + 1);
        Path f = file("junk.jpg", padded);
        assertThat(decoder.accepts(f, PixelBudget.DEFAULT)).isFalse();
        assertThat(decoder.decode(f, 0, 0, PixelBudget.DEFAULT)).isEmpty();
        assertThat(decoder.decode(file("ok.jpg", small), 0, 0, PixelBudget.DEFAULT)).isPresent();
    }

    @Test
    void aMissingLibraryIsNoErrorJustAbsent() {
        assertThat(TurboJpeg.find(List.of("libbingkai-does-not-exist.so.9", "/nowhere/libturbojpeg.so"))).isEmpty();
    }

    private static int maxChannelDiff(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d = Math.max(d, Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)));
        }
        return d;
    }

    private static void assertClose(int argb, int rgb, int tolerance) {
        assertThat(maxChannelDiff(argb, rgb)).as("%06x vs %06x", argb & 0xFFFFFF, rgb).isLessThanOrEqualTo(tolerance);
    }
}
