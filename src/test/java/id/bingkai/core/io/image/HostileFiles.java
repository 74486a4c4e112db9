// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import id.bingkai.testing.Bytes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hand-written files that lie about their size or are not what their name says. */
final class HostileFiles {
    private HostileFiles() {
    }

    /** A complete, tiny PNG whose header declares width x height RGB pixels. */
    static byte[] pngDeclaring(int width, int height) {
        byte[] ihdr = Bytes.bigEndian().u32(width).u32(height).u8(8).u8(2).u8(0).u8(0).u8(0)
                .toByteArray();
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[64]);
        deflater.finish();
        byte[] idat = new byte[128];
        int n = deflater.deflate(idat);
        deflater.end();
        return TestImages.concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
                TestImages.pngChunk("IHDR", ihdr), TestImages.pngChunk("IDAT", java.util.Arrays.copyOf(idat, n)),
                TestImages.pngChunk("IEND", new byte[0]));
    }

    /** SOI, a baseline SOF declaring width x height (at most 65535 each: the field is 16 bits), EOI. */
    static byte[] jpegDeclaring(int width, int height) {
        return Bytes.bigEndian().u16(0xFFD8)
                .u16(0xFFC0).u16(17).u8(8).u16(height).u16(width).u8(3)
                .u8(1).u8(0x22).u8(0).u8(2).u8(0x11).u8(1).u8(3).u8(0x11).u8(1)
                .u16(0xFFD9).toByteArray();
    }

    /** A GIF whose screen and first frame declare width x height (16-bit fields). */
    static byte[] gifDeclaring(int width, int height) {
        return Bytes.littleEndian().ascii("GIF89a").u16(width).u16(height).u8(0).u8(0).u8(0)
                .u8(0x2C).u16(0).u16(0).u16(width).u16(height).u8(0)
                .u8(8).u8(2).u8(0x4C).u8(0x01).u8(0).u8(0x3B).toByteArray();
    }

    /** A TIFF whose IFD declares width x height RGB pixels with a few bytes of data. */
    static byte[] tiffDeclaring(long width, long height) {
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
    static byte[] bmpDeclaring(int width, int height) {
        return Bytes.littleEndian().ascii("BM").u32(54 + 16).u32(0).u32(54)
                .u32(40).u32(width).u32(height).u16(1).u16(24).u32(0).u32(0).u32(2835).u32(2835).u32(0).u32(0)
                .raw(new byte[16]).toByteArray();
    }

    /** The start of an ISO-BMFF file: an ftyp box with the given major and compatible brands. */
    static byte[] ftyp(String major, String... compatible) {
        Bytes b = Bytes.bigEndian().u32(16 + 4L * compatible.length).ascii("ftyp")
                .ascii(major).u32(0);
        for (String brand : compatible) {
            b.ascii(brand);
        }
        return b.u32(24).ascii("meta").raw(new byte[16]).toByteArray();
    }

    static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write("{\"schema\": 1}".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
