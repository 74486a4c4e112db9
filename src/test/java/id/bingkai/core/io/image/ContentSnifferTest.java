// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import id.bingkai.testing.Bytes;
import id.bingkai.testing.ImageFiles;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.stream.ImageInputStreamImpl;
import org.junit.jupiter.api.Test;

/** The first bytes of each container, and the same bytes with one of them wrong. */
class ContentSnifferTest {
    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    /** An ftyp box of exactly {@code size} declared bytes: major brand, minor version, compatible brands. */
    private static byte[] ftyp(long size, String major, String minor, String... compatible) {
        Bytes b = Bytes.bigEndian().u32(size).ascii("ftyp").ascii(major).ascii(minor);
        for (String brand : compatible) {
            b.ascii(brand);
        }
        return b.toByteArray();
    }

    @Test
    void jpegStartsWithSoiAndAnotherMarker() {
        assertThat(ContentSniffer.isJpeg(bytes(0xFF, 0xD8, 0xFF, 0xE0))).isTrue();
        assertThat(ContentSniffer.isJpeg(bytes(0xFF, 0xD8, 0xFF))).isTrue();
        assertThat(ContentSniffer.isJpeg(bytes(0xFE, 0xD8, 0xFF))).isFalse();
        assertThat(ContentSniffer.isJpeg(bytes(0xFF, 0xD9, 0xFF))).isFalse();
        assertThat(ContentSniffer.isJpeg(bytes(0xFF, 0xD8, 0x00))).isFalse();
        assertThat(ContentSniffer.isJpeg(bytes(0xFF, 0xD8))).isFalse();
        assertThat(ContentSniffer.isJpeg(new byte[0])).isFalse();
    }

    @Test
    void pngNeedsItsSignatureUpToTheLineFeed() {
        assertThat(ContentSniffer.isPng(Bytes.PNG_SIGNATURE)).isTrue();
        assertThat(ContentSniffer.isPng(Arrays.copyOf(Bytes.PNG_SIGNATURE, 6))).isTrue();
        assertThat(ContentSniffer.isPng(Arrays.copyOf(Bytes.PNG_SIGNATURE, 5))).isFalse();
        for (int i = 0; i < 6; i++) {
            byte[] wrong = Bytes.PNG_SIGNATURE.clone();
            wrong[i] ^= 0x20;
            assertThat(ContentSniffer.isPng(wrong)).as("byte %d changed", i).isFalse();
        }
    }

    @Test
    void webpIsARiffWithTheWebpForm() {
        byte[] webp = Bytes.bigEndian().ascii("RIFF").u32(100).ascii("WEBPVP8L").toByteArray();
        byte[] wave = Bytes.bigEndian().ascii("RIFF").u32(100).ascii("WAVEfmt ").toByteArray();
        byte[] rifx = Bytes.bigEndian().ascii("RIFX").u32(100).ascii("WEBPVP8L").toByteArray();

        assertThat(ContentSniffer.isWebp(webp)).isTrue();
        assertThat(ContentSniffer.isWebp(Arrays.copyOf(webp, 12))).isTrue();
        assertThat(ContentSniffer.isWebp(Arrays.copyOf(webp, 11))).isFalse();
        assertThat(ContentSniffer.isWebp(wave)).isFalse();
        assertThat(ContentSniffer.isWebp(rifx)).isFalse();
    }

    @Test
    void tiffInEitherByteOrderAndNothingInBetween() {
        assertThat(ContentSniffer.isTiff(bytes('I', 'I', 42, 0))).isTrue();
        assertThat(ContentSniffer.isTiff(bytes('M', 'M', 0, 42))).isTrue();
        assertThat(ContentSniffer.isTiff(bytes('I', 'I', 0, 42))).isFalse();
        assertThat(ContentSniffer.isTiff(bytes('M', 'M', 42, 0))).isFalse();
        assertThat(ContentSniffer.isTiff(bytes('I', 'I', 43, 0))).isFalse();
        assertThat(ContentSniffer.isTiff(bytes('I', 'I', 42, 1))).isFalse();
        assertThat(ContentSniffer.isTiff(bytes('M', 'M', 1, 42))).isFalse();
        assertThat(ContentSniffer.isTiff(bytes('M', 'M', 0, 43))).isFalse();
        assertThat(ContentSniffer.isTiff(bytes('I', 'M', 42, 0))).isFalse();
        assertThat(ContentSniffer.isTiff(bytes('I', 'I', 42))).isFalse();
    }

    @Test
    void heifBrandsCountAsMajorOrCompatibleButNotAsTheMinorVersion() {
        assertThat(ContentSniffer.heifKind(ftyp(16, "heic", "\0\0\0\0"))).isEqualTo("HEIC");
        assertThat(ContentSniffer.heifKind(ftyp(20, "isom", "\0\0\0\0", "mif1"))).isEqualTo("HEIC");
        assertThat(ContentSniffer.heifKind(ftyp(24, "isom", "\0\0\0\0", "mp41", "heix"))).isEqualTo("HEIC");
        assertThat(ContentSniffer.heifKind(ftyp(16, "isom", "heic"))).isNull();
        assertThat(ContentSniffer.heifKind(ftyp(24, "isom", "\0\0\0\0", "mp41", "avc1"))).isNull();
        assertThat(ContentSniffer.heifKind(ImageFiles.ftyp("mp42", "isom", "mp41"))).isNull();
    }

    @Test
    void avifWinsOverTheHeifBrandsItSharesWithHeic() {
        assertThat(ContentSniffer.heifKind(ftyp(24, "mif1", "\0\0\0\0", "miaf", "avif"))).isEqualTo("AVIF");
        assertThat(ContentSniffer.heifKind(ftyp(16, "avis", "\0\0\0\0"))).isEqualTo("AVIF");
        assertThat(ContentSniffer.heifKind(ftyp(20, "avif", "\0\0\0\0", "heic"))).isEqualTo("AVIF");
    }

    @Test
    void brandsAfterTheBoxOrTheHeadAreNotRead() {
        byte[] box = ftyp(16, "isom", "\0\0\0\0", "heic", "avif"); // the box ends before its "brands"
        byte[] cut = Arrays.copyOf(ftyp(40, "isom", "\0\0\0\0", "mp41", "heic"), 22); // "heic" half read

        assertThat(ContentSniffer.heifKind(box)).isNull();
        assertThat(ContentSniffer.heifKind(cut)).isNull();
        assertThat(ContentSniffer.heifKind(Arrays.copyOf(ftyp(40, "isom", "\0\0\0\0", "mp41", "heic"), 24)))
                .isEqualTo("HEIC");
    }

    @Test
    void aLargeBoxSizeIsReadFromAllFourBytes() {
        // the box is larger than the 64-byte head, so the head's end bounds the brands; "heic" is compatible brand 2
        for (long size : new long[] {0x110, 0x1_0010, 0x100_0010}) {
            byte[] head = Arrays.copyOf(ftyp(size, "isom", "\0\0\0\0", "mp41", "heic"), 64);
            assertThat(ContentSniffer.heifKind(head)).as("box size %x", size).isEqualTo("HEIC");
        }
    }

    @Test
    void aHeadTooShortForAnFtypBoxIsNoHeif() {
        byte[] heic = ftyp(16, "heic", "\0\0\0\0");

        assertThat(ContentSniffer.heifKind(Arrays.copyOf(heic, 15))).isNull();
        assertThat(ContentSniffer.heifKind(Arrays.copyOf(heic, 16))).isEqualTo("HEIC");
        byte[] notFtyp = heic.clone();
        notFtyp[7] = 'q';
        assertThat(ContentSniffer.heifKind(notFtyp)).isNull();
        assertThat(ContentSniffer.heifKind(new byte[0])).isNull();
    }

    @Test
    void theHeadIsTheFirst64BytesOrTheWholeShorterFile() throws IOException {
        byte[] data = new byte[100];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i + 1);
        }
        try (ByteArrayImageInputStream in = new ByteArrayImageInputStream(data)) {
            assertThat(ContentSniffer.readHead(in)).isEqualTo(Arrays.copyOf(data, 64));
        }
        try (ByteArrayImageInputStream in = new ByteArrayImageInputStream(Arrays.copyOf(data, 10))) {
            assertThat(ContentSniffer.readHead(in)).isEqualTo(Arrays.copyOf(data, 10));
        }
        try (ByteArrayImageInputStream in = new ByteArrayImageInputStream(new byte[0])) {
            assertThat(ContentSniffer.readHead(in)).isEmpty();
        }
    }

    @Test
    void aStreamThatHandsOutAFewBytesAtATimeStillGivesTheWholeHead() throws IOException {
        byte[] data = new byte[70];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (100 + i);
        }
        try (Trickle in = new Trickle(data)) {
            assertThat(ContentSniffer.readHead(in)).isEqualTo(Arrays.copyOf(data, 64));
            assertThat(in.getStreamPosition()).isEqualTo(64);
        }
        try (Trickle in = new Trickle(Arrays.copyOf(data, 20))) {
            assertThat(ContentSniffer.readHead(in)).isEqualTo(Arrays.copyOf(data, 20));
        }
    }

    @Test
    void aReadThatGivesNothingYetIsNotTheEnd() throws IOException {
        byte[] data = new byte[40];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (7 * i + 1);
        }
        try (Trickle in = new Trickle(data, true)) {
            assertThat(ContentSniffer.readHead(in)).isEqualTo(data);
            assertThat(in.getStreamPosition()).isEqualTo(40);
        }
    }

    @Test
    void aFailingStreamFailsTheRead() {
        ImageInputStreamImpl broken = new ImageInputStreamImpl() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk gone");
            }
        };

        assertThatThrownBy(() -> ContentSniffer.readHead(broken)).hasMessage("disk gone");
    }

    /** At most three bytes per read, as a slow network stream gives them; or, stalling, nothing every other read. */
    private static final class Trickle extends ImageInputStreamImpl {
        private final byte[] data;
        private final boolean stalls;
        private boolean stalled;

        Trickle(byte[] data) {
            this(data, false);
        }

        Trickle(byte[] data, boolean stalls) {
            this.data = data;
            this.stalls = stalls;
        }

        @Override
        public int read() {
            return streamPos < data.length ? data[(int) streamPos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (streamPos >= data.length) {
                return -1;
            }
            stalled = stalls && !stalled;
            if (stalled) {
                return 0; // nothing yet, but not the end: the contract keeps -1 for that
            }
            int n = (int) Math.min(Math.min(len, 3), data.length - streamPos);
            System.arraycopy(data, (int) streamPos, b, off, n);
            streamPos += n;
            return n;
        }
    }
}
