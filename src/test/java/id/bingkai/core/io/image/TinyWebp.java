// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import id.bingkai.testing.Bytes;
import id.bingkai.testing.ImageFiles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.TreeSet;

/**
 * Writes lossless WebP (VP8L) for pictures with at most two values per colour channel, using only "simple" prefix
 * codes: one bit per channel and pixel, no transforms, no back-references. Enough to test the decoder path without
 * committing binaries; no WebP writer ships with ImageIO or TwelveMonkeys.
 */
final class TinyWebp {
    private TinyWebp() {
    }

    static byte[] encode(BufferedImage image) {
        return riff(chunk("VP8L", vp8l(image)));
    }

    /** The extended layout: VP8X header, the image, then an EXIF chunk holding the orientation. */
    static byte[] encodeWithOrientation(BufferedImage image, int orientation) {
        Bytes vp8x = Bytes.littleEndian().u8(0x08).u8(0).u8(0).u8(0);
        int w = image.getWidth() - 1;
        int h = image.getHeight() - 1;
        vp8x.u8(w & 0xFF).u8(w >> 8 & 0xFF).u8(w >> 16 & 0xFF).u8(h & 0xFF).u8(h >> 8 & 0xFF).u8(h >> 16 & 0xFF);
        return riff(Bytes.concat(chunk("VP8X", vp8x.toByteArray()), chunk("VP8L", vp8l(image)),
                chunk("EXIF", ImageFiles.tiffOrientationIfd(orientation, false))));
    }

    private static byte[] riff(byte[] chunks) {
        return Bytes.littleEndian().ascii("RIFF").u32(4 + chunks.length).ascii("WEBP").raw(chunks)
                .toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        Bytes b = Bytes.littleEndian().ascii(type).u32(data.length).raw(data);
        if (data.length % 2 == 1) {
            b.u8(0);
        }
        return b.toByteArray();
    }

    private static byte[] vp8l(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[][] symbols = new int[3][]; // red, green, blue: the (one or two) values used
        for (int c = 0; c < 3; c++) {
            TreeSet<Integer> values = new TreeSet<>();
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    values.add(image.getRGB(x, y) >> (16 - 8 * c) & 0xFF);
                }
            }
            if (values.size() > 2) {
                throw new IllegalArgumentException("at most two values per channel");
            }
            symbols[c] = values.stream().mapToInt(Integer::intValue).toArray();
        }
        Bits bits = new Bits();
        bits.write(0x2F, 8).write(w - 1, 14).write(h - 1, 14).write(0, 1).write(0, 3);
        bits.write(0, 1); // no transform
        bits.write(0, 1); // no colour cache
        bits.write(0, 1); // one prefix code group
        simpleCode(bits, symbols[1]); // green (and length/cache symbols, unused)
        simpleCode(bits, symbols[0]); // red
        simpleCode(bits, symbols[2]); // blue
        simpleCode(bits, new int[] {255}); // alpha
        simpleCode(bits, new int[] {0}); // distance
        int[] order = {1, 0, 2}; // green, red, blue per pixel
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                for (int c : order) {
                    if (symbols[c].length == 2) {
                        bits.write((rgb >> (16 - 8 * c) & 0xFF) == symbols[c][1] ? 1 : 0, 1);
                    }
                }
            }
        }
        return bits.toByteArray();
    }

    /** A "simple" prefix code: one symbol costs no bits per pixel, two symbols cost one (0 = the smaller). */
    private static void simpleCode(Bits bits, int[] values) {
        bits.write(1, 1).write(values.length - 1, 1);
        boolean wide = values[0] > 1;
        bits.write(wide ? 1 : 0, 1).write(values[0], wide ? 8 : 1);
        if (values.length == 2) {
            bits.write(values[1], 8);
        }
    }

    /** Least-significant-bit-first bit writer, as VP8L reads. */
    private static final class Bits {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int used;

        Bits write(int value, int count) {
            for (int i = 0; i < count; i++) {
                current |= (value >> i & 1) << used;
                if (++used == 8) {
                    out.write(current);
                    current = 0;
                    used = 0;
                }
            }
            return this;
        }

        byte[] toByteArray() {
            if (used > 0) {
                out.write(current);
                current = 0;
                used = 0;
            }
            return out.toByteArray();
        }
    }
}
