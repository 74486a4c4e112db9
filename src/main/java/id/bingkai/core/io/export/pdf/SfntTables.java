// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Drops one table from a TrueType/OpenType font's table directory, leaving the bytes of every other table where they
 * are. Used for {@code GSUB}: PDFBox applies a font's glyph substitutions to every string shown with it, compiling a
 * regular expression over all ligatures per call, which cost a pledge card (hundreds of characters, each shown on
 * its own at the renderer's positions) most of its time; the page never wants them, since each glyph is placed
 * where Java's layout, which applies no ligatures, put it.
 */
final class SfntTables {
    private static final int HEADER = 12;
    private static final int RECORD = 16;

    private SfntTables() {
    }

    /** The font without {@code tag}; the same array when it has no such table or is not a single sfnt font. */
    static byte[] without(byte[] font, String tag) {
        if (font.length < HEADER) {
            return font;
        }
        ByteBuffer in = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(in.getShort(4));
        if ((long) HEADER + (long) tables * RECORD > font.length) {
            return font; // a damaged directory: the font loader will say so
        }
        int found = -1;
        byte[] wanted = tag.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < tables && found < 0; i++) {
            if (in.slice(HEADER + i * RECORD, 4).equals(ByteBuffer.wrap(wanted))) {
                found = i;
            }
        }
        if (found < 0) {
            return font;
        }
        byte[] out = font.clone();
        ByteBuffer o = ByteBuffer.wrap(out);
        int remaining = tables - 1;
        int power = Integer.highestOneBit(Math.max(remaining, 1));
        o.putShort(4, (short) remaining);
        o.putShort(6, (short) (power * RECORD));
        o.putShort(8, (short) Integer.numberOfTrailingZeros(power));
        o.putShort(10, (short) (remaining * RECORD - power * RECORD));
        int from = HEADER + (found + 1) * RECORD;
        System.arraycopy(font, from, out, from - RECORD, HEADER + tables * RECORD - from);
        java.util.Arrays.fill(out, HEADER + remaining * RECORD, HEADER + tables * RECORD, (byte) 0);
        return out;
    }
}
