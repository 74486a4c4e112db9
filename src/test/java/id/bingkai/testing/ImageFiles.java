// SPDX-License-Identifier: Apache-2.0
package id.bingkai.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Image files built in test code: encoded pictures, and tiny hand-written files whose headers declare a size
 * (the shape of a decompression bomb) or announce a format.
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
}
