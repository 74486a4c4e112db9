// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import id.bingkai.testing.Bytes;
import id.bingkai.testing.ImageFiles;
import java.io.IOException;
import java.nio.ByteOrder;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The container walks of {@link OrientationReader} on hand-written files: which segments and chunks it steps over,
 * where it stops, and which IFD entries it trusts. Each file is built so that a walk that went one step wrong would
 * find a different orientation.
 */
class OrientationReaderStructureTest {
    private static final byte[] SOI = {(byte) 0xFF, (byte) 0xD8};
    private static final byte[] SOS = {(byte) 0xFF, (byte) 0xDA, 0, 2, 0, 0};
    private static final byte[] EXIF_ID = Bytes.latin1("Exif\0\0");

    private static Orientation read(byte[] data) throws IOException {
        try (ImageInputStream in = new ByteArrayImageInputStream(data)) {
            in.setByteOrder(ByteOrder.LITTLE_ENDIAN);
            Orientation orientation = OrientationReader.read(in);
            assertThat(in.getStreamPosition()).as("stream rewound").isZero();
            assertThat(in.getByteOrder()).as("byte order restored").isEqualTo(ByteOrder.LITTLE_ENDIAN);
            return orientation;
        }
    }

    private static byte[] segment(int marker, byte[] payload) {
        return Bytes.bigEndian().u8(0xFF).u8(marker).u16(payload.length + 2).raw(payload).toByteArray();
    }

    private static byte[] jpeg(byte[]... parts) {
        return Bytes.concat(SOI, Bytes.concat(parts), SOS);
    }

    /** APP1 Exif holding IFD0 with only the orientation tag (SHORT, 1 value), big-endian. */
    private static byte[] exif(int orientation) {
        return segment(0xE1, Bytes.concat(EXIF_ID, ImageFiles.tiffOrientationIfd(orientation, false)));
    }

    /** A big-endian TIFF header and IFD0 at 8 with these 12-byte entries, no next-IFD offset. */
    private static byte[] tiff(byte[]... entries) {
        Bytes b = Bytes.bigEndian().ascii("MM").u16(42).u32(8).u16(entries.length);
        for (byte[] entry : entries) {
            b.raw(entry);
        }
        return b.toByteArray();
    }

    private static byte[] entry(int tag, int type, long count, int value) {
        Bytes b = Bytes.bigEndian().u16(tag).u16(type).u32(count);
        return (type == 4 ? b.u32(value) : b.u16(value).u16(0)).toByteArray();
    }

    @Test
    void fillBytesBeforeAMarkerAreSkipped() throws IOException {
        byte[] app1 = exif(6);
        byte[] filled = Bytes.concat(new byte[] {(byte) 0xFF, (byte) 0xFF}, app1);

        assertThat(read(jpeg(filled))).isEqualTo(Orientation.ROTATE_90);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x01, 0xD0, 0xD3, 0xD7})
    void markersWithoutALengthAreSteppedOver(int marker) throws IOException {
        byte[] standalone = {(byte) 0xFF, (byte) marker};

        assertThat(read(jpeg(standalone, exif(6)))).isEqualTo(Orientation.ROTATE_90);
    }

    @Test
    void anEmptySegmentIsSteppedOver() throws IOException {
        assertThat(read(jpeg(segment(0xFE, new byte[0]), exif(3)))).isEqualTo(Orientation.ROTATE_180);
    }

    @Test
    void nothingAfterTheEndOrTheStartOfScanIsRead() throws IOException {
        // a walk that did not stop would take "00 02" as the length of an empty segment and find the Exif block
        byte[] eoiThenExif = Bytes.concat(SOI, new byte[] {(byte) 0xFF, (byte) 0xD9, 0, 2}, exif(6));
        byte[] sosThenExif = Bytes.concat(SOI, new byte[] {(byte) 0xFF, (byte) 0xDA, 0, 2}, exif(6));

        assertThat(read(eoiThenExif)).isEqualTo(Orientation.NORMAL);
        assertThat(read(sosThenExif)).isEqualTo(Orientation.NORMAL);
    }

    @Test
    void bytesThatAreNoMarkerEndTheWalk() throws IOException {
        byte[] comment = segment(0xFE, new byte[2]);
        assertThat(read(Bytes.concat(SOI, comment, new byte[] {0x00}, exif(6)))).isEqualTo(Orientation.NORMAL);
        assertThat(read(Bytes.concat(SOI, new byte[] {(byte) 0xFF}))).isEqualTo(Orientation.NORMAL);
    }

    @Test
    void theFirstExifBlockDecidesEvenWhenItHoldsNoEntry() throws IOException {
        // 16 bytes: the identifier and a bare TIFF header whose IFD would start where the segment ends
        byte[] bare = segment(0xE1, Bytes.concat(EXIF_ID, Bytes.bigEndian().ascii("MM").u16(42).u32(8)
                .toByteArray()));

        assertThat(read(jpeg(bare, exif(6)))).isEqualTo(Orientation.NORMAL);
        assertThat(read(jpeg(exif(8), exif(6)))).isEqualTo(Orientation.ROTATE_270);
    }

    @Test
    void anApp1ThatIsNotExifIsSteppedOver() throws IOException {
        byte[] notExif = segment(0xE1, Bytes.concat(Bytes.latin1("Exif\0X"), new byte[20]));

        assertThat(read(jpeg(notExif, exif(5)))).isEqualTo(Orientation.TRANSPOSE);
    }

    @Test
    void anEntryEndingExactlyAtTheSegmentEndIsRead() throws IOException {
        byte[] tight = segment(0xE1, Bytes.concat(EXIF_ID, tiff(entry(0x0112, 3, 1, 7))));

        assertThat(read(jpeg(tight))).isEqualTo(Orientation.TRANSVERSE);
    }

    @Test
    void anEntryReachingPastTheSegmentIsNotTrusted() throws IOException {
        byte[] full = tiff(entry(0x0112, 3, 1, 6));
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 2); // the padding after the value is outside
        byte[] after = segment(0xFE, new byte[8]);

        assertThat(read(jpeg(segment(0xE1, Bytes.concat(EXIF_ID, cut)), after))).isEqualTo(Orientation.NORMAL);
    }

    @Test
    void orientationAfterOtherEntriesOfEitherSizeIsFound() throws IOException {
        byte[] ifd = tiff(entry(0x0100, 4, 1, 4000), entry(0x0101, 3, 1, 3000), entry(0x0112, 3, 1, 8));

        assertThat(read(jpeg(segment(0xE1, Bytes.concat(EXIF_ID, ifd))))).isEqualTo(Orientation.ROTATE_270);
        assertThat(read(ifd)).isEqualTo(Orientation.ROTATE_270);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 9, 8})
    void anOrientationTagOfAnotherTypeIsNotTrusted(int type) throws IOException {
        // BYTE, ASCII, UNDEFINED, SLONG, SSHORT: none is how EXIF stores the orientation
        byte[] ifd = tiff(entry(0x0112, type, 1, 6));

        assertThat(read(ifd)).isEqualTo(Orientation.NORMAL);
    }

    @Test
    void anOrientationTagWithSeveralValuesIsNotTrusted() throws IOException {
        assertThat(read(tiff(entry(0x0112, 3, 2, 6)))).isEqualTo(Orientation.NORMAL);
        assertThat(read(tiff(entry(0x0112, 3, 0, 6)))).isEqualTo(Orientation.NORMAL);
        assertThat(read(tiff(entry(0x0112, 3, 1, 6)))).isEqualTo(Orientation.ROTATE_90);
    }

    @Test
    void anIfdFurtherOnIsReadWhereItsOffsetPoints() throws IOException {
        // four bytes that look like an IFD with one entry (tag 0xFFFF) sit between the header and the real IFD
        byte[] gap = Bytes.bigEndian().ascii("MM").u16(42).u32(12).u16(1).u16(0xFFFF).u16(1)
                .raw(entry(0x0112, 3, 1, 5)).toByteArray();

        assertThat(read(jpeg(segment(0xE1, Bytes.concat(EXIF_ID, gap)))))
                .isEqualTo(Orientation.TRANSPOSE);
    }

    @Test
    void anIfdInsideTheTiffHeaderIsRefused() throws IOException {
        // IFD offset 6: the count would be the offset's own low half (6), and the entries would start at 8
        byte[] inHeader = Bytes.bigEndian().ascii("MM").u16(42).u32(6).raw(entry(0x0112, 3, 1, 6))
                .raw(new byte[64]).toByteArray();

        assertThat(read(inHeader)).isEqualTo(Orientation.NORMAL);
    }

    @Test
    void onlyMatchingByteOrderMarksAndVersion42Count() throws IOException {
        byte[] good = tiff(entry(0x0112, 3, 1, 6));
        byte[] mixed = good.clone();
        mixed[1] = 'I'; // "MI"
        byte[] mixedOtherWay = good.clone();
        mixedOtherWay[0] = 'I'; // "IM"
        byte[] bigTiff = good.clone();
        bigTiff[3] = 43;

        assertThat(read(jpeg(segment(0xE1, Bytes.concat(EXIF_ID, good))))).isEqualTo(Orientation.ROTATE_90);
        assertThat(read(jpeg(segment(0xE1, Bytes.concat(EXIF_ID, mixed))))).isEqualTo(Orientation.NORMAL);
        assertThat(read(jpeg(segment(0xE1, Bytes.concat(EXIF_ID, mixedOtherWay))))).isEqualTo(Orientation.NORMAL);
        assertThat(read(jpeg(segment(0xE1, Bytes.concat(EXIF_ID, bigTiff))))).isEqualTo(Orientation.NORMAL);
    }

    @Test
    void littleEndianExifInsideABigEndianWalkIsReadInItsOwnOrder() throws IOException {
        byte[] le = segment(0xE1, Bytes.concat(EXIF_ID, ImageFiles.tiffOrientationIfd(6, true)));

        assertThat(read(jpeg(le))).isEqualTo(Orientation.ROTATE_90);
    }

    // --- PNG ---

    private static byte[] png(byte[]... chunks) {
        return Bytes.concat(Bytes.PNG_SIGNATURE, Bytes.ihdr(4, 4, 8, 2, 0), Bytes.concat(chunks));
    }

    private static byte[] exifChunk(int orientation) {
        return Bytes.pngChunk("eXIf", ImageFiles.tiffOrientationIfd(orientation, true));
    }

    @Test
    void pngExifAfterOtherChunksIsFound() throws IOException {
        byte[] text = Bytes.pngChunk("tEXt", Bytes.latin1("Comment\0odd"));

        assertThat(read(png(text, exifChunk(6)))).isEqualTo(Orientation.ROTATE_90);
    }

    @Test
    void pngExifAfterTheImageDataOrTheEndIsIgnored() throws IOException {
        byte[] idat = Bytes.pngChunk("IDAT", Bytes.deflate(new byte[8]));
        byte[] iend = Bytes.pngChunk("IEND", new byte[0]);

        assertThat(read(png(idat, exifChunk(6)))).isEqualTo(Orientation.NORMAL);
        assertThat(read(png(iend, exifChunk(6)))).isEqualTo(Orientation.NORMAL);
    }

    // --- WebP ---

    private static byte[] riff(byte[]... chunks) {
        byte[] body = Bytes.concat(chunks);
        return Bytes.concat(Bytes.littleEndian().ascii("RIFF").u32(4 + body.length).ascii("WEBP").toByteArray(),
                body);
    }

    private static byte[] webpChunk(String type, byte[] data) {
        Bytes b = Bytes.littleEndian().ascii(type).u32(data.length).raw(data);
        return (data.length % 2 == 1 ? b.u8(0) : b).toByteArray();
    }

    @Test
    void webpExifAfterAnOddSizedChunkIsFoundPastItsPadding() throws IOException {
        byte[] odd = webpChunk("ICCP", new byte[] {1, 2, 3});
        byte[] exif = webpChunk("EXIF", ImageFiles.tiffOrientationIfd(8, false));

        assertThat(read(riff(webpChunk("VP8X", new byte[10]), odd, exif))).isEqualTo(Orientation.ROTATE_270);
    }

    @Test
    void webpExifWithTheJpegStyleIdentifierIsFoundToo() throws IOException {
        byte[] exif = webpChunk("EXIF", Bytes.concat(EXIF_ID, ImageFiles.tiffOrientationIfd(3, true)));

        assertThat(read(riff(webpChunk("VP8X", new byte[10]), exif))).isEqualTo(Orientation.ROTATE_180);
    }

    @Test
    void webpExifEntriesMustEndInsideTheChunk() throws IOException {
        byte[] full = tiff(entry(0x0112, 3, 1, 6));
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 2); // the padding after the value is outside
        byte[] after = webpChunk("XMP ", new byte[16]);

        assertThat(read(riff(webpChunk("EXIF", Bytes.concat(EXIF_ID, cut)), after))).isEqualTo(Orientation.NORMAL);
        assertThat(read(riff(webpChunk("EXIF", Bytes.concat(EXIF_ID, full)), after)))
                .isEqualTo(Orientation.ROTATE_90);
    }

    @Test
    void theWalksGiveUpAfter512ChunksOrSegments() throws IOException {
        byte[][] pngText = new byte[511][];
        java.util.Arrays.fill(pngText, Bytes.pngChunk("tEXt", Bytes.latin1("a\0b")));
        byte[][] webpJunk = new byte[511][];
        java.util.Arrays.fill(webpJunk, webpChunk("JUNK", new byte[2]));
        byte[] webpExif = webpChunk("EXIF", ImageFiles.tiffOrientationIfd(6, true));
        byte[][] comments = new byte[511][];
        java.util.Arrays.fill(comments, segment(0xFE, new byte[0]));

        assertThat(read(png(Bytes.concat(pngText), exifChunk(6)))).as("PNG, eXIf as chunk 513 after IHDR")
                .isEqualTo(Orientation.NORMAL);
        assertThat(read(Bytes.concat(Bytes.PNG_SIGNATURE, Bytes.concat(pngText), exifChunk(6))))
                .as("PNG, eXIf as chunk 512").isEqualTo(Orientation.ROTATE_90);
        assertThat(read(riff(webpChunk("VP8X", new byte[10]), Bytes.concat(webpJunk), webpExif)))
                .as("WebP, EXIF as chunk 513").isEqualTo(Orientation.NORMAL);
        assertThat(read(riff(Bytes.concat(webpJunk), webpExif))).as("WebP, EXIF as chunk 512")
                .isEqualTo(Orientation.ROTATE_90);
        assertThat(read(jpeg(segment(0xFE, new byte[0]), Bytes.concat(comments), exif(6))))
                .as("JPEG, Exif as segment 513").isEqualTo(Orientation.NORMAL);
        assertThat(read(jpeg(Bytes.concat(comments), exif(6)))).as("JPEG, Exif as segment 512")
                .isEqualTo(Orientation.ROTATE_90);
    }

    @Test
    void webpExifWithoutAnyIfdMeansUpright() throws IOException {
        assertThat(read(riff(webpChunk("EXIF", EXIF_ID)))).isEqualTo(Orientation.NORMAL);
        assertThat(read(riff(webpChunk("VP8X", new byte[10])))).isEqualTo(Orientation.NORMAL);
    }
}
