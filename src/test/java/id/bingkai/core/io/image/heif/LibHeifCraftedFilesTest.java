// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image.heif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.io.image.HeifDecoder;
import id.bingkai.core.io.image.HeifDecoder.Source;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.testing.Bytes;
import id.bingkai.testing.HeifFiles;
import id.bingkai.testing.ImageFiles;
import id.bingkai.testing.Pictures;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LibHeifDecoder} on files heif-enc cannot make: a heif-enc file with boxes changed in place (no offset
 * moves), so that libheif parses the header and then meets an rICC profile, an empty or a 4 MB profile, its own
 * security limit, a codec it does not have, or a grid that is missing a tile.
 */
class LibHeifCraftedFilesTest {
    private static final Path NAME = Path.of("foto.heic");
    private static final Consumer<HeifDecoder.Header> NOTHING = header -> { };
    /** A small ICC profile: its header names its own size, as libpng checks. */
    private static final byte[] PROFILE = java.awt.color.ICC_Profile
            .getInstance(java.awt.color.ColorSpace.CS_LINEAR_RGB).getData();

    @TempDir
    Path dir;
    private LibHeifDecoder decoder;

    @BeforeEach
    void needsLibheif() {
        HeifFiles.assumeAvailable();
        decoder = new LibHeifDecoder(LibHeif.find().orElseThrow());
    }

    private byte[] heic(String name, BufferedImage picture, byte[] iccProfile) throws IOException {
        byte[] png = ImageFiles.encode(picture, "png");
        if (iccProfile != null) {
            png = Bytes.withChunksAfterHeader(png, Bytes.pngChunk("iCCP",
                    Bytes.concat(Bytes.latin1("X\0\0"), Bytes.deflate(iccProfile))));
        }
        Path source = Files.write(dir.resolve(name + ".png"), png);
        return Files.readAllBytes(HeifFiles.encode(source, dir.resolve(name + ".heic"), false, 90));
    }

    private HeifDecoder.Header header(byte[] file) {
        return decoder.header(new Source.Bytes(file), NAME, "heic", PixelBudget.DEFAULT);
    }

    private BadInputException decodeFails(byte[] file, PixelBudget budget) {
        return catchThrowableOfType(BadInputException.class, () -> decoder.decode(new Source.Bytes(file), NAME,
                "heic", budget, NOTHING));
    }

    @Test
    void anRiccProfileIsHandedOnLikeAProfProfile() throws IOException {
        byte[] file = heic("ricc", Pictures.flat(16, 16, 0x3366CC), PROFILE);
        int colr = Boxes.find(file, "meta", "iprp", "ipco", "colr");
        assertThat(Boxes.fourcc(file, colr + 8)).isEqualTo("prof");
        Boxes.putFourcc(file, colr + 8, "rICC");

        assertThat(header(file).iccProfile()).isEqualTo(PROFILE);
    }

    /** The colr box cut to its 4-byte type, the freed bytes a "free" box at the end of ipco: no offset moves. */
    @Test
    void anEmptyProfileIsNoProfile() throws IOException {
        byte[] file = heic("empty", Pictures.flat(16, 16, 0x3366CC), PROFILE);
        int ipco = Boxes.find(file, "meta", "iprp", "ipco");
        int colr = Boxes.find(file, "meta", "iprp", "ipco", "colr");
        int colrSize = Boxes.size(file, colr);
        int ipcoEnd = ipco + Boxes.size(file, ipco);
        byte[] after = java.util.Arrays.copyOfRange(file, colr + colrSize, ipcoEnd);
        ByteBuffer out = ByteBuffer.wrap(file, colr, ipcoEnd - colr);
        out.putInt(12).put(ascii("colr")).put(ascii("prof")).put(after);
        out.putInt(colrSize - 12).put(ascii("free"));
        java.util.Arrays.fill(file, out.position(), ipcoEnd, (byte) 0);
        assertThat(out.position() + colrSize - 12 - 8).isEqualTo(ipcoEnd);

        HeifDecoder.Header header = header(file);

        assertThat(header.width()).isEqualTo(16);
        assertThat(header.iccProfile()).isNull();
    }

    /** Up to 4 MB a profile is read; one byte more and the pixels are taken as sRGB. */
    @Test
    void aProfileOfExactlyFourMegabytesIsReadAndOneByteMoreIsNot() throws IOException {
        BufferedImage picture = Pictures.flat(16, 16, 0x3366CC);
        byte[] atLimit = paddedProfile(4 << 20);

        byte[] profile = header(heic("at", picture, atLimit)).iccProfile();

        assertThat(profile).hasSize(4 << 20);
        assertThat(profile).isEqualTo(atLimit);
        assertThat(header(heic("over", picture, paddedProfile((4 << 20) + 1))).iccProfile()).isNull();
    }

    private static byte[] paddedProfile(int size) {
        byte[] profile = java.util.Arrays.copyOf(PROFILE, size);
        ByteBuffer.wrap(profile).putInt(0, size);
        return profile;
    }

    /** The image's declared width past libheif's 32768: its "security limit" error, shown as our size limits. */
    @Test
    void libheifsSecurityLimitBecomesTheDeclaredSizeMessage() throws IOException {
        byte[] file = heic("wide", Pictures.flat(16, 16, 0x3366CC), null);
        int ispe = Boxes.find(file, "meta", "iprp", "ipco", "ispe");
        ByteBuffer.wrap(file).putInt(ispe + 12, 40_000);
        PixelBudget budget = new PixelBudget(12_345, 67_600_000L, 1_000_000L);

        BadInputException e = decodeFails(file, budget);

        assertThat(e.file()).isEqualTo(NAME);
        assertThat(e.reason().key()).isEqualTo("image.error.too-large-declared");
        assertThat(e.reason().args()).containsExactly(12_345, 68L);
        assertThat(e.getCause()).hasMessageStartingWith("libheif error 6: ").hasMessageContaining("40000");
    }

    /**
     * The tile's item type changed to VVC (H.266), which libheif 1.15 knows by name but cannot decode: the header
     * (the grid's) reads, decoding the tile cannot. A libheif with a VVC decoder plugin (1.18+) finds no vvcC box
     * instead: damaged, not unsupported.
     */
    @Test
    void aCodecLibheifDoesNotHaveIsUnsupportedWhenDecoding() throws IOException {
        byte[] file = heic("codec", Pictures.flat(16, 16, 0x3366CC), null);
        int at = Boxes.indexOf(file, "hvc1");
        Boxes.putFourcc(file, at, "vvc1");

        assertThat(header(file).width()).isEqualTo(16);
        BadInputException e = decodeFails(file, PixelBudget.DEFAULT);

        assertThat(e.file()).isEqualTo(NAME);
        assertThat(e.reason().args()).first().isEqualTo("HEIC");
        if (e.getCause().getMessage().startsWith("libheif error 2: ")) {
            assertThat(e.reason().key()).isEqualTo("image.error.damaged");
        } else {
            assertThat(e.getCause()).hasMessageStartingWith("libheif error 4: ");
            assertThat(e.reason().key()).isEqualTo("image.error.heif-unsupported");
            assertThat(e.reason().args()).hasSize(2);
            assertThat(String.valueOf(e.reason().args().get(1))).contains("Unsupported");
        }
    }

    /** heif-enc's grid of one tile made to declare two rows: the header reads, decoding finds a tile missing. */
    @Test
    void aGridMissingATileIsDamagedWhenDecoding() throws IOException {
        byte[] file = heic("grid", Pictures.flat(16, 16, 0x3366CC), null);
        int idat = Boxes.find(file, "meta", "idat");
        assertThat(file[idat + 8 + 2]).as("rows - 1 of the grid").isZero();
        file[idat + 8 + 2] = 1;

        assertThat(header(file).height()).isEqualTo(16);
        BadInputException e = decodeFails(file, PixelBudget.DEFAULT);

        assertThat(e.reason().key()).isEqualTo("image.error.damaged");
        assertThat(e.getCause()).hasMessageStartingWith("libheif error 2: ").hasMessageContaining("tile");
    }

    /** 64 x 64 RGB: libheif's rows are then exactly 192 bytes, no padding, and still every pixel is read. */
    @Test
    void rowsWithoutPaddingAreRead() throws IOException {
        BufferedImage picture = Pictures.gradient(64, 64);
        byte[] file = heic("sixtyfour", picture, null);

        BufferedImage image = decoder.decode(new Source.Bytes(file), NAME, "heic", PixelBudget.DEFAULT, NOTHING)
                .image();

        assertThat(image.getWidth()).isEqualTo(64);
        assertThat(image.getHeight()).isEqualTo(64);
        for (int[] p : new int[][] {{0, 0}, {63, 0}, {0, 63}, {63, 63}, {31, 17}}) {
            int want = picture.getRGB(p[0], p[1]);
            int got = image.getRGB(p[0], p[1]);
            for (int shift = 0; shift <= 16; shift += 8) {
                assertThat(Math.abs((got >> shift & 0xFF) - (want >> shift & 0xFF)))
                        .as("pixel %d,%d channel %d", p[0], p[1], shift).isLessThanOrEqualTo(12);
            }
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Just enough ISO base media file walking to find a box by its path of types. */
    private static final class Boxes {
        static int find(byte[] file, String... path) {
            int start = 0;
            int end = file.length;
            int at = -1;
            for (String type : path) {
                at = child(file, start, end, type);
                int header = type.equals("meta") ? 12 : 8; // meta is a full box: version and flags
                start = at + header;
                end = at + size(file, at);
            }
            return at;
        }

        private static int child(byte[] file, int start, int end, String type) {
            for (int at = start; at + 8 <= end; at += size(file, at)) {
                if (fourcc(file, at + 4).equals(type)) {
                    return at;
                }
            }
            throw new AssertionError("no " + type + " box between " + start + " and " + end);
        }

        static int size(byte[] file, int at) {
            int size = ByteBuffer.wrap(file).getInt(at);
            assertThat(size).as("box size at %d", at).isGreaterThanOrEqualTo(8);
            return size;
        }

        static String fourcc(byte[] file, int at) {
            return new String(file, at, 4, StandardCharsets.US_ASCII);
        }

        static void putFourcc(byte[] file, int at, String code) {
            System.arraycopy(ascii(code), 0, file, at, 4);
        }

        static int indexOf(byte[] file, String code) {
            byte[] needle = ascii(code);
            outer:
            for (int i = 0; i + 4 <= file.length; i++) {
                for (int j = 0; j < 4; j++) {
                    if (file[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            throw new AssertionError("no " + code + " in the file");
        }
    }
}
