// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import id.bingkai.cli.BingkaiCli;
import id.bingkai.cli.Console;
import id.bingkai.core.error.BadInputException;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.image.heif.LibHeifDecoder;
import id.bingkai.testing.Bytes;
import id.bingkai.testing.HeifFiles;
import id.bingkai.testing.ImageFiles;
import id.bingkai.testing.Pictures;
import id.bingkai.wiring.Services;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HEIC and AVIF in the hostile pass: a file that declares a huge image is refused from its header, damaged files
 * are refused with the file's name and never take the program down, and none of the photo's metadata reaches an
 * export made from it.
 */
class HeifHostileTest {
    @TempDir
    Path dir;

    private final ImageLoader loader = new ImageLoader(PixelBudget.DEFAULT, Optional.empty(),
            LibHeifDecoder.system());

    @BeforeEach
    void needsLibheif() {
        HeifFiles.assumeAvailable();
    }

    /** 60000² trips libheif's own limit; 30000 × 20000 passes it and meets Bingkai's budget. */
    @ParameterizedTest(name = "{0} {1}x{2}")
    @CsvSource({"heic, 60000, 60000", "avif, 60000, 60000", "heic, 30000, 20000", "avif, 30000, 20000"})
    void aFileDeclaringAHugeImageIsRefusedBeforeDecoding(String format, int width, int height) throws IOException {
        byte[] bytes = Files.readAllBytes(encoded(format, "kecil"));
        int ispe = indexOf(bytes, "ispe");
        assertThat(ispe).as("the image spatial extents box").isPositive();
        ByteBuffer.wrap(bytes, ispe + 8, 8).putInt(width).putInt(height); // after the box's version and flags
        Path huge = Files.write(dir.resolve("raksasa." + format), bytes);

        assertThatThrownBy(() -> loader.load(huge, 0, 0)).isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(new Messages(Messages.INDONESIAN).format(((BadInputException) e).reason()))
                        .contains("25.000 piksel per sisi"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"heic", "avif"})
    void aFileTypeBoxAloneIsRefused(String format) throws IOException {
        Path bare = Files.write(dir.resolve("kosong." + format),
                ImageFiles.ftyp(format.equals("avif") ? "avif" : "heic", "mif1"));

        assertThatThrownBy(() -> loader.load(bare, 0, 0)).isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).file()).isEqualTo(bare));
    }

    /** Seeded: a failure prints the seed, and the same seed replays it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"heic", "avif"})
    void flippedBytesAnywhereGiveAPictureOrAClearRefusal(String format) throws IOException {
        byte[] original = Files.readAllBytes(encoded(format, "asli"));
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int round = 0; round < 40; round++) {
            byte[] bytes = original.clone();
            for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
                bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
            }
            Path mutated = Files.write(dir.resolve("mutasi-" + round + "." + format), bytes);
            try {
                assertThat(loader.load(mutated, 0, 0).getWidth()).isPositive();
            } catch (BadInputException expected) {
                assertThat(expected.file()).isEqualTo(mutated);
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + ", round " + round + ": " + e, e);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"heic", "avif"})
    void noMetadataOfThePhotoReachesTheExport(String format) throws IOException {
        String canary = "KANARI" + Long.toHexString(new Random().nextLong()).toUpperCase();
        byte[] jpeg = Metadata.jpegWithEverything(ImageFiles.jpeg(Pictures.halves(300, 200)), canary, 1);
        Path source = Files.write(dir.resolve("sumber.jpg"), jpeg);
        Path photo = HeifFiles.encode(source, dir.resolve("foto." + format), format.equals("avif"), 90);
        assertThat(contains(Files.readAllBytes(photo), canary)).as("heif-enc kept the EXIF with the canary").isTrue();
        Path out = dir.resolve("hasil.jpg");

        StringWriter err = new StringWriter();
        int code = new BingkaiCli(Services.create(new Messages(Messages.INDONESIAN)),
                new Console(new PrintWriter(new StringWriter()), new PrintWriter(err)), () -> 1)
                .run("render", "--pack", plainPack().toString(), "--photo", photo.toString(), "--width", "300",
                        "--out", out.toString());

        assertThat(code).as(err.toString()).isZero();
        byte[] exported = Files.readAllBytes(out);
        assertThat(contains(exported, canary)).as("the canary in the export").isFalse();
        assertThat(contains(exported, "#ASNpilihNETRAL")).as("the campaign keyword").isTrue();
    }

    private Path encoded(String format, String name) throws IOException {
        Path jpeg = Files.write(dir.resolve(name + ".jpg"), ImageFiles.jpeg(Pictures.gradient(160, 96), 0.95f));
        return HeifFiles.encode(jpeg, dir.resolve(name + "." + format), format.equals("avif"), 80);
    }

    /** One frame, one full-canvas slot, no decoration: the export is the photo alone. */
    private Path plainPack() throws IOException {
        JsonObject manifest = HostilePacks.manifest();
        manifest.getAsJsonArray("frames").get(0).getAsJsonObject().remove("layers");
        manifest.remove("fields");
        return HostilePacks.writeFolder(dir.resolve("polos"), Map.of("manifest.json", Bytes.utf8(manifest.toString())));
    }

    private static int indexOf(byte[] data, String ascii) {
        return new String(data, StandardCharsets.ISO_8859_1).indexOf(ascii);
    }

    private static boolean contains(byte[] data, String ascii) {
        return indexOf(data, ascii) >= 0;
    }
}
