// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import id.bingkai.testing.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Writes zip files byte by byte, so that they can do what {@link java.util.zip.ZipOutputStream} refuses to:
 * the same name twice, sizes that lie, Unix symbolic links, and many directory entries sharing one piece of
 * data (the overlapping-file zip bomb).
 */
final class RawZip {
    private static final int UNIX_LINK = 0xA1FF; // S_IFLNK | 0777
    private static final int UNIX_FILE = 0x81A4; // S_IFREG | 0644

    /** One central directory entry. */
    private record Entry(String name, int method, byte[] stored, long crc, long declaredSize, int unixMode,
            int localHeaderIndex) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<byte[]> locals = new ArrayList<>();
    private final List<Integer> localOffsets = new ArrayList<>();
    private int localBytes;

    /** A stored (uncompressed) file. */
    RawZip stored(String name, byte[] data) {
        return add(name, 0, data, crc(data), data.length, UNIX_FILE);
    }

    /** A deflated file whose real inflated content is {@code rawDeflate}; its size is declared as given. */
    RawZip deflated(String name, byte[] rawDeflate, long crc, long declaredSize) {
        return add(name, 8, rawDeflate, crc, declaredSize, UNIX_FILE);
    }

    /** A Unix symbolic link pointing at {@code target} (as zip tools store links: the target is the content). */
    RawZip link(String name, String target) {
        byte[] data = target.getBytes(StandardCharsets.UTF_8);
        return add(name, 0, data, crc(data), data.length, UNIX_LINK);
    }

    /** Another directory entry for the data of the most recently added file, under a new name. */
    RawZip alias(String name) {
        Entry last = entries.get(entries.size() - 1);
        entries.add(new Entry(name, last.method(), last.stored(), last.crc(), last.declaredSize(), last.unixMode(),
                last.localHeaderIndex()));
        return this;
    }

    private RawZip add(String name, int method, byte[] data, long crc, long declaredSize, int unixMode) {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        byte[] local = Bytes.littleEndian().u32(0x04034b50L).u16(20).u16(0x0800).u16(method).u16(0).u16(0x5821)
                .u32(crc).u32(data.length).u32(declaredSize).u16(nameBytes.length).u16(0).raw(nameBytes).raw(data)
                .toByteArray();
        localOffsets.add(localBytes);
        locals.add(local);
        localBytes += local.length;
        entries.add(new Entry(name, method, data, crc, declaredSize, unixMode, locals.size() - 1));
        return this;
    }

    byte[] toByteArray() {
        Bytes out = Bytes.littleEndian();
        for (byte[] local : locals) {
            out.raw(local);
        }
        int cdStart = out.size();
        for (Entry e : entries) {
            byte[] nameBytes = e.name().getBytes(StandardCharsets.UTF_8);
            out.u32(0x02014b50L).u16(0x0314).u16(20).u16(0x0800).u16(e.method()).u16(0).u16(0x5821)
                    .u32(e.crc()).u32(e.stored().length).u32(e.declaredSize()).u16(nameBytes.length).u16(0).u16(0)
                    .u16(0).u16(0).u32((long) e.unixMode() << 16).u32(localOffsets.get(e.localHeaderIndex()))
                    .raw(nameBytes);
        }
        int cdSize = out.size() - cdStart;
        return out.u32(0x06054b50L).u16(0).u16(0).u16(entries.size()).u16(entries.size()).u32(cdSize).u32(cdStart)
                .u16(0).toByteArray();
    }

    /** CRC-32 of {@code count} zero bytes. */
    static long crcOfZeros(long count) {
        CRC32 crc = new CRC32();
        byte[] block = new byte[64 * 1024];
        for (long left = count; left > 0; left -= block.length) {
            crc.update(block, 0, (int) Math.min(block.length, left));
        }
        return crc.getValue();
    }

    static long crc(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return crc.getValue();
    }
}
