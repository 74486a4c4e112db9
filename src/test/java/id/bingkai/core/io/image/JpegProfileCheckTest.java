// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import id.bingkai.testing.Bytes;
import java.io.IOException;
import java.nio.ByteOrder;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The profile-size check on hand-written marker sequences: which APP2 chunk it reads, and where it stops. */
class JpegProfileCheckTest {
    private static final byte[] SOI = {(byte) 0xFF, (byte) 0xD8};
    private static final byte[] SOS = {(byte) 0xFF, (byte) 0xDA, 0, 2, 0, 0};
    private static final long HUGE = Integer.MAX_VALUE - 8L;

    private static boolean check(byte[] file) throws IOException {
        try (ImageInputStream in = new ByteArrayImageInputStream(file)) {
            in.setByteOrder(ByteOrder.LITTLE_ENDIAN);
            in.seek(5);
            boolean impossible = JpegProfileCheck.declaresImpossibleSize(in);
            assertThat(in.getStreamPosition()).as("rewound").isZero();
            assertThat(in.getByteOrder()).as("byte order restored").isEqualTo(ByteOrder.LITTLE_ENDIAN);
            return impossible;
        }
    }

    private static byte[] segment(int marker, byte[] payload) {
        return Bytes.bigEndian().u8(0xFF).u8(marker).u16(payload.length + 2).raw(payload).toByteArray();
    }

    /** An ICC chunk whose 40-byte profile header declares {@code size}, with or without the "acsp" magic. */
    private static byte[] icc(int sequence, long size, boolean magic) {
        byte[] header = Bytes.bigEndian().u32(size).raw(new byte[32]).ascii(magic ? "acsp" : "xxxx").toByteArray();
        return segment(0xE2, Bytes.concat(Bytes.latin1("ICC_PROFILE\0"), new byte[] {(byte) sequence, 1}, header));
    }

    private static byte[] jpeg(byte[]... parts) {
        return Bytes.concat(SOI, Bytes.concat(parts), SOS);
    }

    @Test
    void aHeaderDeclaringMoreThan255FullChunksIsImpossible() throws IOException {
        assertThat(check(jpeg(icc(1, HUGE, true)))).isTrue();
        assertThat(check(jpeg(icc(1, JpegProfileCheck.MAX_PROFILE_BYTES + 1, true)))).isTrue();
        assertThat(check(jpeg(icc(1, JpegProfileCheck.MAX_PROFILE_BYTES, true)))).isFalse();
        assertThat(check(jpeg(icc(1, 3144, true)))).isFalse();
    }

    @Test
    void theLimitIs255ChunksOfTheLargestSegment() {
        assertThat(JpegProfileCheck.MAX_PROFILE_BYTES).isEqualTo(255L * 65_519);
    }

    @Test
    void withoutTheMagicTheDecoderGivesUpByItselfSoNothingIsRefused() throws IOException {
        assertThat(check(jpeg(icc(1, HUGE, false)))).isFalse();
    }

    @Test
    void onlyTheFirstChunkHoldsTheHeader() throws IOException {
        assertThat(check(jpeg(icc(2, HUGE, true)))).isFalse();
        assertThat(check(jpeg(icc(0, HUGE, true)))).isFalse();
    }

    @Test
    void otherSegmentsBeforeTheProfileAreSteppedOver() throws IOException {
        byte[] mpf = segment(0xE2, Bytes.concat(Bytes.latin1("MPF\0"), new byte[60]));
        byte[] comment = segment(0xFE, new byte[3]); // a wrong skip would land inside it
        byte[] standalone = {(byte) 0xFF, (byte) 0xD0, (byte) 0xFF, 0x01, (byte) 0xFF, (byte) 0xD7};
        byte[] fill = {(byte) 0xFF, (byte) 0xFF};

        assertThat(check(jpeg(mpf, comment, standalone, fill, icc(1, HUGE, true)))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0xDA, 0xD9})
    void aProfileAfterTheScanOrTheEndIsNotRead(int marker) throws IOException {
        byte[] stop = {(byte) 0xFF, (byte) marker, 0, 2};

        assertThat(check(Bytes.concat(SOI, stop, icc(1, HUGE, true)))).isFalse();
    }

    @Test
    void aChunkJustLongEnoughForTheHeaderIsRead() throws IOException {
        byte[] chunk = icc(1, HUGE, true);
        assertThat(chunk.length).as("marker, length, id, numbers, 40-byte header").isEqualTo(2 + 56);

        assertThat(check(jpeg(chunk))).isTrue();
    }

    @Test
    void aChunkTooShortForAHeaderIsNotRead() throws IOException {
        byte[] full = icc(1, HUGE, true);
        byte[] shortChunk = full.clone();
        shortChunk[3] = (byte) (shortChunk[3] - 1); // declares one byte less: the magic's last byte is outside

        assertThat(check(jpeg(shortChunk, segment(0xFE, new byte[4])))).isFalse();
    }

    @Test
    void bytesThatAreNoMarkerOrAnEmptyFileEndTheWalk() throws IOException {
        assertThat(check(Bytes.concat(SOI, new byte[] {0}, icc(1, HUGE, true)))).isFalse();
        assertThat(check(SOI)).isFalse();
        assertThat(check(new byte[0])).isFalse();
    }

    @Test
    void theWalkGivesUpAfter512Segments() throws IOException {
        byte[][] comments = new byte[511][];
        java.util.Arrays.fill(comments, segment(0xFE, new byte[0]));

        assertThat(check(jpeg(Bytes.concat(comments), icc(1, HUGE, true)))).as("profile as segment 512").isTrue();
        assertThat(check(jpeg(segment(0xFE, new byte[0]), Bytes.concat(comments), icc(1, HUGE, true))))
                .as("profile as segment 513").isFalse();
    }

    @Test
    void aZeroAfterFfIsASegmentWithALengthNotTheEnd() throws IOException {
        byte[] zeroMarker = {(byte) 0xFF, 0, 0, 4, 1, 2};

        assertThat(check(jpeg(zeroMarker, icc(1, HUGE, true)))).isTrue();
    }

    @Test
    void anApp2ShapedLikeAProfileButNotNamedSoIsNotRead() throws IOException {
        byte[] named = icc(1, HUGE, true);
        byte[] other = named.clone();
        other[4] = 'X'; // "XCC_PROFILE"

        assertThat(check(jpeg(other))).isFalse();
        assertThat(check(jpeg(other, named))).isTrue();
    }

    @Test
    void aFileEndingInsideASegmentIsNotRefusedHere() throws IOException {
        byte[] chunk = icc(1, HUGE, true);

        assertThat(check(Bytes.concat(SOI, java.util.Arrays.copyOf(chunk, 3)))).as("inside the length").isFalse();
        assertThat(check(Bytes.concat(SOI, java.util.Arrays.copyOf(chunk, 20)))).as("inside the identifier")
                .isFalse();
        assertThat(check(Bytes.concat(SOI, java.util.Arrays.copyOf(chunk, chunk.length - 2)))).as("in the magic")
                .isFalse();
    }
}
