// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import id.bingkai.testing.Bytes;
import id.bingkai.testing.ImageFiles;
import java.io.IOException;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

/**
 * {@link OrientationReader} on the edges its walks guard: a stream handed over mid-way, a zero marker, and IFD
 * entries the count or the segment do not cover although the bytes are there to be read.
 */
class OrientationReaderEdgesTest {
    private static final byte[] SOI = {(byte) 0xFF, (byte) 0xD8};
    private static final byte[] SOS = {(byte) 0xFF, (byte) 0xDA, 0, 2, 0, 0};
    private static final byte[] EXIF_ID = Bytes.latin1("Exif\0\0");

    private static Orientation read(byte[] data) throws IOException {
        try (ImageInputStream in = new ByteArrayImageInputStream(data)) {
            return OrientationReader.read(in);
        }
    }

    private static byte[] segment(int marker, byte[] payload) {
        return Bytes.bigEndian().u8(0xFF).u8(marker).u16(payload.length + 2).raw(payload).toByteArray();
    }

    private static byte[] jpeg(byte[]... parts) {
        return Bytes.concat(SOI, Bytes.concat(parts), SOS);
    }

    private static byte[] entry(int tag, int type, long count, int value) {
        Bytes b = Bytes.bigEndian().u16(tag).u16(type).u32(count);
        return (type == 4 ? b.u32(value) : b.u16(value).u16(0)).toByteArray();
    }

    /** A big-endian TIFF header, IFD0 at 8 declaring {@code count} entries, then these entries. */
    private static byte[] tiff(int count, byte[]... entries) {
        Bytes b = Bytes.bigEndian().ascii("MM").u16(42).u32(8).u16(count);
        for (byte[] entry : entries) {
            b.raw(entry);
        }
        return b.toByteArray();
    }

    @Test
    void aStreamHandedOverMidwayIsReadFromItsStart() throws IOException {
        byte[] file = jpeg(segment(0xE1, Bytes.concat(EXIF_ID, ImageFiles.tiffOrientationIfd(6, false))));
        try (ImageInputStream in = new ByteArrayImageInputStream(file)) {
            in.seek(24);

            assertThat(OrientationReader.read(in)).isEqualTo(Orientation.ROTATE_90);
            assertThat(in.getStreamPosition()).isZero();
        }
    }

    @Test
    void aZeroAfterFfIsASegmentWithALengthNotTheEnd() throws IOException {
        byte[] zeroMarker = {(byte) 0xFF, 0, 0, 4, 1, 2};
        byte[] exif = segment(0xE1, Bytes.concat(EXIF_ID, ImageFiles.tiffOrientationIfd(6, false)));

        assertThat(read(jpeg(zeroMarker, exif))).isEqualTo(Orientation.ROTATE_90);
    }

    @Test
    void anEntryBeyondTheDeclaredCountIsNotRead() throws IOException {
        byte[] oneDeclared = tiff(1, entry(0x0100, 3, 1, 64), entry(0x0112, 3, 1, 6));
        byte[] twoDeclared = tiff(2, entry(0x0100, 3, 1, 64), entry(0x0112, 3, 1, 6));

        assertThat(read(oneDeclared)).isEqualTo(Orientation.NORMAL);
        assertThat(read(twoDeclared)).isEqualTo(Orientation.ROTATE_90);
        assertThat(read(jpeg(segment(0xE1, Bytes.concat(EXIF_ID, oneDeclared))))).isEqualTo(Orientation.NORMAL);
    }

    /** The second entry's last two bytes lie past the segment; the comment after it holds them. */
    @Test
    void aSecondEntryReachingPastTheSegmentIsNotTrusted() throws IOException {
        byte[] ifd = tiff(2, entry(0x0100, 3, 1, 64), entry(0x0112, 3, 1, 6));
        byte[] cut = java.util.Arrays.copyOf(ifd, ifd.length - 2);
        byte[] after = segment(0xFE, new byte[8]);
        byte[] whole = segment(0xE1, Bytes.concat(EXIF_ID, ifd));

        assertThat(read(jpeg(segment(0xE1, Bytes.concat(EXIF_ID, cut)), after))).isEqualTo(Orientation.NORMAL);
        assertThat(read(jpeg(whole, after))).isEqualTo(Orientation.ROTATE_90);
    }

    @Test
    void aSegmentLengthBelowTwoEndsTheWalkUpright() throws IOException {
        byte[] exif = segment(0xE1, Bytes.concat(EXIF_ID, ImageFiles.tiffOrientationIfd(6, false)));

        assertThat(read(jpeg(new byte[] {(byte) 0xFF, (byte) 0xE0, 0, 1}, exif))).isEqualTo(Orientation.NORMAL);
        assertThat(read(jpeg(new byte[] {(byte) 0xFF, (byte) 0xE0, 0, 0}, exif))).isEqualTo(Orientation.NORMAL);
        assertThat(read(jpeg(new byte[] {(byte) 0xFF, (byte) 0xE0, 0, 2}, exif))).isEqualTo(Orientation.ROTATE_90);
    }
}
