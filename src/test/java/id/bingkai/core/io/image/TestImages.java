// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import id.bingkai.testing.Bytes;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Builds test inputs in memory: pictures, encoded files and hand-written headers and markers. */
final class TestImages {
    /** Eight clearly different colours, one per 16 x 16 block of {@link #blocks()}. */
    static final int[] BLOCK_COLOURS = {0xE02020, 0x20C020, 0x2040E0, 0xF0E020, 0x20D0D0, 0xD020D0, 0xF0F0F0,
        0x202020};

    private TestImages() {
    }

    /** A 64 x 32 picture of 4 x 2 coloured blocks: every flip and turn of it looks different. */
    static BufferedImage blocks() {
        BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 64; x++) {
                image.setRGB(x, y, BLOCK_COLOURS[(y / 16) * 4 + x / 16]);
            }
        }
        return image;
    }

    /** 4 x 2 blocks whose channels are each 0x20 or 0xE0, so that the tiny WebP writer can encode them. */
    static BufferedImage twoLevelBlocks() {
        BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 64; x++) {
                int block = (y / 16) * 4 + x / 16;
                int rgb = 0;
                for (int c = 0; c < 3; c++) {
                    rgb = rgb << 8 | ((block >> c & 1) == 1 ? 0xE0 : 0x20);
                }
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }

    /** A flat picture with a smooth gradient, cheap to encode at any size. */
    static BufferedImage gradient(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8 | 0x80);
            }
        }
        return image;
    }

    /** A JPEG at high quality so that colour checks need little tolerance. */
    static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.95f);
        return write(writer, new IIOImage(image, null, null), param);
    }

    /** Raw 4-channel samples as a JPEG without colour transform (the writer adds no Adobe marker). */
    static byte[] jpegRaster(Raster raster) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.95f);
        return write(writer, new IIOImage(raster, null, null), param);
    }

    private static byte[] write(ImageWriter writer, IIOImage image, ImageWriteParam param) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, image, param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** An APP1 Exif segment whose IFD0 holds only the orientation tag. */
    static byte[] withExifOrientation(byte[] jpeg, int orientation, boolean littleEndian) {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        payload.writeBytes(tiffOrientationIfd(orientation, littleEndian));
        return Bytes.withSegment(jpeg, 0xE1, payload.toByteArray());
    }

    /** A TIFF header and an IFD0 with one entry: Orientation (0x0112, SHORT, 1 value). */
    static byte[] tiffOrientationIfd(int orientation, boolean littleEndian) {
        Bytes b = (littleEndian ? Bytes.littleEndian() : Bytes.bigEndian());
        b.ascii(littleEndian ? "II" : "MM").u16(42).u32(8);
        b.u16(1).u16(0x0112).u16(3).u32(1).u16(orientation).u16(0);
        b.u32(0);
        return b.toByteArray();
    }

    /** An uncompressed 8-bit RGB TIFF written by hand, so that it can carry an Orientation tag. */
    static byte[] tiffRgb(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        int entries = 10;
        int bitsAt = 8 + 2 + entries * 12 + 4;
        int dataAt = bitsAt + 6;
        Bytes b = Bytes.littleEndian().ascii("II").u16(42).u32(8).u16(entries);
        b.u16(256).u16(3).u32(1).u16(w).u16(0);
        b.u16(257).u16(3).u32(1).u16(h).u16(0);
        b.u16(258).u16(3).u32(3).u32(bitsAt);
        b.u16(259).u16(3).u32(1).u16(1).u16(0);
        b.u16(262).u16(3).u32(1).u16(2).u16(0);
        b.u16(273).u16(4).u32(1).u32(dataAt);
        b.u16(274).u16(3).u32(1).u16(orientation).u16(0);
        b.u16(277).u16(3).u32(1).u16(3).u16(0);
        b.u16(278).u16(3).u32(1).u16(h).u16(0);
        b.u16(279).u16(4).u32(1).u32((long) w * h * 3);
        b.u32(0).u16(8).u16(8).u16(8);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                b.u8(rgb >> 16 & 0xFF).u8(rgb >> 8 & 0xFF).u8(rgb & 0xFF);
            }
        }
        return b.toByteArray();
    }

    /** A PNG chunk with its length and CRC. */
    static byte[] pngChunk(String type, byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            byte[] name = type.getBytes(StandardCharsets.ISO_8859_1);
            out.writeInt(data.length);
            out.write(name);
            out.write(data);
            CRC32 crc = new CRC32();
            crc.update(name);
            crc.update(data);
            out.writeInt((int) crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Inserts chunks right after IHDR (signature 8 bytes + IHDR 25 bytes). */
    static byte[] withPngChunksAfterHeader(byte[] png, byte[]... chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33);
        for (byte[] chunk : chunks) {
            out.writeBytes(chunk);
        }
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static ImageWriter writer(String format) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new IllegalStateException("no writer for " + format);
        }
        return writers.next();
    }
}
