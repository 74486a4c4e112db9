// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import id.bingkai.testing.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes TIFF structures (big-endian) as EXIF blocks use them: an IFD of tagged values, with sub-IFDs for the
 * EXIF and GPS tags. Enough to plant camera metadata, and to break it on purpose.
 */
final class Tiff {
    static final int ASCII = 2;
    static final int SHORT = 3;
    static final int LONG = 4;
    static final int RATIONAL = 5;
    static final int UNDEFINED = 7;

    /** One directory; a value of another Ifd becomes a LONG offset to it. */
    static final class Ifd {
        private final List<Object[]> entries = new ArrayList<>();

        Ifd ascii(int tag, String text) {
            byte[] bytes = (text + "\0").getBytes(StandardCharsets.ISO_8859_1);
            return add(tag, ASCII, bytes.length, bytes);
        }

        Ifd shortValue(int tag, int value) {
            return add(tag, SHORT, 1, new byte[] {(byte) (value >> 8), (byte) value});
        }

        Ifd rationals(int tag, long... numeratorsAndDenominators) {
            Bytes b = Bytes.bigEndian();
            for (long v : numeratorsAndDenominators) {
                b.u32(v);
            }
            return add(tag, RATIONAL, numeratorsAndDenominators.length / 2, b.toByteArray());
        }

        Ifd undefined(int tag, byte[] data) {
            return add(tag, UNDEFINED, data.length, data);
        }

        Ifd sub(int tag, Ifd child) {
            entries.add(new Object[] {tag, LONG, 1, child});
            return this;
        }

        Ifd add(int tag, int type, int count, byte[] data) {
            entries.add(new Object[] {tag, type, count, data});
            return this;
        }
    }

    private Tiff() {
    }

    /** "MM", 42, the offset of IFD0 and everything it points to; offsets are relative to the "MM". */
    static byte[] write(Ifd ifd0) {
        Bytes out = Bytes.bigEndian().ascii("MM").u16(42).u32(8);
        List<byte[]> chunks = new ArrayList<>();
        layout(ifd0, 8, chunks);
        for (byte[] chunk : chunks) {
            out.raw(chunk);
        }
        return out.toByteArray();
    }

    /** Lays out one IFD at {@code at}: its entries, then its long values, then its sub-IFDs. Returns the end. */
    private static int layout(Ifd ifd, int at, List<byte[]> chunks) {
        List<Object[]> sorted = new ArrayList<>(ifd.entries);
        sorted.sort(Comparator.comparingInt(e -> (Integer) e[0]));
        int tableSize = 2 + 12 * sorted.size() + 4;
        int dataAt = at + tableSize;
        Bytes data = Bytes.bigEndian();
        List<Object[]> children = new ArrayList<>();
        Bytes table = Bytes.bigEndian().u16(sorted.size());
        for (Object[] e : sorted) {
            int tag = (Integer) e[0];
            int type = (Integer) e[1];
            int count = (Integer) e[2];
            table.u16(tag).u16(type).u32(count);
            if (e[3] instanceof Ifd child) {
                children.add(new Object[] {table.size(), child});
                table.u32(0); // patched below
                continue;
            }
            byte[] value = (byte[]) e[3];
            if (value.length <= 4) {
                table.raw(value).raw(new byte[4 - value.length]);
            } else {
                table.u32(dataAt + data.size());
                data.raw(value);
                if (value.length % 2 == 1) {
                    data.u8(0);
                }
            }
        }
        table.u32(0); // no next IFD
        byte[] tableBytes = table.toByteArray();
        int end = dataAt + data.size();
        int index = chunks.size();
        chunks.add(tableBytes);
        chunks.add(data.toByteArray());
        for (Object[] child : children) {
            int patchAt = (Integer) child[0];
            tableBytes[patchAt] = (byte) (end >>> 24);
            tableBytes[patchAt + 1] = (byte) (end >>> 16);
            tableBytes[patchAt + 2] = (byte) (end >>> 8);
            tableBytes[patchAt + 3] = (byte) end;
            end = layout((Ifd) child[1], end, chunks);
        }
        chunks.set(index, tableBytes);
        return end;
    }

    /** An APP1 payload: "Exif\0\0" and the TIFF structure. */
    static byte[] exifPayload(Ifd ifd0) {
        return Bytes.concat(Bytes.latin1("Exif\0\0"), write(ifd0));
    }

    static Ifd orientation(int value) {
        return new Ifd().shortValue(0x0112, value);
    }
}
