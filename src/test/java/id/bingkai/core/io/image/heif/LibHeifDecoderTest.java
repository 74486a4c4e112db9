// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image.heif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.image.HeifDecoder;
import id.bingkai.core.io.image.HeifDecoder.Source;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.testing.Bytes;
import id.bingkai.testing.HeifFiles;
import id.bingkai.testing.ImageFiles;
import id.bingkai.testing.Pictures;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LibHeifDecoder} on small files made by heif-enc: alpha, an ICC profile, the two kinds of source, and the
 * message each libheif error code becomes.
 */
class LibHeifDecoderTest {
    private static final Path NAME = Path.of("foto.heic");
    private static final byte[] LINEAR = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();

    @TempDir
    Path dir;
    private LibHeif lib;
    private LibHeifDecoder decoder;

    @BeforeEach
    void needsLibheif() {
        HeifFiles.assumeAvailable();
        lib = LibHeif.find().orElseThrow();
        decoder = new LibHeifDecoder(lib);
    }

    /** 16 x 16, red rising to the right, green downwards; the left half opaque, the right half alpha 64. */
    private static BufferedImage halfTransparent() {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                image.setRGB(x, y, (x < 8 ? 0xFF : 0x40) << 24 | (x * 16) << 16 | (y * 16) << 8 | 0x80);
            }
        }
        return image;
    }

    private Path heic(String name, byte[] png) throws IOException {
        Path source = Files.write(dir.resolve(name + ".png"), png);
        return HeifFiles.encode(source, dir.resolve(name + ".heic"), false, 95);
    }

    private static final Consumer<HeifDecoder.Header> NOTHING = header -> { };

    @Test
    void alphaComesBackAsArgbAndOpaquePicturesAsRgb() throws IOException {
        Path withAlpha = heic("alpha", ImageFiles.encode(halfTransparent(), "png"));
        Path opaque = heic("opaque", ImageFiles.encode(Pictures.flat(16, 16, 0x3366CC), "png"));

        HeifDecoder.Decoded a = decoder.decode(new Source.File(withAlpha), NAME, "heic", PixelBudget.DEFAULT,
                NOTHING);
        HeifDecoder.Decoded o = decoder.decode(new Source.File(opaque), NAME, "heic", PixelBudget.DEFAULT, NOTHING);

        assertThat(a.header().alpha()).isTrue();
        assertThat(a.image().getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(a.image().getRGB(2, 8) >>> 24).isGreaterThanOrEqualTo(0xF8);
        assertThat(a.image().getRGB(13, 8) >>> 24).isBetween(0x38, 0x48);
        int pixel = a.image().getRGB(4, 12);
        assertThat(pixel >> 16 & 0xFF).as("red").isBetween(64 - 10, 64 + 10);
        assertThat(pixel >> 8 & 0xFF).as("green").isBetween(192 - 10, 192 + 10);
        assertThat(pixel & 0xFF).as("blue").isBetween(0x80 - 10, 0x80 + 10);
        assertThat(o.header().alpha()).isFalse();
        assertThat(o.image().getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(o.image().getWidth()).isEqualTo(16);
        assertThat(o.image().getHeight()).isEqualTo(16);
        int flat = o.image().getRGB(15, 15) & 0xFFFFFF;
        assertThat(Math.abs((flat >> 16) - 0x33)).isLessThanOrEqualTo(8);
        assertThat(Math.abs((flat >> 8 & 0xFF) - 0x66)).isLessThanOrEqualTo(8);
        assertThat(Math.abs((flat & 0xFF) - 0xCC)).isLessThanOrEqualTo(8);
    }

    @Test
    void theHeaderAloneGivesSizeAlphaAndProfile() throws IOException {
        byte[] png = ImageFiles.encode(halfTransparent(), "png");
        byte[] withProfile = Bytes.withChunksAfterHeader(png, Bytes.pngChunk("iCCP",
                Bytes.concat(Bytes.latin1("Linear\0\0"), Bytes.deflate(LINEAR))));
        Path file = heic("profile", withProfile);

        HeifDecoder.Header header = decoder.header(new Source.File(file), NAME, "heic", PixelBudget.DEFAULT);

        assertThat(header.width()).isEqualTo(16);
        assertThat(header.height()).isEqualTo(16);
        assertThat(header.alpha()).isTrue();
        assertThat(header.iccProfile()).isEqualTo(LINEAR);
        assertThat(decoder.header(new Source.File(heic("plain", png)), NAME, "heic", PixelBudget.DEFAULT)
                .iccProfile()).isNull();
    }

    @Test
    void bytesInMemoryDecodeToTheSamePixelsAsTheFile() throws IOException {
        Path file = heic("same", ImageFiles.encode(halfTransparent(), "png"));

        BufferedImage fromFile = decoder.decode(new Source.File(file), NAME, "heic", PixelBudget.DEFAULT, NOTHING)
                .image();
        BufferedImage fromBytes = decoder.decode(new Source.Bytes(Files.readAllBytes(file)), NAME, "heic",
                PixelBudget.DEFAULT, NOTHING).image();

        assertThat(fromBytes.getRGB(0, 0, 16, 16, null, 0, 16)).isEqualTo(fromFile.getRGB(0, 0, 16, 16, null, 0, 16));
    }

    @Test
    void theCheckBeforeDecodingSeesTheHeaderAndItsRefusalPassesThrough() throws IOException {
        Path file = heic("refused", ImageFiles.encode(Pictures.flat(16, 16, 0x3366CC), "png"));
        List<HeifDecoder.Header> seen = new ArrayList<>();
        BadInputException refusal = new BadInputException(NAME, Msg.of("image.error.too-large-decoded", 16, 16, 0));

        BadInputException thrown = catchThrowableOfType(BadInputException.class, () -> decoder.decode(
                new Source.File(file), NAME, "heic", PixelBudget.DEFAULT, header -> {
                    seen.add(header);
                    throw refusal;
                }));

        assertThat(thrown).isSameAs(refusal);
        assertThat(seen).singleElement().satisfies(h -> assertThat(h.width()).isEqualTo(16));
    }

    @Test
    void aMissingFileIsUnreadableAndNullsAreProgrammingErrors() {
        Path missing = dir.resolve("hilang.heic");

        assertThat(catchThrowableOfType(BadInputException.class, () -> decoder.header(new Source.File(missing),
                missing, "heic", PixelBudget.DEFAULT)).reason().key()).isEqualTo("image.error.unreadable");
        assertThatThrownBy(() -> decoder.header(null, NAME, "heic", PixelBudget.DEFAULT))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> decoder.decode(new Source.Bytes(new byte[8]), NAME, "heic", PixelBudget.DEFAULT,
                null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new LibHeifDecoder(null)).isInstanceOf(NullPointerException.class);
    }

    /** The libheif error code in the cause's text, and the message the user gets for it. */
    @Test
    void eachLibheifErrorBecomesTheMessageForItsCode() throws IOException {
        byte[] heic = Files.readAllBytes(heic("whole", ImageFiles.encode(Pictures.flat(16, 16, 0x3366CC), "png")));
        List<byte[]> broken = List.of(new byte[0], ImageFiles.encode(Pictures.flat(4, 4, 0), "png"),
                java.util.Arrays.copyOf(heic, 40), java.util.Arrays.copyOf(heic, heic.length / 2),
                ImageFiles.ftyp("heic", "mif1", "heic"), VIDEO);
        Pattern code = Pattern.compile("libheif error (\\d+): ");
        for (byte[] bytes : broken) {
            BadInputException e = catchThrowableOfType(BadInputException.class, () -> decoder.decode(
                    new Source.Bytes(bytes), NAME, "avif", PixelBudget.DEFAULT, NOTHING));
            assertThat(e).as("%d bytes refused", bytes.length).isNotNull();
            assertThat(e.file()).isEqualTo(NAME);
            Matcher m = code.matcher(String.valueOf(e.getCause() == null ? "" : e.getCause().getMessage()));
            if (!m.find()) {
                assertThat(e.reason().key()).isEqualTo("image.error.damaged");
                continue;
            }
            String expected = switch (Integer.parseInt(m.group(1))) {
                case 3, 4, 7 -> "image.error.heif-unsupported";
                case 6 -> "image.error.memory";
                default -> "image.error.damaged";
            };
            assertThat(e.reason().key()).as("%d bytes: %s", bytes.length, e.getCause().getMessage())
                    .isEqualTo(expected);
            assertThat(e.reason().args()).first().isEqualTo("AVIF");
        }
    }

    /** An MP4 video's file type box: libheif knows the container but supports none of its brands. */
    private static final byte[] VIDEO = Bytes.concat(Bytes.bigEndian().u32(20).ascii("ftyp").ascii("isom").u32(0)
            .ascii("mp41").toByteArray(), Bytes.bigEndian().u32(8).ascii("free").toByteArray());

    @Test
    void aFileTypeLibheifCannotReadIsUnsupportedNotDamaged() {
        BadInputException e = catchThrowableOfType(BadInputException.class, () -> decoder.header(
                new Source.Bytes(VIDEO), NAME, "heic", PixelBudget.DEFAULT));

        assertThat(e.reason().key()).isEqualTo("image.error.heif-unsupported");
        assertThat(e.reason().args()).hasSize(2).first().isEqualTo("HEIC");
        assertThat(String.valueOf(e.reason().args().get(1))).contains("brands");
        assertThat(e.getCause()).hasMessageStartingWith("libheif error 3: ");
    }

    @Test
    void aLibraryWithoutLibheifsFunctionsIsNotTaken() {
        assertThat(LibHeif.find(List.of("libc.so.6"))).isEmpty();
        assertThat(lib.libraryName()).isIn(LibHeif.defaultLibraryNames());
        assertThat(LibHeif.PROFILE_PROF).isEqualTo(0x70726F66);
        assertThat(LibHeif.PROFILE_RICC).isEqualTo(0x72494343);
    }
}
