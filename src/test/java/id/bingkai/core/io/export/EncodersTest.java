// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.model.FramePack;
import id.bingkai.testing.ImageBytes;
import id.bingkai.testing.Needs;
import id.bingkai.testing.Pictures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The encoders' arithmetic: PNG density in pixels per metre, and the largest XMP segment a JPEG can hold. */
class EncodersTest {
    /** A JPEG segment's length field counts itself: at most 65535, so 65533 bytes of payload. */
    private static final int MOST = 65533;

    static Stream<Arguments> encoders() {
        return ImageExporterJpegEncodersTest.encoders();
    }

    @Test
    void pngDensityIsDotsPerInchInPixelsPerMetreRounded() {
        assertThat(Encoders.pixelsPerMetre(300)).isEqualTo(11811); // 11811.02
        assertThat(Encoders.pixelsPerMetre(72)).isEqualTo(2835); // 2834.65
        assertThat(Encoders.pixelsPerMetre(96)).isEqualTo(3780); // 3779.53
        assertThat(Encoders.pixelsPerMetre(1)).isEqualTo(39); // 39.37
        assertThat(Encoders.pixelsPerMetre(65535)).isEqualTo(2580118); // 2580118.11
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encoders")
    void anXmpSegmentOfExactlyTheLargestSizeKeepsEveryKeyword(String name, Optional<ImageExporter> encoder) {
        ImageExporter exporter = Needs.present(encoder, name);
        String keyword = "k".repeat(keywordLengthFor(MOST, List.of()));

        byte[] jpeg = exporter.encode(Pictures.noise(32, 16, 3), options(List.of(keyword)));

        ImageBytes.Segment xmp = ImageBytes.jpegSegments(jpeg).get(1);
        assertThat(xmp.marker()).isEqualTo(0xFFE1);
        assertThat(xmp.payload()).hasSize(MOST);
        assertThat(ImageBytes.jpegXmp(jpeg)).contains("<rdf:li>" + keyword + "</rdf:li>");
        assertThat(ImageBytes.jpegStructure(jpeg)).containsExactly(ImageExporterTest.JPEG_STRUCTURE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encoders")
    void oneByteMoreDropsTheLastKeywordButNeverTheTag(String name, Optional<ImageExporter> encoder) {
        ImageExporter exporter = Needs.present(encoder, name);
        String keyword = "k".repeat(keywordLengthFor(MOST + 1, List.of("Dinas")));

        byte[] jpeg = exporter.encode(Pictures.noise(32, 16, 3), options(List.of("Dinas", keyword)));

        String xmp = ImageBytes.jpegXmp(jpeg);
        assertThat(xmp).contains("<rdf:li>" + FramePack.CAMPAIGN_TAG + "</rdf:li>", "<rdf:li>Dinas</rdf:li>")
                .doesNotContain(keyword);
        assertThat(ImageBytes.jpegSegments(jpeg).get(1).payload())
                .hasSize(XmpPacket.jpegSegment(List.of("Dinas")).length);
        assertThat(ImageBytes.jpegStructure(jpeg)).containsExactly(ImageExporterTest.JPEG_STRUCTURE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encoders")
    void aSegmentLengthJustPastA256ByteStepIsWrittenWithBothBytesRight(String name,
            Optional<ImageExporter> encoder) {
        ImageExporter exporter = Needs.present(encoder, name);
        for (int payload : new int[] {510, 511, 766}) { // length fields 0x0200, 0x0201, 0x0300
            String keyword = "k".repeat(keywordLengthFor(payload, List.of()));

            byte[] jpeg = exporter.encode(Pictures.noise(16, 16, 4), options(List.of(keyword)));

            assertThat(ImageBytes.jpegSegments(jpeg).get(1).payload()).as("payload %d", payload).hasSize(payload);
            assertThat(new int[] {jpeg[20] & 0xFF, jpeg[21] & 0xFF}).as("APP1 right after SOI and the JFIF segment")
                    .containsExactly(0xFF, 0xE1);
            assertThat(((jpeg[22] & 0xFF) << 8) | (jpeg[23] & 0xFF)).isEqualTo(payload + 2);
            assertThat(ImageBytes.jpegStructure(jpeg)).containsExactly(ImageExporterTest.JPEG_STRUCTURE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encoders")
    void qualityZeroStillGivesAJpeg(String name, Optional<ImageExporter> encoder) {
        ImageExporter exporter = Needs.present(encoder, name);

        byte[] worst = exporter.encode(Pictures.noise(64, 64, 5), new ExportOptions(ImageFormat.JPEG, 0f, false,
                List.of()));
        byte[] best = exporter.encode(Pictures.noise(64, 64, 5), new ExportOptions(ImageFormat.JPEG, 1f, false,
                List.of()));

        assertThat(ImageBytes.jpegStructure(worst)).containsExactly(ImageExporterTest.JPEG_STRUCTURE);
        assertThat(worst.length).isLessThan(best.length / 3);
    }

    /** The length of an ASCII keyword that, after {@code others}, makes the payload exactly {@code size} bytes. */
    private static int keywordLengthFor(int size, List<String> others) {
        int without = XmpPacket.jpegSegment(others).length;
        int perKeyword = "     <rdf:li></rdf:li>\n".getBytes(StandardCharsets.US_ASCII).length;
        assertThat(perKeyword).isEqualTo(23);
        return size - without - perKeyword;
    }

    private static ExportOptions options(List<String> keywords) {
        return new ExportOptions(ImageFormat.JPEG, 0.8f, false, keywords);
    }
}
