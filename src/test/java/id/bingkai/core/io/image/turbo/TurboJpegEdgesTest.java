// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image.turbo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.testing.Bytes;
import id.bingkai.testing.ImageBytes;
import id.bingkai.testing.Needs;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edges of the libjpeg-turbo path: each budget limit at and one past its value, headers found late in the file,
 * bytes that only look like a JPEG, the encoder's argument checks and its bare JFIF output.
 */
class TurboJpegEdgesTest {
    private static final byte[] PROFILE = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();

    @TempDir
    Path dir;
    private TurboJpeg lib;
    private TurboJpegDecoder decoder;

    @BeforeEach
    void findLibrary() {
        lib = Needs.present(TurboJpeg.find(), "libjpeg-turbo (libturbojpeg0)");
        decoder = new TurboJpegDecoder(lib);
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** 64 x 48 (or 48 x 64) at quality 95. */
    private static byte[] jpeg(int w, int h) throws IOException {
        return TurboJpegDecoderTest.jpeg(TurboJpegDecoderTest.picture(w, h));
    }

    /** The JPEG with {@code segments} inserted right after SOI. */
    private static byte[] withSegments(byte[] jpeg, byte[]... segments) {
        return Bytes.concat(Arrays.copyOf(jpeg, 2), Bytes.concat(segments), Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    private static byte[] segment(int marker, byte[] payload) {
        return Bytes.bigEndian().u8(0xFF).u8(marker).u16(payload.length + 2).raw(payload).toByteArray();
    }

    @Test
    void eachDeclaredLimitPassesAtItsValueAndRefusesOnePast() throws IOException {
        Path wide = file("wide.jpg", jpeg(64, 48));
        Path tall = file("tall.jpg", jpeg(48, 64));

        assertThat(decoder.accepts(wide, new PixelBudget(64, 3072, 3072))).isTrue();
        assertThat(decoder.decode(wide, 0, 0, new PixelBudget(64, 3072, 3072))).isPresent();
        assertThat(decoder.accepts(wide, new PixelBudget(63, 3072, 3072))).isFalse();
        assertThat(decoder.accepts(tall, new PixelBudget(64, 3072, 3072))).as("height at the side").isTrue();
        assertThat(decoder.accepts(tall, new PixelBudget(63, 3072, 3072))).as("height over the side").isFalse();
        assertThat(decoder.decode(tall, 0, 0, new PixelBudget(63, 3072, 3072))).isEmpty();
        assertThat(decoder.accepts(wide, new PixelBudget(64, 3071, 3072))).isFalse();
        assertThat(decoder.decode(Files.readAllBytes(wide), 0, 0, new PixelBudget(64, 3071, 3072))).isEmpty();
        assertThat(decoder.decode(Files.readAllBytes(tall), 0, 0, new PixelBudget(63, 3072, 3072))).isEmpty();
    }

    @Test
    void theDecodedLimitIsOnTheScaledSize() throws IOException {
        byte[] bytes = jpeg(64, 48);

        assertThat(decoder.decode(bytes, 0, 0, new PixelBudget(64, 3072, 3072))).isPresent();
        assertThat(decoder.decode(bytes, 0, 0, new PixelBudget(64, 3072, 3071))).isEmpty();
        assertThat(decoder.decode(bytes, 32, 24, new PixelBudget(64, 3072, 768)).orElseThrow().image().getWidth())
                .isEqualTo(32);
        assertThat(decoder.decode(bytes, 32, 24, new PixelBudget(64, 3072, 767))).isEmpty();
    }

    @Test
    void aHeaderBehindMoreThan256KilobytesOfMetadataIsStillFound() throws IOException {
        byte[][] comments = new byte[5][];
        Arrays.fill(comments, segment(0xFE, new byte[65_000]));
        Path late = file("late.jpg", withSegments(jpeg(64, 48), comments));
        assertThat(Files.size(late)).isGreaterThan(256 * 1024);

        assertThat(decoder.accepts(late, PixelBudget.DEFAULT)).isTrue();
        BufferedImage image = decoder.decode(late, 0, 0, PixelBudget.DEFAULT).orElseThrow().image();
        assertThat(image.getWidth()).isEqualTo(64);
        assertThat(image.getHeight()).isEqualTo(48);
    }

    @Test
    void aShortFileWithoutAHeaderIsDeclinedAfterOneRead() throws IOException {
        byte[] good = jpeg(64, 48);
        Path headless = file("headless.jpg", Arrays.copyOf(good, 20));

        assertThat(decoder.accepts(headless, PixelBudget.DEFAULT)).isFalse();
        assertThat(decoder.decode(headless, 0, 0, PixelBudget.DEFAULT)).isEmpty();
        assertThat(decoder.decode(file("three.jpg", Arrays.copyOf(good, 3)), 0, 0, PixelBudget.DEFAULT)).isEmpty();
        assertThat(decoder.accepts(file("four.jpg", Arrays.copyOf(good, 4)), PixelBudget.DEFAULT)).isFalse();
    }

    @Test
    void onlyBytesStartingWithSoiAreTried() throws IOException {
        byte[] good = jpeg(64, 48);
        byte[] notSoi = good.clone();
        notSoi[1] = (byte) 0xD9;
        byte[] notFf = good.clone();
        notFf[0] = (byte) 0xFE;

        assertThat(decoder.decode(notSoi, 0, 0, PixelBudget.DEFAULT)).isEmpty();
        assertThat(decoder.decode(notFf, 0, 0, PixelBudget.DEFAULT)).isEmpty();
        assertThat(decoder.accepts(file("not-soi.jpg", notSoi), PixelBudget.DEFAULT)).isFalse();
        assertThat(decoder.accepts(file("not-ff.jpg", notFf), PixelBudget.DEFAULT)).isFalse();
        assertThat(decoder.decode(Arrays.copyOf(good, 3), 0, 0, PixelBudget.DEFAULT)).isEmpty();
        assertThat(decoder.decode(Arrays.copyOf(good, 4), 0, 0, PixelBudget.DEFAULT)).isEmpty();
        assertThat(decoder.accepts(dir.resolve("missing.jpg"), PixelBudget.DEFAULT)).isFalse();
    }

    @Test
    void theEmbeddedProfileComesWithThePixels() throws IOException {
        byte[] icc = segment(0xE2, Bytes.concat("ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII),
                new byte[] {1, 1}, PROFILE));
        byte[] plain = jpeg(64, 48);

        assertThat(decoder.decode(withSegments(plain, icc), 0, 0, PixelBudget.DEFAULT).orElseThrow().iccProfile())
                .isEqualTo(PROFILE);
        assertThat(decoder.decode(file("p.jpg", withSegments(plain, icc)), 0, 0, PixelBudget.DEFAULT).orElseThrow()
                .iccProfile()).isEqualTo(PROFILE);
        assertThat(decoder.decode(plain, 0, 0, PixelBudget.DEFAULT).orElseThrow().iccProfile()).isNull();
    }

    @Test
    void aFileOfExactlyThePlausibleSizeIsStillTaken() throws IOException {
        byte[] small = jpeg(64, 48);
        long plausible = TurboJpegDecoder.plausibleFileSize(new TurboJpeg.Header(64, 48, 2, 1));
        Path atLimit = file("at-limit.jpg", Arrays.copyOf(small, (int) plausible)); // zeros after the end marker

        assertThat(decoder.accepts(atLimit, PixelBudget.DEFAULT)).isTrue();
        assertThat(decoder.decode(atLimit, 0, 0, PixelBudget.DEFAULT).orElseThrow().image().getWidth()).isEqualTo(64);
    }

    @Test
    void aPlausibleFileIsThreeBytesAPixelAnd16Megabytes() {
        assertThat(TurboJpegDecoder.plausibleFileSize(new TurboJpeg.Header(64, 48, 2, 1)))
                .isEqualTo(3L * 64 * 48 + 16 * 1024 * 1024);
        assertThat(TurboJpegDecoder.plausibleFileSize(new TurboJpeg.Header(50_000, 50_000, 2, 1)))
                .as("no int overflow").isEqualTo(7_500_000_000L + 16 * 1024 * 1024);
    }

    @Test
    void theLibraryIsTheOneGivenAndNamedAsFound() {
        assertThat(decoder.library()).isSameAs(lib);
        assertThat(TurboJpegDecoder.system()).as("found where find() finds it").isPresent();
        assertThat(TurboJpegEncoder.system()).isPresent();
        assertThat(lib.libraryName()).isIn(TurboJpeg.defaultLibraryNames());
        assertThat(TurboJpeg.find(List.of(lib.libraryName())).orElseThrow().libraryName())
                .isEqualTo(lib.libraryName());
    }

    @Test
    void aLibraryWithoutTheTurboJpegFunctionsIsNotTaken() {
        assertThat(TurboJpeg.find(List.of("libc.so.6"))).isEmpty();
    }

    @Test
    void onlyCmykAndYcckCountAsCmyk() {
        for (int cs = 0; cs <= 5; cs++) {
            assertThat(new TurboJpeg.Header(1, 1, 0, cs).isCmyk()).as("colour space %d", cs)
                    .isEqualTo(cs == TurboJpeg.CS_CMYK || cs == TurboJpeg.CS_YCCK);
        }
        assertThat(TurboJpeg.CS_CMYK).isEqualTo(3);
        assertThat(TurboJpeg.CS_YCCK).isEqualTo(4);
    }

    @Test
    void nativeBuffersHaveTheSizeAskedFor() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment some = lib.allocate(1000, arena);
            MemorySegment none = lib.allocate(0, arena);
            some.set(java.lang.foreign.ValueLayout.JAVA_BYTE, 999, (byte) 7);

            assertThat(some.byteSize()).isEqualTo(1000);
            assertThat(some.get(java.lang.foreign.ValueLayout.JAVA_BYTE, 999)).isEqualTo((byte) 7);
            assertThat(none.byteSize()).isEqualTo(1);
        }
    }

    // --- the encoder ---

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    @Test
    void theEncoderWritesABareJfifThatDecodesToThePicture() throws IOException {
        BufferedImage picture = TurboJpegDecoderTest.picture(64, 48);

        byte[] jpeg = new TurboJpegEncoder(lib).encode(pixels(picture), 64, 48, 95);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(jpeg));

        assertThat(ImageBytes.jpegStructure(jpeg)).containsExactly("APP0", "DQT", "DQT", "SOF0", "DHT", "DHT",
                "DHT", "DHT", "SOS", "EOI");
        assertThat(back.getWidth()).isEqualTo(64);
        assertThat(back.getHeight()).isEqualTo(48);
        int centre = back.getRGB(32, 24) & 0xFFFFFF;
        assertThat(Math.abs((centre >> 16) - 250)).isLessThanOrEqualTo(6);
        assertThat(Math.abs((centre >> 8 & 0xFF) - 185)).isLessThanOrEqualTo(6);
        assertThat(Math.abs((centre & 0xFF) - 44)).isLessThanOrEqualTo(8);
    }

    @Test
    void theTopByteOfEachPixelIsIgnoredAndALargerArrayIsFine() {
        int[] rgb = pixels(TurboJpegDecoderTest.picture(16, 8));
        int[] withAlpha = new int[rgb.length + 5];
        for (int i = 0; i < rgb.length; i++) {
            withAlpha[i] = rgb[i] | 0x7F000000;
        }
        TurboJpegEncoder encoder = new TurboJpegEncoder(lib);

        assertThat(encoder.encode(withAlpha, 16, 8, 80)).isEqualTo(encoder.encode(rgb, 16, 8, 80));
    }

    @Test
    void qualityChangesTheFileAndItsEdgesAreAccepted() {
        int[] rgb = pixels(TurboJpegDecoderTest.picture(64, 48));
        TurboJpegEncoder encoder = new TurboJpegEncoder(lib);

        byte[] worst = encoder.encode(rgb, 64, 48, 1);
        byte[] best = encoder.encode(rgb, 64, 48, 100);

        assertThat(worst.length).isLessThan(best.length);
    }

    @Test
    void theEncoderRefusesWhatCannotBeAPicture() {
        TurboJpegEncoder encoder = new TurboJpegEncoder(lib);
        int[] rgb = new int[12];

        assertThatThrownBy(() -> encoder.encode(rgb, 0, 1, 90)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> encoder.encode(rgb, 1, 0, 90)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> encoder.encode(rgb, 4, 4, 90)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4x4");
        assertThatThrownBy(() -> encoder.encode(rgb, 4, 3, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> encoder.encode(rgb, 4, 3, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThat(encoder.encode(rgb, 4, 3, 90)).startsWith(0xFF, 0xD8);
        assertThatThrownBy(() -> new TurboJpegEncoder(null)).isInstanceOf(NullPointerException.class);
    }
}
