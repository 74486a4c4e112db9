// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static id.bingkai.core.io.image.PixelAssert.assertColour;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.testing.Bytes;
import id.bingkai.testing.ImageFiles;
import id.bingkai.testing.Pictures;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each supported format decodes to the expected pixels in TYPE_INT_RGB, or TYPE_INT_ARGB when it has alpha. */
class ImageLoaderFormatsTest {
    private static final Path NAME = Path.of("format-test");

    private final ImageLoader loader = new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system());

    @TempDir
    Path dir;

    private static void assertBlocks(BufferedImage image, int tolerance) {
        assertThat(image.getWidth()).isEqualTo(64);
        assertThat(image.getHeight()).isEqualTo(32);
        for (int i = 0; i < Pictures.BLOCK_COLOURS.length; i++) {
            assertColour(image, (i % 4) * 16 + 8, (i / 4) * 16 + 8, Pictures.BLOCK_COLOURS[i], tolerance);
        }
    }

    @Test
    void sixteenBitPngIsScaledToEightBits() {
        ColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                ColorModel.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = cm.createCompatibleWritableRaster(4, 1);
        raster.setPixel(0, 0, new int[] {0xFFFF, 0, 0x8080});
        raster.setPixel(1, 0, new int[] {0x1234, 0xABCD, 0xFF00});
        byte[] png = ImageFiles.encode(new BufferedImage(cm, raster, false, null), "png");

        BufferedImage image = loader.read(png, NAME, 0, 0);

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertColour(image, 0, 0, 0xFF0080, 1);
        assertColour(image, 1, 0, 0x12ABFE, 1);
    }

    @Test
    void paletteWithTransparencyKeepsItsAlpha() {
        byte[] r = {0, (byte) 255, 0, 0};
        byte[] g = {0, 0, (byte) 255, 0};
        byte[] b = {0, 0, 0, (byte) 255};
        byte[] a = {0, (byte) 128, (byte) 255, (byte) 255};
        IndexColorModel cm = new IndexColorModel(8, 4, r, g, b, a);
        BufferedImage palette = new BufferedImage(4, 1, BufferedImage.TYPE_BYTE_INDEXED, cm);
        WritableRaster raster = palette.getRaster();
        for (int x = 0; x < 4; x++) {
            raster.setSample(x, 0, 0, x);
        }
        byte[] png = ImageFiles.encode(palette, "png");
        assertThat(new String(png, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("tRNS");

        BufferedImage image = loader.read(png, NAME, 0, 0);

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(image.getRGB(0, 0) >>> 24).isZero();
        assertThat(image.getRGB(1, 0)).isEqualTo(0x80FF0000);
        assertThat(image.getRGB(2, 0)).isEqualTo(0xFF00FF00);
        assertThat(image.getRGB(3, 0)).isEqualTo(0xFF0000FF);
    }

    @Test
    void rgbPngWithTransparentColourKeyGetsAlpha() {
        BufferedImage rgb = new BufferedImage(2, 1, BufferedImage.TYPE_3BYTE_BGR);
        rgb.setRGB(0, 0, 0x00FF00);
        rgb.setRGB(1, 0, 0x123456);
        byte[] key = Bytes.bigEndian().u16(0).u16(0xFF).u16(0).toByteArray();
        byte[] png = Bytes.withChunksAfterHeader(ImageFiles.encode(rgb, "png"),
                Bytes.pngChunk("tRNS", key));

        BufferedImage image = loader.read(png, NAME, 0, 0);

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(image.getRGB(0, 0) >>> 24).isZero();
        assertThat(image.getRGB(1, 0)).isEqualTo(0xFF123456);
    }

    /** Grey values mean sRGB-encoded grey: 100 stays 100 (Java2D's linear grey would brighten it to ~170). */
    @Test
    void greyWithAlphaKeepsGreyLevelsAndAlpha() {
        ColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), true, false,
                ColorModel.TRANSLUCENT, DataBuffer.TYPE_BYTE);
        WritableRaster raster = cm.createCompatibleWritableRaster(2, 1);
        raster.setPixel(0, 0, new int[] {100, 200});
        raster.setPixel(1, 0, new int[] {250, 255});
        byte[] png = ImageFiles.encode(new BufferedImage(cm, raster, false, null), "png");

        BufferedImage image = loader.read(png, NAME, 0, 0);

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(image.getRGB(0, 0)).isEqualTo(200 << 24 | 100 << 16 | 100 << 8 | 100);
        assertThat(image.getRGB(1, 0)).isEqualTo(0xFFFAFAFA);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_USHORT_GRAY})
    void greyPngBecomesOpaqueGreyRgb(int type) {
        BufferedImage grey = new BufferedImage(1, 1, type);
        int max = type == BufferedImage.TYPE_BYTE_GRAY ? 255 : 65535;
        grey.getRaster().setSample(0, 0, 0, max * 60 / 255);

        BufferedImage image = loader.read(ImageFiles.encode(grey, "png"), NAME, 0, 0);

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertColour(image, 0, 0, 0x3C3C3C, 1);
    }

    @Test
    void gifGivesItsFirstFrame() throws IOException {
        BufferedImage red = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        BufferedImage blue = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                red.setRGB(x, y, 0xFF0000);
                blue.setRGB(x, y, 0x0000FF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageFiles.jdkWriter("gif");
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            writer.writeToSequence(new IIOImage(red, null, null), null);
            writer.writeToSequence(new IIOImage(blue, null, null), null);
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }

        Path file = Files.write(dir.resolve("anim.gif"), out.toByteArray());

        assertThat(loader.probe(file).format()).isEqualTo("gif");
        assertColour(loader.load(file, 0, 0), 4, 4, 0xFF0000, 8);
    }

    @Test
    void bmpDecodes() {
        BufferedImage source = new BufferedImage(64, 32, BufferedImage.TYPE_3BYTE_BGR);
        source.getGraphics().drawImage(Pictures.blocks(), 0, 0, null);

        assertBlocks(loader.read(ImageFiles.encode(source, "bmp"), NAME, 0, 0), 0);
    }

    @Test
    void tiffDecodesAndHonoursItsOrientationTag() throws IOException {
        BufferedImage stored = ImageLoaderOrientationTest.stored(Pictures.blocks(), 6);
        Path file = Files.write(dir.resolve("turned.tif"), ImageFiles.tiffRgb(stored, 6));

        ImageInfo info = loader.probe(file);
        assertThat(info.format()).isEqualTo("tiff");
        assertThat(info.orientation()).isEqualTo(6);
        assertThat(info.width()).isEqualTo(64);
        assertBlocks(loader.load(file, 0, 0), 0);
    }

    @Test
    void compressedTiffFromImageIoDecodes() {
        assertBlocks(loader.read(ImageFiles.encode(Pictures.blocks(), "tiff"), NAME, 0, 0), 0);
    }

    @Test
    void psdCompositeDecodes() throws IOException {
        Path file = Files.write(dir.resolve("layered.psd"), ImageFiles.encode(Pictures.blocks(), "psd"));

        assertThat(loader.probe(file).format()).isEqualTo("psd");
        assertBlocks(loader.load(file, 0, 0), 0);
    }

    @Test
    void losslessWebpDecodesExactly() throws IOException {
        BufferedImage source = Pictures.twoLevelBlocks();
        Path file = Files.write(dir.resolve("picture.webp"), TinyWebp.encode(source));

        BufferedImage image = loader.load(file, 0, 0);

        assertThat(loader.probe(file).format()).isEqualTo("webp");
        for (int y = 0; y < 32; y += 5) {
            for (int x = 0; x < 64; x += 5) {
                assertThat(image.getRGB(x, y) & 0xFFFFFF).isEqualTo(source.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    @Test
    void webpExifOrientationIsApplied() throws IOException {
        BufferedImage upright = Pictures.twoLevelBlocks();
        BufferedImage stored = ImageLoaderOrientationTest.stored(upright, 8);
        Path file = Files.write(dir.resolve("turned.webp"), TinyWebp.encodeWithOrientation(stored, 8));

        BufferedImage image = loader.load(file, 0, 0);

        assertThat(loader.probe(file).orientation()).isEqualTo(8);
        assertThat(image.getWidth()).isEqualTo(64);
        for (int y = 0; y < 32; y += 5) {
            for (int x = 0; x < 64; x += 5) {
                assertThat(image.getRGB(x, y) & 0xFFFFFF).isEqualTo(upright.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    /**
     * Lossy WebP of {@link id.bingkai.testing.Pictures#blocks()}, 154 and 190 bytes, made once with ImageMagick 6.9 / libwebp 1.2.4
     * ({@code convert blocks.png -quality 80 blocks.webp}, the second with 50 % alpha): no Java library writes VP8.
     */
    private static final String LOSSY_WEBP = "UklGRpIAAABXRUJQVlA4IIYAAADQBACdASpAACAAAUAmJaAN/zgO4kYRwD8Tf2S/2/O6aBd2"
            + "v4B/l877ET/4caeHwAD+8FoP/ivLgff/hYFrh9a+AtOI4o9oPUd/IcaktaNNL6iJ73+DyayqzR0qjQTfqAunBxUDvQhmKfOy1YvGL"
            + "LXxZED/3MoA1I8X/q98E3/1CiAAAAAAAA==";
    private static final String LOSSY_WEBP_HALF_ALPHA = "UklGRrYAAABXRUJQVlA4WAoAAAAQAAAAPwAAHwAAQUxQSAoAAAABB1DAi"
            + "AhERP8DVlA4IIYAAADQBACdASpAACAAAUAmJaAN/zgO4kYRwD8Tf2S/2/O6aBd2v4B/l877ET/4caeHwAD+8FoP/ivLgff/hYFrh"
            + "9a+AtOI4o9oPUd/IcaktaNNL6iJ73+DyayqzR0qjQTfqAunBxUDvQhmKfOy1YvGLLXxZED/3MoA1I8X/q98E3/1CiAAAAAAAA==";

    @Test
    void lossyWebpDecodes() {
        BufferedImage image = loader.read(Base64.getDecoder().decode(LOSSY_WEBP), NAME, 0, 0);

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertBlocks(image, 24);
    }

    @Test
    void lossyWebpWithAlphaKeepsItsAlpha() {
        BufferedImage image = loader.read(Base64.getDecoder().decode(LOSSY_WEBP_HALF_ALPHA), NAME, 0, 0);

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(image.getRGB(8, 8) >>> 24).isBetween(120, 136);
        assertBlocks(image, 24);
    }

    @Test
    void formatIsSniffedFromContentNotFromTheName() throws IOException {
        Path file = Files.write(dir.resolve("really-a-png.jpg"), ImageFiles.encode(Pictures.blocks(), "png"));

        assertThat(loader.probe(file).format()).isEqualTo("png");
        assertBlocks(loader.load(file, 0, 0), 0);
    }

    @Test
    void progressiveJpegDecodes() throws IOException {
        ImageWriter writer = ImageFiles.jdkWriter("jpeg");
        javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(javax.imageio.ImageWriteParam.MODE_DEFAULT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(Pictures.blocks(), null, null), param);
        } finally {
            writer.dispose();
        }

        assertBlocks(loader.read(out.toByteArray(), NAME, 0, 0), 24);
    }
}
