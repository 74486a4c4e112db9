// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.testing.FaultyDisk;
import id.bingkai.testing.ImageFiles;
import id.bingkai.testing.Pictures;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Broken, lying and hostile inputs end in a BadInputException with a reason, quickly, and never hang. */
class ImageLoaderHostileInputTest {
    private static final Duration QUICKLY = Duration.ofSeconds(5);

    private final ImageLoader loader = new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system());

    @TempDir
    Path dir;

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    /** Runs the call under a time limit and returns the reason key of the BadInputException it must throw. */
    private static BadInputException refusal(Supplier<?> call) {
        BadInputException e = catchThrowableOfType(BadInputException.class,
                () -> assertTimeoutPreemptively(QUICKLY, call::get));
        assertThat(e).as("expected a BadInputException").isNotNull();
        return e;
    }

    private static String reasonKey(Supplier<?> call) {
        return refusal(call).reason().key();
    }

    @Test
    void zeroByteFileIsRefusedAsEmpty() throws IOException {
        Path empty = file("empty.jpg", new byte[0]);

        assertThat(reasonKey(() -> loader.load(empty, 0, 0))).isEqualTo("image.error.empty");
        assertThat(reasonKey(() -> loader.probe(empty))).isEqualTo("image.error.empty");
        assertThat(reasonKey(() -> loader.read(new byte[0], empty, 0, 0))).isEqualTo("image.error.empty");
    }

    @ParameterizedTest(name = "cut at {0}%")
    @ValueSource(ints = {30, 50, 90})
    void truncatedJpegIsReportedAsDamaged(int percent) throws IOException {
        byte[] jpeg = ImageFiles.jpeg(Pictures.noise(256, 256, 1), 0.95f);
        Path cut = file("cut.jpg", Arrays.copyOf(jpeg, jpeg.length * percent / 100));

        BadInputException e = refusal(() -> loader.load(cut, 0, 0));

        assertThat(e.reason().key()).isEqualTo("image.error.damaged");
        assertThat(e.reason().args()).containsExactly("JPEG");
        assertThat(e.file()).isEqualTo(cut);
    }

    @ParameterizedTest(name = "cut at {0}%")
    @ValueSource(ints = {30, 50, 90})
    void truncatedPngIsReportedAsDamaged(int percent) throws IOException {
        byte[] png = ImageFiles.encode(Pictures.noise(256, 256, 2), "png");
        Path cut = file("cut.png", Arrays.copyOf(png, png.length * percent / 100));

        assertThat(reasonKey(() -> loader.load(cut, 0, 0))).isEqualTo("image.error.damaged");
    }

    @Test
    void jpegCutInsideTheHeaderIsReportedAsDamaged() throws IOException {
        Path cut = file("header-only.jpg", Arrays.copyOf(ImageFiles.jpeg(Pictures.blocks(), 0.95f), 40));

        assertThat(reasonKey(() -> loader.load(cut, 0, 0))).isEqualTo("image.error.damaged");
    }

    @Test
    void textWithAnImageNameIsNotAnImage() throws IOException {
        Path text = file("photo.jpg", "Nama,Unit\nBudi,Humas\n".getBytes(StandardCharsets.UTF_8));

        assertThat(reasonKey(() -> loader.load(text, 0, 0))).isEqualTo("image.error.unknown-format");
        assertThat(reasonKey(() -> loader.probe(text))).isEqualTo("image.error.unknown-format");
    }

    @Test
    void zipWithAnImageNameIsNotAnImage() throws IOException {
        Path zip = file("frame.png", HostileFiles.zip());

        assertThat(reasonKey(() -> loader.load(zip, 0, 0))).isEqualTo("image.error.unknown-format");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"png", "jpeg", "gif", "tiff", "bmp"})
    void tinyFileDeclaringHugeSizeIsRefusedBeforeAllocation(String format) throws IOException {
        byte[] bomb = switch (format) {
            case "png" -> ImageFiles.pngDeclaring(100_000, 100_000, 2);
            case "jpeg" -> ImageFiles.jpegDeclaring(65_535, 65_535);
            case "gif" -> ImageFiles.gifDeclaring(65_535, 65_535);
            case "tiff" -> ImageFiles.tiffDeclaring(100_000, 100_000);
            default -> ImageFiles.bmpDeclaring(100_000, 100_000);
        };
        Path file = file("bomb." + format, bomb);

        BadInputException onLoad = refusal(() -> loader.load(file, 0, 0));
        BadInputException onProbe = refusal(() -> loader.probe(file));

        assertThat(onLoad.reason().key()).isEqualTo("image.error.too-large");
        assertThat(onProbe.reason().key()).isEqualTo("image.error.too-large");
        assertThat(onLoad.reason().args()).startsWith(format.equals("jpeg") || format.equals("gif") ? 65_535 : 100_000);
    }

    @Test
    void sizeJustOverTheDeclaredLimitIsRefused() throws IOException {
        ImageLoader strict = new ImageLoader(new PixelBudget(1000, 100_000, 100_000), TurboJpegDecoder.system());
        Path wide = file("wide.png", ImageFiles.pngDeclaring(1001, 10, 2));
        Path many = file("many.png", ImageFiles.pngDeclaring(400, 300, 2));

        assertThat(reasonKey(() -> strict.probe(wide))).isEqualTo("image.error.too-large");
        assertThat(reasonKey(() -> strict.probe(many))).isEqualTo("image.error.too-large");
    }

    @Test
    void decodedSizeIsCheckedAfterSubsampling() throws IOException {
        ImageLoader small = new ImageLoader(new PixelBudget(1000, 1_000_000, 600), TurboJpegDecoder.system());
        Path blocks = file("blocks.png", ImageFiles.encode(Pictures.blocks(), "png"));

        BadInputException full = refusal(() -> small.load(blocks, 0, 0));
        BufferedImage reduced = small.load(blocks, 32, 16);

        assertThat(full.reason().key()).isEqualTo("image.error.too-large-decoded");
        assertThat(reduced.getWidth()).isEqualTo(32);
    }

    @Test
    void heicPhotoGetsAHelpfulMessage() throws IOException {
        Path heic = file("IMG_0001.HEIC", ImageFiles.ftyp("heic", "mif1", "heic"));
        Path renamed = file("IMG_0002.jpg", ImageFiles.ftyp("mif1", "mif1", "heic"));

        BadInputException e = refusal(() -> loader.load(heic, 0, 0));

        assertThat(e.reason().key()).isEqualTo("image.error.heic");
        assertThat(e.reason().args()).containsExactly("HEIC");
        assertThat(reasonKey(() -> loader.probe(renamed))).isEqualTo("image.error.heic");
    }

    @Test
    void avifIsNamedAsSuch() throws IOException {
        Path avif = file("photo.avif", ImageFiles.ftyp("avif", "mif1", "avif", "miaf"));

        assertThat(refusal(() -> loader.load(avif, 0, 0)).reason().args()).containsExactly("AVIF");
    }

    @Test
    void mp4VideoIsNotMistakenForHeic() throws IOException {
        Path video = file("clip.jpg", ImageFiles.ftyp("isom", "isom", "mp41"));

        assertThat(reasonKey(() -> loader.load(video, 0, 0))).isEqualTo("image.error.unknown-format");
    }

    @Test
    void directoryIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("photos.jpg"));

        assertThat(reasonKey(() -> loader.load(folder, 0, 0))).isEqualTo("image.error.directory");
    }

    @Test
    void missingFileIsReportedAsNotFound() {
        Path missing = dir.resolve("gone.jpg");

        BadInputException e = refusal(() -> loader.load(missing, 0, 0));

        assertThat(e.reason().key()).isEqualTo("image.error.not-found");
        assertThat(e.file()).isEqualTo(missing);
    }

    @Test
    void fifoIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("pipe.jpg");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available");
            return;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");

        assertThat(reasonKey(() -> loader.load(fifo, 0, 0))).isEqualTo("image.error.not-regular");
        assertThat(reasonKey(() -> loader.probe(fifo))).isEqualTo("image.error.not-regular");
    }

    /** Injected through the file layer's seam, so it runs as root too (root reads a mode-000 file). */
    @Test
    void unreadableFileIsReportedAsSuch() throws IOException {
        Path locked = file("locked.jpg", ImageFiles.jpeg(Pictures.blocks(), 0.95f));
        ImageLoader onLockedDisk = new ImageLoader(PixelBudget.DEFAULT, Optional.empty(),
                new FaultyDisk().unreadable(locked));

        assertThat(reasonKey(() -> onLockedDisk.load(locked, 0, 0))).isEqualTo("image.error.unreadable");
        assertThat(reasonKey(() -> onLockedDisk.probe(locked))).isEqualTo("image.error.unreadable");
        assertThat(onLockedDisk.load(file("open.jpg", ImageFiles.jpeg(Pictures.blocks(), 0.95f)), 0, 0).getWidth())
                .as("other files of the same disk read").isEqualTo(64);
    }

    @Test
    void negativeMinimumIsAProgrammingError() {
        assertThatThrownBy(() -> loader.read(new byte[] {1}, Path.of("x"), -1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Random bytes and randomly damaged real files: a picture or a BadInputException, nothing else. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jpeg", "png", "gif", "bmp", "tiff", "psd", "webp", "random"})
    void damagedFilesNeverEscapeAsOtherExceptions(String format) {
        byte[] original = switch (format) {
            case "random" -> new byte[4096];
            case "webp" -> TinyWebp.encode(Pictures.twoLevelBlocks());
            case "jpeg" -> ImageFiles.jpeg(Pictures.noise(48, 48, 3), 0.95f);
            default -> ImageFiles.encode(Pictures.blocks(), format);
        };
        Random random = new Random(42);
        for (int round = 0; round < Integer.getInteger("bingkai.test.fuzzRounds", 40); round++) {
            byte[] damaged = original.clone();
            if (format.equals("random")) {
                random.nextBytes(damaged);
            } else {
                for (int i = 0; i < 6; i++) {
                    damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
                }
            }
            assertTimeoutPreemptively(QUICKLY, () -> {
                try {
                    BufferedImage image = loader.read(damaged, Path.of("damaged." + format), 0, 0);
                    assertThat(image.getType()).isIn(BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB);
                } catch (BadInputException expected) {
                    assertThat(expected.reason().key()).startsWith("image.error.");
                }
            }, () -> "round " + Arrays.hashCode(damaged));
        }
    }
}
