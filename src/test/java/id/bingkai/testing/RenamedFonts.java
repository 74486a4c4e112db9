// SPDX-License-Identifier: Apache-2.0
package id.bingkai.testing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A TrueType face of a family other than Inter, for tests of a pack's own font: the bundled TrueType copy of Inter
 * with the word "Inter" in its {@code name} table replaced by another five letters ("Kotak": family "Kotak",
 * PostScript name "Kotak-Regular"). The outlines, metrics and every offset stay as they are; only the name table's
 * checksum no longer matches, which neither Java's font loader nor PDFBox checks.
 */
public final class RenamedFonts {
    public static final String FAMILY = "Kotak";

    private RenamedFonts() {
    }

    /** Inter Regular renamed to {@link #FAMILY}. */
    public static byte[] kotakRegular() {
        return renamed(TestPacks.resource("id/bingkai/core/fonts/pdf/Inter-Regular.ttf"), "Inter", FAMILY);
    }

    /** The font with every {@code from} in its name table's UTF-16 strings written as {@code to} (same length). */
    static byte[] renamed(byte[] font, String from, String to) {
        if (from.length() != to.length()) {
            throw new IllegalArgumentException("the new name must be as long as the old one");
        }
        byte[] out = font.clone();
        ByteBuffer b = ByteBuffer.wrap(out);
        int tables = b.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            String tag = new String(out, record, 4, StandardCharsets.US_ASCII);
            if (tag.equals("name")) {
                int start = b.getInt(record + 8);
                int end = start + b.getInt(record + 12);
                replace(out, start, end, from.getBytes(StandardCharsets.UTF_16BE),
                        to.getBytes(StandardCharsets.UTF_16BE));
                return out;
            }
        }
        throw new IllegalArgumentException("no name table");
    }

    private static void replace(byte[] data, int start, int end, byte[] from, byte[] to) {
        int count = 0;
        for (int i = start; i + from.length <= end; i++) {
            if (Arrays.equals(data, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, data, i, to.length);
                count++;
            }
        }
        if (count == 0) {
            throw new IllegalArgumentException("the name table has no " + new String(from, StandardCharsets.UTF_16BE));
        }
    }
}
