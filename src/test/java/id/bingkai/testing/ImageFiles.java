// SPDX-License-Identifier: Apache-2.0
package id.bingkai.testing;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Image files built in test code: {@link Pictures} encoded with the JDK's writers, and small hand-written files
 * (headers that declare a size, the shape of a decompression bomb; EXIF orientation; uncompressed TIFF). The
 * structures themselves (chunks, segments, deflate) are in {@link Bytes}.
 */
public final class ImageFiles {
    private ImageFiles() {
    }

    /** The image written by ImageIO in {@code format} ("png", "bmp", "gif", ...). */
    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A complete, tiny PNG whose header declares width x height pixels of the colour type (2 = RGB). */
    public static byte[] pngDeclaring(long width, long height, int colourType) {
        return Bytes.concat(Bytes.PNG_SIGNATURE, Bytes.ihdr(width, height, 8, colourType, 0),
                Bytes.pngChunk("IDAT", Bytes.deflate(new byte[64])), Bytes.pngChunk("IEND", new byte[0]));
    }

    /** SOI, a baseline SOF declaring width x height (at most 65535 each: the field is 16 bits), EOI. */
    public static byte[] jpegDeclaring(int width, int height) {
        return Bytes.bigEndian().u16(0xFFD8).u16(0xFFC0).u16(17).u8(8).u16(height).u16(width).u8(3)
                .u8(1).u8(0x22).u8(0).u8(2).u8(0x11).u8(1).u8(3).u8(0x11).u8(1).u16(0xFFD9).toByteArray();
    }

    /** A GIF whose screen and first frame declare width x height (16-bit fields). */
    public static byte[] gifDeclaring(int width, int height) {
        return Bytes.littleEndian().ascii("GIF89a").u16(width).u16(height).u8(0).u8(0).u8(0)
                .u8(0x2C).u16(0).u16(0).u16(width).u16(height).u8(0)
                .u8(8).u8(2).u8(0x4C).u8(0x01).u8(0).u8(0x3B).toByteArray();
    }

    /** A TIFF whose IFD declares width x height RGB pixels with a few bytes of data. */
    public static byte[] tiffDeclaring(long width, long height) {
        Bytes b = Bytes.littleEndian().ascii("II").u16(42).u32(8).u16(7);
        b.u16(256).u16(4).u32(1).u32(width);
        b.u16(257).u16(4).u32(1).u32(height);
        b.u16(259).u16(3).u32(1).u16(1).u16(0);
        b.u16(262).u16(3).u32(1).u16(1).u16(0);
        b.u16(273).u16(4).u32(1).u32(8 + 2 + 7 * 12 + 4);
        b.u16(278).u16(4).u32(1).u32(height);
        b.u16(279).u16(4).u32(1).u32(16);
        return b.u32(0).raw(new byte[16]).toByteArray();
    }

    /** A BMP (BITMAPINFOHEADER, 24 bit) declaring width x height. */
    public static byte[] bmpDeclaring(int width, int height) {
        return Bytes.littleEndian().ascii("BM").u32(54 + 16).u32(0).u32(54)
                .u32(40).u32(width).u32(height).u16(1).u16(24).u32(0).u32(0).u32(2835).u32(2835).u32(0).u32(0)
                .raw(new byte[16]).toByteArray();
    }

    /** The start of an ISO-BMFF file (HEIC, AVIF, MP4): an ftyp box with the given brands. */
    public static byte[] ftyp(String major, String... compatible) {
        Bytes b = Bytes.bigEndian().u32(16 + 4L * compatible.length).ascii("ftyp").ascii(major).u32(0);
        for (String brand : compatible) {
            b.ascii(brand);
        }
        return b.u32(24).ascii("meta").raw(new byte[16]).toByteArray();
    }

    /** A baseline JPEG at quality 0.92, the JDK writer's usual output. */
    public static byte[] jpeg(BufferedImage image) {
        return jpeg(image, 0.92f, false);
    }

    public static byte[] jpeg(BufferedImage image, boolean progressive) {
        return jpeg(image, 0.92f, progressive);
    }

    /** A baseline JPEG at this quality (0.95 keeps colour checks to a small tolerance). */
    public static byte[] jpeg(BufferedImage image, float quality) {
        return jpeg(image, quality, false);
    }

    public static byte[] jpeg(BufferedImage image, float quality, boolean progressive) {
        ImageWriter writer = jdkWriter("jpeg");
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        param.setProgressiveMode(progressive ? ImageWriteParam.MODE_DEFAULT : ImageWriteParam.MODE_DISABLED);
        return write(writer, new IIOImage(image, null, null), param);
    }

    /**
     * Four raw channels without colour transform; the writer adds no Adobe marker, the caller adds the one that
     * says CMYK or YCCK.
     */
    public static byte[] jpegFourChannels(Raster raster, float quality) {
        ImageWriter writer = jdkWriter("jpeg");
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        return write(writer, new IIOImage(raster, null, null), param);
    }

    /** Adam7-interlaced PNG. */
    public static byte[] pngInterlaced(BufferedImage image) {
        ImageWriter writer = jdkWriter("png");
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        return write(writer, new IIOImage(image, null, null), param);
    }

    /** A GIF with several frames (an animation). */
    public static byte[] animatedGif(BufferedImage... frames) {
        ImageWriter writer = jdkWriter("gif");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (BufferedImage frame : frames) {
                ImageWriteParam param = writer.getDefaultWriteParam();
                IIOMetadata metadata = writer.getDefaultImageMetadata(
                        ImageTypeSpecifier.createFromRenderedImage(frame), param);
                String format = metadata.getNativeMetadataFormatName();
                IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
                IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
                control.setAttribute("disposalMethod", "none");
                control.setAttribute("userInputFlag", "FALSE");
                control.setAttribute("transparentColorFlag", "FALSE");
                control.setAttribute("delayTime", "10");
                control.setAttribute("transparentColorIndex", "0");
                root.appendChild(control);
                metadata.setFromTree(format, root);
                writer.writeToSequence(new IIOImage(frame, null, metadata), param);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** The JDK's own writer: plug-ins may register writers for the same format with other defaults. */
    public static ImageWriter jdkWriter(String format) {
        var writers = ImageIO.getImageWritersByFormatName(format);
        ImageWriter first = null;
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (writer.getClass().getName().startsWith("com.sun.imageio.")) {
                return writer;
            }
            if (first == null) {
                first = writer;
            }
        }
        if (first == null) {
            throw new IllegalStateException("no writer for " + format);
        }
        return first;
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

    /** The JPEG with an APP1 Exif segment whose IFD0 holds only the orientation tag. */
    public static byte[] withExifOrientation(byte[] jpeg, int orientation, boolean littleEndian) {
        return Bytes.withSegment(jpeg, 0xE1, Bytes.concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1),
                tiffOrientationIfd(orientation, littleEndian)));
    }

    /** A TIFF header and an IFD0 with one entry: Orientation (0x0112, SHORT, 1 value). */
    public static byte[] tiffOrientationIfd(int orientation, boolean littleEndian) {
        Bytes b = littleEndian ? Bytes.littleEndian() : Bytes.bigEndian();
        b.ascii(littleEndian ? "II" : "MM").u16(42).u32(8);
        b.u16(1).u16(0x0112).u16(3).u32(1).u16(orientation).u16(0);
        b.u32(0);
        return b.toByteArray();
    }

    /** An uncompressed 8-bit RGB TIFF written by hand, so that it can carry an Orientation tag. */
    public static byte[] tiffRgb(BufferedImage image, int orientation) {
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
}
