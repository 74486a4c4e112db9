// SPDX-License-Identifier: Apache-2.0
package id.bingkai.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hand-written binary structures for test files: headers, PNG chunks, JPEG segments, deflate streams. */
public final class Bytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final boolean littleEndian;

    private Bytes(boolean littleEndian) {
        this.littleEndian = littleEndian;
    }

    public static Bytes bigEndian() {
        return new Bytes(false);
    }

    public static Bytes littleEndian() {
        return new Bytes(true);
    }

    public Bytes u8(int v) {
        out.write(v);
        return this;
    }

    public Bytes u16(int v) {
        if (littleEndian) {
            out.write(v & 0xFF);
            out.write(v >> 8 & 0xFF);
        } else {
            out.write(v >> 8 & 0xFF);
            out.write(v & 0xFF);
        }
        return this;
    }

    public Bytes u24(int v) {
        if (littleEndian) {
            u8(v & 0xFF).u8(v >> 8 & 0xFF).u8(v >> 16 & 0xFF);
        } else {
            u8(v >> 16 & 0xFF).u8(v >> 8 & 0xFF).u8(v & 0xFF);
        }
        return this;
    }

    public Bytes u32(long v) {
        if (littleEndian) {
            u16((int) (v & 0xFFFF)).u16((int) (v >> 16 & 0xFFFF));
        } else {
            u16((int) (v >> 16 & 0xFFFF)).u16((int) (v & 0xFFFF));
        }
        return this;
    }

    public Bytes ascii(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }

    public Bytes raw(byte[] data) {
        out.writeBytes(data);
        return this;
    }

    public int size() {
        return out.size();
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    public static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // --- PNG ---

    public static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    /** A chunk with its length and a correct CRC. */
    public static byte[] pngChunk(String type, byte[] data) {
        byte[] name = latin1(type);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return bigEndian().u32(data.length).raw(name).raw(data).u32(crc.getValue()).toByteArray();
    }

    public static byte[] ihdr(long width, long height, int bitDepth, int colourType, int interlace) {
        return pngChunk("IHDR", bigEndian().u32(width).u32(height).u8(bitDepth).u8(colourType).u8(0).u8(0)
                .u8(interlace).toByteArray());
    }

    /** Inserts chunks right after IHDR of an encoded PNG (signature 8 bytes + IHDR 25 bytes). */
    public static byte[] withChunksAfterHeader(byte[] png, byte[]... chunks) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(png, 0, 33);
        for (byte[] chunk : chunks) {
            all.writeBytes(chunk);
        }
        all.write(png, 33, png.length - 33);
        return all.toByteArray();
    }

    // --- JPEG ---

    /** Inserts a marker segment (the payload gets its length prepended) right after SOI. */
    public static byte[] withSegment(byte[] jpeg, int marker, byte[] payload) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(jpeg, 0, 2);
        all.write(0xFF);
        all.write(marker);
        int length = payload.length + 2;
        all.write(length >> 8);
        all.write(length & 0xFF);
        all.writeBytes(payload);
        all.write(jpeg, 2, jpeg.length - 2);
        return all.toByteArray();
    }

    // --- deflate ---

    public static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                all.write(buffer, 0, deflater.deflate(buffer));
            }
            return all.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * A zlib stream of {@code count} zero bytes, built without ever holding or compressing them all: the kernel
     * of every decompression bomb (about 1 KB per MB, and it takes milliseconds to build a gigabyte).
     */
    public static byte[] deflateZeros(long count) {
        long adler = (count % 65521) << 16 | 1; // Adler-32 of zeros: a = 1, b = count
        return concat(new byte[] {0x78, (byte) 0xDA}, rawDeflateZeros(count), bigEndian().u32(adler).toByteArray());
    }

    /**
     * Raw deflate (as zip entries hold it) of {@code count} zeros. One megabyte of zeros is compressed once and
     * ended with a full flush, which makes it a self-contained, byte-aligned piece that can simply be repeated;
     * an empty final block closes the stream.
     */
    public static byte[] rawDeflateZeros(long count) {
        int unit = 1 << 20;
        byte[] piece = fullFlushed(new byte[unit]);
        ByteArrayOutputStream all = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8,
                (count / unit + 2) * piece.length));
        for (long i = 0; i < count / unit; i++) {
            all.writeBytes(piece);
        }
        if (count % unit != 0) {
            all.writeBytes(fullFlushed(new byte[(int) (count % unit)]));
        }
        all.write(0x03); // final block, fixed codes, end of block at once
        all.write(0x00);
        return all.toByteArray();
    }

    private static byte[] fullFlushed(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(data);
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            do {
                n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
                all.write(buffer, 0, n);
            } while (n == buffer.length || !deflater.needsInput());
            return all.toByteArray();
        } finally {
            deflater.end();
        }
    }

    // --- zip ---

    /** One zip entry; {@code data} is stored as given (the zip writer compresses it). */
    public record Entry(String name, byte[] data) {
    }

    /** A zip of the entries in order, with a fixed timestamp so that the bytes do not depend on the clock. */
    public static byte[] zip(Iterable<Entry> entries) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(all)) {
            for (Entry entry : entries) {
                ZipEntry e = new ZipEntry(entry.name());
                e.setTime(FIXED_TIME);
                zip.putNextEntry(e);
                zip.write(entry.data());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toByteArray();
    }

    /** 2024-01-01, any fixed moment will do. */
    static final long FIXED_TIME = 1_704_067_200_000L;
}
