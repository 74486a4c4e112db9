// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.render.PhotoSource;
import id.bingkai.testing.ImageFiles;
import id.bingkai.testing.Pictures;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the loader hands to its JPEG and HEIF decoders and what it does with their answers, through recording fakes:
 * minimum sizes in stored pixels, the turn and the colour conversion afterwards, the budget checks in between.
 */
class ImageLoaderSeamsTest {
    private static final byte[] LINEAR = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();

    @TempDir
    Path dir;

    /** Answers every decode with the same result, and writes down each call. */
    private static final class FakeJpeg implements ScalingJpegDecoder {
        final List<String> calls = new ArrayList<>();
        Optional<Decoded> answer = Optional.empty();
        boolean accepts;

        @Override
        public Optional<Decoded> decode(Path file, int minWidth, int minHeight, PixelBudget budget) {
            calls.add("file " + file.getFileName() + " " + minWidth + "x" + minHeight);
            return answer;
        }

        @Override
        public Optional<Decoded> decode(byte[] data, int minWidth, int minHeight, PixelBudget budget) {
            calls.add("bytes " + data.length + " " + minWidth + "x" + minHeight);
            return answer;
        }

        @Override
        public boolean accepts(Path file, PixelBudget budget) {
            calls.add("accepts " + file.getFileName());
            return accepts;
        }
    }

    /** A HEIF decoder whose files all have the same header and pixels. */
    private static final class FakeHeif implements HeifDecoder {
        final List<String> calls = new ArrayList<>();
        Header header = new Header(3, 2, false, null);
        BufferedImage image = Pictures.flat(3, 2, 0x336699);

        private static String describe(Source source) {
            return switch (source) {
                case Source.File f -> "file " + f.path().getFileName();
                case Source.Bytes b -> "bytes " + b.data().length;
            };
        }

        @Override
        public Header header(Source source, Path name, String format, PixelBudget budget) {
            calls.add("header " + describe(source) + " " + format);
            return header;
        }

        @Override
        public Decoded decode(Source source, Path name, String format, PixelBudget budget,
                Consumer<Header> beforeDecode) {
            calls.add("decode " + describe(source) + " " + format);
            beforeDecode.accept(header);
            calls.add("decoded");
            return new Decoded(header, image);
        }
    }

    private static BadInputException refusal(Runnable action) {
        BadInputException e = catchThrowableOfType(BadInputException.class, action::run);
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** The blocks picture as a camera held in {@code orientation} stores it, with the EXIF tag. */
    private Path turnedJpeg(String name, int orientation) throws IOException {
        BufferedImage stored = ImageLoaderOrientationTest.stored(Pictures.blocks(), orientation);
        return file(name, ImageFiles.withExifOrientation(ImageFiles.jpeg(stored, 0.95f), orientation, false));
    }

    /** 2 x 3 stored pixels, each its own colour. */
    private static BufferedImage twoByThree() {
        BufferedImage image = new BufferedImage(2, 3, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 2; x++) {
                image.setRGB(x, y, 0x100000 * (x + 1) + 0x000100 * (y + 1));
            }
        }
        return image;
    }

    @Test
    void theFastDecoderGetsTheMinimumInStoredPixelsAndItsPictureIsTurnedUpright() throws IOException {
        FakeJpeg fast = new FakeJpeg();
        fast.answer = Optional.of(new ScalingJpegDecoder.Decoded(twoByThree(), null));
        ImageLoader loader = new ImageLoader(PixelBudget.DEFAULT, Optional.of(fast));
        Path turned = turnedJpeg("turned.jpg", 6);
        Path upright = turnedJpeg("upright.jpg", 1);

        BufferedImage image = loader.load(turned, 40, 20);
        loader.load(upright, 40, 20);

        assertThat(fast.calls).containsExactly("file turned.jpg 20x40", "file upright.jpg 40x20");
        // turned a quarter clockwise: the stored left column (x = 0), bottom to top, is the top row
        assertThat(image.getWidth()).isEqualTo(3);
        assertThat(image.getHeight()).isEqualTo(2);
        assertThat(image.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x100300);
        assertThat(image.getRGB(2, 0) & 0xFFFFFF).isEqualTo(0x100100);
        assertThat(image.getRGB(0, 1) & 0xFFFFFF).isEqualTo(0x200300);
    }

    @Test
    void bytesGoToTheFastDecodersBytesForm() {
        FakeJpeg fast = new FakeJpeg();
        fast.answer = Optional.of(new ScalingJpegDecoder.Decoded(twoByThree(), null));
        byte[] jpeg = ImageFiles.jpeg(Pictures.blocks());

        BufferedImage image = new ImageLoader(PixelBudget.DEFAULT, Optional.of(fast)).read(jpeg, Path.of("layer"),
                10, 5);

        assertThat(fast.calls).containsExactly("bytes " + jpeg.length + " 10x5");
        assertThat(image.getWidth()).isEqualTo(2);
    }

    @Test
    void whenTheFastDecoderDeclinesImageIoDecodes() throws IOException {
        FakeJpeg fast = new FakeJpeg();
        ImageLoader loader = new ImageLoader(PixelBudget.DEFAULT, Optional.of(fast));

        BufferedImage image = loader.load(turnedJpeg("turned.jpg", 8), 0, 0);

        assertThat(fast.calls).containsExactly("file turned.jpg 0x0");
        assertThat(image.getWidth()).isEqualTo(64);
        PixelAssert.assertColour(image, 8, 8, Pictures.BLOCK_COLOURS[0], 12);
    }

    @Test
    void otherFormatsNeverReachTheJpegDecoder() throws IOException {
        FakeJpeg fast = new FakeJpeg();
        ImageLoader loader = new ImageLoader(PixelBudget.DEFAULT, Optional.of(fast));

        loader.load(file("blocks.png", ImageFiles.encode(Pictures.blocks(), "png")), 0, 0);
        loader.read(ImageFiles.encode(Pictures.blocks(), "bmp"), Path.of("layer.bmp"), 0, 0);

        assertThat(fast.calls).isEmpty();
    }

    @Test
    void theFastDecodersProfileIsAppliedAndADamagedOneIgnored() {
        FakeJpeg fast = new FakeJpeg();
        ImageLoader loader = new ImageLoader(PixelBudget.DEFAULT, Optional.of(fast));
        byte[] jpeg = ImageFiles.jpeg(Pictures.blocks());

        fast.answer = Optional.of(new ScalingJpegDecoder.Decoded(Pictures.flat(2, 2, 0x808080), LINEAR));
        BufferedImage linear = loader.read(jpeg, Path.of("linear"), 0, 0);
        fast.answer = Optional.of(new ScalingJpegDecoder.Decoded(Pictures.flat(2, 2, 0x808080), new byte[] {1, 2}));
        BufferedImage damaged = loader.read(jpeg, Path.of("damaged"), 0, 0);

        // linear 128/255 = 0.502 is sRGB 0.735 = 188 (0xBC)
        PixelAssert.assertColour(linear, 1, 1, 0xBCBCBC, 2);
        assertThat(damaged.getRGB(1, 1) & 0xFFFFFF).isEqualTo(0x808080);
    }

    @Test
    void onlyAJpegTheFastDecoderAcceptsAsksForLessOversampling() throws IOException {
        FakeJpeg fast = new FakeJpeg();
        PhotoRef photo = new PhotoRef(dir.resolve("any.jpg"), 10, 10);

        fast.accepts = true;
        assertThat(new ImageLoader(PixelBudget.DEFAULT, Optional.of(fast)).oversampling(photo))
                .isEqualTo(ImageLoader.DCT_OVERSAMPLING).isEqualTo(1.0);
        fast.accepts = false;
        assertThat(new ImageLoader(PixelBudget.DEFAULT, Optional.of(fast)).oversampling(photo))
                .isEqualTo(PhotoSource.DEFAULT_OVERSAMPLING);
        assertThat(new ImageLoader(PixelBudget.DEFAULT, Optional.empty()).oversampling(photo))
                .isEqualTo(PhotoSource.DEFAULT_OVERSAMPLING);
        assertThat(fast.calls).containsExactly("accepts any.jpg", "accepts any.jpg");
    }

    @Test
    void theLoaderSaysWhichDecodersItHasAndItsBudget() {
        PixelBudget budget = new PixelBudget(10, 20, 30);
        ImageLoader plain = new ImageLoader(budget, Optional.empty());
        ImageLoader both = new ImageLoader(budget, Optional.of(new FakeJpeg()), Optional.of(new FakeHeif()));

        assertThat(plain.usesLibjpegTurbo()).isFalse();
        assertThat(plain.readsHeif()).isFalse();
        assertThat(both.usesLibjpegTurbo()).isTrue();
        assertThat(both.readsHeif()).isTrue();
        assertThat(plain.budget()).isSameAs(budget);
    }

    @Test
    void aReferenceHasTheUprightSizeAndItsPixelsAreTheLoadedOnes() throws IOException {
        ImageLoader loader = new ImageLoader(PixelBudget.DEFAULT, Optional.empty());
        Path turned = turnedJpeg("turned.jpg", 6);

        PhotoRef ref = loader.ref(turned);
        BufferedImage pixels = loader.pixels(ref, 32, 16);

        assertThat(ref).isEqualTo(new PhotoRef(turned, 64, 32));
        assertThat(pixels.getWidth()).isEqualTo(32);
        assertThat(pixels.getHeight()).isEqualTo(16);
        PixelAssert.assertColour(pixels, 4, 4, Pictures.BLOCK_COLOURS[0], 24);
    }

    // --- the declared and decoded budgets, at their edges ---

    @Test
    void aDeclaredSizeExactlyAtTheLimitsPassesAndOnePixelMoreDoesNot() throws IOException {
        ImageLoader loader = new ImageLoader(new PixelBudget(100, 5000, 1_000_000), Optional.empty());

        assertThat(loader.probe(file("edge.png", ImageFiles.pngDeclaring(100, 50, 2))).width()).isEqualTo(100);
        assertThat(loader.probe(file("tall.png", ImageFiles.pngDeclaring(50, 100, 2))).height()).isEqualTo(100);
        for (long[] size : new long[][] {{101, 10}, {10, 101}, {100, 51}, {51, 100}}) {
            Path file = file("over-" + size[0] + "x" + size[1] + ".png", ImageFiles.pngDeclaring(size[0], size[1], 2));
            assertThat(refusal(() -> loader.probe(file)).reason().key()).as("%dx%d", size[0], size[1])
                    .isEqualTo("image.error.too-large");
        }
    }

    @Test
    void theRefusalNamesTheLimitInRoundedMegapixels() throws IOException {
        Path big = file("big.png", ImageFiles.pngDeclaring(2000, 2000, 2));

        BadInputException up = refusal(() -> new ImageLoader(new PixelBudget(25_000, 2_500_000, 64_000_000),
                Optional.empty()).probe(big));
        BadInputException down = refusal(() -> new ImageLoader(new PixelBudget(25_000, 2_499_999, 64_000_000),
                Optional.empty()).probe(big));

        assertThat(up.reason().args()).containsExactly(2000, 2000, 25_000, 3L);
        assertThat(down.reason().args()).containsExactly(2000, 2000, 25_000, 2L);
    }

    @Test
    void theDecodedSizeIsRoundedUpAsImageIoSubsamplesAndMayEqualTheLimit() throws IOException {
        Path odd = file("odd.png", ImageFiles.encode(Pictures.flat(65, 33, 0x204060), "png"));

        // every 3rd pixel of 65 x 33 for at least 20 x 10: 22 x 11 = 242 pixels
        BadInputException over = refusal(() -> new ImageLoader(new PixelBudget(1000, 1_000_000, 241),
                Optional.empty()).load(odd, 20, 10));
        BufferedImage atLimit = new ImageLoader(new PixelBudget(1000, 1_000_000, 242), Optional.empty())
                .load(odd, 20, 10);

        assertThat(over.reason().key()).isEqualTo("image.error.too-large-decoded");
        assertThat(over.reason().args()).containsExactly(22L, 11L, 0L);
        assertThat(atLimit.getWidth()).isEqualTo(22);
        assertThat(atLimit.getHeight()).isEqualTo(11);
    }

    // --- HEIF ---

    @Test
    void aHeicFileIsProbedFromItsHeaderAndAnAvifOneToo() throws IOException {
        FakeHeif heif = new FakeHeif();
        heif.header = new HeifDecoder.Header(4032, 3024, false, null);
        ImageLoader loader = new ImageLoader(PixelBudget.DEFAULT, Optional.empty(), Optional.of(heif));
        Path heic = file("IMG_1.HEIC", ImageFiles.ftyp("heic", "mif1", "heic"));
        Path avif = file("photo.avif", ImageFiles.ftyp("avif", "mif1", "avif"));

        assertThat(loader.probe(heic)).isEqualTo(new ImageInfo(heic, "heic", 4032, 3024, 1));
        assertThat(loader.probe(avif).format()).isEqualTo("avif");
        assertThat(heif.calls).containsExactly("header file IMG_1.HEIC heic", "header file photo.avif avif");
    }

    @Test
    void aHeifHeaderIsCheckedOnAProbeToo() throws IOException {
        FakeHeif heif = new FakeHeif();
        ImageLoader loader = new ImageLoader(new PixelBudget(2000, 4_000_000, 1_000_000), Optional.empty(),
                Optional.of(heif));
        Path heic = file("IMG_1.HEIC", ImageFiles.ftyp("heic", "mif1", "heic"));

        heif.header = new HeifDecoder.Header(2001, 10, false, null);
        BadInputException tooLarge = refusal(() -> loader.probe(heic));
        heif.header = new HeifDecoder.Header(0, 10, false, null);
        BadInputException noWidth = refusal(() -> loader.probe(heic));
        heif.header = new HeifDecoder.Header(10, 0, false, null);
        BadInputException noHeight = refusal(() -> loader.load(heic, 0, 0));
        heif.header = new HeifDecoder.Header(1, 1, false, null);

        assertThat(tooLarge.reason().key()).isEqualTo("image.error.too-large");
        assertThat(noWidth.reason().key()).isEqualTo("image.error.damaged");
        assertThat(noWidth.reason().args()).containsExactly("HEIC");
        assertThat(noHeight.reason().key()).isEqualTo("image.error.damaged");
        assertThat(loader.probe(heic).width()).isEqualTo(1);
    }

    @Test
    void aNegativeMinimumIsAProgrammingErrorOnEveryPath() throws IOException {
        ImageLoader loader = new ImageLoader(PixelBudget.DEFAULT, Optional.empty());
        Path png = file("blocks.png", ImageFiles.encode(Pictures.blocks(), "png"));

        assertThatThrownBy(() -> loader.load(png, -1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1x0");
        assertThatThrownBy(() -> loader.load(png, 0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> loader.read(new byte[] {1}, Path.of("x"), 0, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHeicLoadIsCheckedAgainstTheBudgetBeforeDecoding() throws IOException {
        FakeHeif heif = new FakeHeif();
        ImageLoader loader = new ImageLoader(new PixelBudget(2000, 4_000_000, 1_000_000), Optional.empty(),
                Optional.of(heif));
        Path heic = file("IMG_1.HEIC", ImageFiles.ftyp("heic", "mif1", "heic"));

        heif.header = new HeifDecoder.Header(1001, 1000, false, null);
        BadInputException decoded = refusal(() -> loader.load(heic, 0, 0));
        heif.header = new HeifDecoder.Header(2001, 10, false, null);
        BadInputException declared = refusal(() -> loader.load(heic, 0, 0));
        assertThat(heif.calls).doesNotContain("decoded");
        heif.header = new HeifDecoder.Header(1000, 1000, false, null);
        loader.load(heic, 0, 0);

        assertThat(decoded.reason().key()).isEqualTo("image.error.too-large-decoded");
        assertThat(decoded.reason().args()).containsExactly(1001, 1000, 1L);
        assertThat(declared.reason().key()).isEqualTo("image.error.too-large");
        assertThat(heif.calls).endsWith("decoded");
    }

    @Test
    void aHeicProfileIsAppliedAndADamagedOneIgnored() throws IOException {
        FakeHeif heif = new FakeHeif();
        heif.image = Pictures.flat(3, 2, 0x808080);
        ImageLoader loader = new ImageLoader(PixelBudget.DEFAULT, Optional.empty(), Optional.of(heif));
        Path heic = file("IMG_1.HEIC", ImageFiles.ftyp("heic", "mif1", "heic"));

        heif.header = new HeifDecoder.Header(3, 2, false, LINEAR);
        BufferedImage linear = loader.load(heic, 0, 0);
        heif.header = new HeifDecoder.Header(3, 2, false, new byte[] {9, 9, 9});
        BufferedImage damaged = loader.load(heic, 0, 0);
        heif.header = new HeifDecoder.Header(3, 2, false, null);
        BufferedImage none = loader.load(heic, 0, 0);

        PixelAssert.assertColour(linear, 2, 1, 0xBCBCBC, 2);
        assertThat(damaged.getRGB(2, 1) & 0xFFFFFF).isEqualTo(0x808080);
        assertThat(none).isSameAs(heif.image);
    }

    @Test
    void packLayerBytesInHeifGoToTheDecoderAsBytes() {
        FakeHeif heif = new FakeHeif();
        byte[] avif = ImageFiles.ftyp("avif", "mif1", "avif");

        BufferedImage image = new ImageLoader(PixelBudget.DEFAULT, Optional.empty(), Optional.of(heif))
                .read(avif, Path.of("layer.avif"), 0, 0);

        assertThat(heif.calls).containsExactly("decode bytes " + avif.length + " avif", "decoded");
        assertThat(image.getWidth()).isEqualTo(3);
    }

    @Test
    void otherFilesNeverReachTheHeifDecoder() throws IOException {
        FakeHeif heif = new FakeHeif();
        ImageLoader loader = new ImageLoader(PixelBudget.DEFAULT, Optional.empty(), Optional.of(heif));

        loader.probe(file("blocks.png", ImageFiles.encode(Pictures.blocks(), "png")));
        loader.read(ImageFiles.jpeg(Pictures.blocks()), Path.of("layer.jpg"), 0, 0);
        BadInputException video = refusal(() -> {
            try {
                loader.load(file("clip.mp4", ImageFiles.ftyp("isom", "isom", "mp41")), 0, 0);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });

        assertThat(heif.calls).isEmpty();
        assertThat(video.reason().key()).isEqualTo("image.error.unknown-format");
    }

    @Test
    void aHeifFileOver256MegabytesIsRefusedBeforeTheDecoderSeesIt() throws IOException {
        FakeHeif heif = new FakeHeif();
        ImageLoader loader = new ImageLoader(PixelBudget.DEFAULT, Optional.empty(), Optional.of(heif));
        Path atLimit = file("at-limit.heic", ImageFiles.ftyp("heic", "mif1", "heic"));
        Path over = file("over.heic", ImageFiles.ftyp("heic", "mif1", "heic"));
        try (RandomAccessFile a = new RandomAccessFile(atLimit.toFile(), "rw");
                RandomAccessFile b = new RandomAccessFile(over.toFile(), "rw")) {
            a.setLength(256L << 20); // sparse: no disk space used
            b.setLength((256L << 20) + 1);
        }

        BadInputException e = refusal(() -> loader.load(over, 0, 0));
        BadInputException onProbe = refusal(() -> loader.probe(over));
        loader.load(atLimit, 0, 0);

        assertThat(e.reason().key()).isEqualTo("image.error.too-large-file");
        assertThat(e.reason().args()).containsExactly(256L);
        assertThat(onProbe.reason().key()).isEqualTo("image.error.too-large-file");
        assertThat(heif.calls).containsExactly("decode file at-limit.heic heic", "decoded");
    }
}
