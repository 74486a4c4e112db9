// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image.turbo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class JpegMarkersTest {
    private static final byte[] PROFILE = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();

    /** SOI, the given APP2 chunks, a comment, SOS: enough structure for the marker walk. */
    private static byte[] jpegWith(byte[]... segments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        for (byte[] s : segments) {
            out.writeBytes(s);
        }
        out.writeBytes(segment(0xFE, "hello".getBytes(StandardCharsets.US_ASCII)));
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xDA, 0, 2, 0, 0, 0, 0});
        return out.toByteArray();
    }

    private static byte[] segment(int marker, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(marker);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.writeBytes(payload);
        return out.toByteArray();
    }

    private static byte[] iccChunk(int seq, int count, byte[] data) {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.writeBytes("ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII));
        payload.write(seq);
        payload.write(count);
        payload.writeBytes(data);
        return segment(0xE2, payload.toByteArray());
    }

    @Test
    void profileSplitOverChunksIsJoinedInSequenceOrder() throws IOException {
        int half = PROFILE.length / 2;
        byte[] first = Arrays.copyOfRange(PROFILE, 0, half);
        byte[] second = Arrays.copyOfRange(PROFILE, half, PROFILE.length);
        byte[] jpeg = jpegWith(iccChunk(2, 2, second), iccChunk(1, 2, first));
        assertThat(JpegMarkers.iccProfile(MemorySegment.ofArray(jpeg))).isEqualTo(PROFILE);
    }

    @Test
    void noProfileOrAnIncompleteOneMeansNone() {
        assertThat(JpegMarkers.iccProfile(MemorySegment.ofArray(jpegWith()))).isNull();
        byte[] missingSecond = jpegWith(iccChunk(1, 2, Arrays.copyOf(PROFILE, 100)));
        assertThat(JpegMarkers.iccProfile(MemorySegment.ofArray(missingSecond))).isNull();
        byte[] truncated = Arrays.copyOf(jpegWith(iccChunk(1, 1, PROFILE)), 40);
        assertThat(JpegMarkers.iccProfile(MemorySegment.ofArray(truncated))).isNull();
    }

    private static byte[] profileOf(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return JpegMarkers.iccProfile(MemorySegment.ofArray(out.toByteArray()));
    }

    @Test
    void fillBytesStandaloneMarkersAndOtherSegmentsAreSteppedOver() {
        byte[] standalone = {(byte) 0xFF, 0x01, (byte) 0xFF, (byte) 0xD0, (byte) 0xFF, (byte) 0xD7};
        byte[] fill = {(byte) 0xFF};
        byte[] mpf = segment(0xE2, "MPF\0 and some more".getBytes(StandardCharsets.US_ASCII));
        byte[] empty = segment(0xFE, new byte[0]);

        assertThat(profileOf(standalone, mpf, empty, fill, iccChunk(1, 1, PROFILE))).isEqualTo(PROFILE);
    }

    @Test
    void anApp2TooShortForSequenceNumbersIsNotAChunk() {
        byte[] idOnly = segment(0xE2, "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII));
        byte[] comment = segment(0xFE, new byte[] {1, 2});

        assertThat(profileOf(idOnly, comment, iccChunk(1, 1, PROFILE))).isEqualTo(PROFILE);
    }

    @Test
    void aFileEndingRightAfterTheProfileStillHasIt() {
        assertThat(profileOf(iccChunk(1, 1, PROFILE))).isEqualTo(PROFILE);
        assertThat(profileOf(iccChunk(1, 1, new byte[0]))).as("an empty chunk is an empty profile").isEmpty();
    }

    @Test
    void nothingAfterTheScanOrTheEndIsRead() {
        byte[] eoi = {(byte) 0xFF, (byte) 0xD9, 0, 2};
        byte[] sos = {(byte) 0xFF, (byte) 0xDA, 0, 2};

        assertThat(profileOf(eoi, iccChunk(1, 1, PROFILE))).isNull();
        assertThat(profileOf(sos, iccChunk(1, 1, PROFILE))).isNull();
    }

    @Test
    void brokenStructureMeansNoProfile() {
        byte[] noMarker = {0x00, 0x00, 0x00, 0x00};
        byte[] shortLength = {(byte) 0xFF, (byte) 0xE1, 0, 1, 0, 0};
        byte[] chunk = iccChunk(1, 1, PROFILE);
        byte[] overlong = chunk.clone();
        overlong[3]++; // one byte more than the file holds

        assertThat(profileOf(noMarker, iccChunk(1, 1, PROFILE))).isNull();
        assertThat(profileOf(shortLength, iccChunk(1, 1, PROFILE))).isNull();
        assertThat(profileOf(overlong)).isNull();
        byte[] cutAtTheEnd = {(byte) 0xFF, (byte) 0xE2, 0, 5}; // the last four bytes: a segment that needs five
        assertThat(profileOf(chunk, cutAtTheEnd)).isNull();
        assertThat(profileOf(chunk)).isEqualTo(PROFILE);
    }

    @Test
    void impossibleSequenceNumbersMeanNoProfile() {
        byte[] half = Arrays.copyOf(PROFILE, 100);

        assertThat(profileOf(iccChunk(1, 0, half))).as("no chunks").isNull();
        assertThat(profileOf(iccChunk(0, 1, half))).as("chunk 0").isNull();
        assertThat(profileOf(iccChunk(3, 2, half))).as("chunk 3 of 2").isNull();
        assertThat(profileOf(iccChunk(1, 2, half), iccChunk(2, 3, half))).as("counts disagree").isNull();
        assertThat(profileOf(iccChunk(2, 2, half), iccChunk(1, 2, half))).hasSize(200);
    }

    @Test
    void theWalkLooksAtNoMoreThan1024Segments() {
        byte[] comment = segment(0xFE, new byte[] {'x'});
        byte[][] first1023 = new byte[1024][];
        Arrays.fill(first1023, 0, 1023, comment);
        first1023[1023] = iccChunk(1, 1, PROFILE);
        byte[][] first1024 = new byte[1025][];
        Arrays.fill(first1024, 0, 1024, comment);
        first1024[1024] = iccChunk(1, 1, PROFILE);

        assertThat(profileOf(first1023)).as("the profile in segment 1024").isEqualTo(PROFILE);
        assertThat(profileOf(first1024)).as("the profile in segment 1025").isNull();
    }
}
