// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import id.bingkai.testing.Bytes;
import id.bingkai.testing.ImageFiles;
import id.bingkai.testing.Pictures;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

class OrientationReaderTest {
    private static final byte[] JPEG = ImageFiles.jpeg(Pictures.blocks(), 0.95f);

    private static Orientation read(byte[] data) throws IOException {
        try (ImageInputStream in = new ByteArrayImageInputStream(data)) {
            Orientation orientation = OrientationReader.read(in);
            assertThat(in.getStreamPosition()).as("stream rewound").isZero();
            assertThat(in.getByteOrder()).as("byte order restored").isEqualTo(ByteOrder.BIG_ENDIAN);
            return orientation;
        }
    }

    @Test
    void exifAfterAnXmpSegmentIsFound() throws IOException {
        byte[] xmp = "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>".getBytes(StandardCharsets.ISO_8859_1);
        byte[] withBoth = Bytes.withSegment(ImageFiles.withExifOrientation(JPEG, 8, true), 0xE1, xmp);

        assertThat(read(withBoth)).isEqualTo(Orientation.ROTATE_270);
    }

    @Test
    void orientationStoredAsLongIsAccepted() throws IOException {
        byte[] ifd = Bytes.bigEndian().ascii("MM").u16(42).u32(8).u16(1)
                .u16(0x0112).u16(4).u32(1).u32(3).u32(0).toByteArray();
        byte[] exif = Bytes.concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), ifd);

        assertThat(read(Bytes.withSegment(JPEG, 0xE1, exif))).isEqualTo(Orientation.ROTATE_180);
    }

    @Test
    void ifdOffsetOutsideTheSegmentMeansUpright() throws IOException {
        byte[] ifd = Bytes.littleEndian().ascii("II").u16(42).u32(60_000).toByteArray();
        byte[] exif = Bytes.concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), ifd);

        assertThat(read(Bytes.withSegment(JPEG, 0xE1, exif))).isEqualTo(Orientation.NORMAL);
    }

    @Test
    void tiffFileOrientationIsReadFromIfdZero() throws IOException {
        assertThat(read(ImageFiles.tiffRgb(Pictures.blocks(), 7))).isEqualTo(Orientation.TRANSVERSE);
    }

    @Test
    void filesWithoutExifAreUpright() throws IOException {
        assertThat(read(JPEG)).isEqualTo(Orientation.NORMAL);
        assertThat(read(ImageFiles.encode(Pictures.blocks(), "png"))).isEqualTo(Orientation.NORMAL);
        assertThat(read(TinyWebp.encode(Pictures.twoLevelBlocks()))).isEqualTo(Orientation.NORMAL);
        assertThat(read(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEqualTo(Orientation.NORMAL);
    }
}
