// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image.heif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.io.image.ImageInfo;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.testing.HeifFiles;
import id.bingkai.testing.ImageFiles;
import id.bingkai.testing.Pictures;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HEIC and AVIF through the system's libheif: the photo comes out as it went in, and bad files are named. */
class HeifDecodingTest {
    @TempDir
    Path dir;

    private final Messages messages = new Messages(Messages.INDONESIAN);
    private ImageLoader loader;

    @BeforeEach
    void needsLibheif() {
        HeifFiles.assumeAvailable();
        loader = new ImageLoader(PixelBudget.DEFAULT, Optional.empty(), LibHeifDecoder.system());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"heic", "avif"})
    void decodedPhotoMatchesTheSourceWithinCompressionLoss(String format) throws IOException {
        BufferedImage source = Pictures.gradient(320, 240);
        Path photo = encoded(source, format, "foto");

        BufferedImage decoded = loader.load(photo, 0, 0);

        assertThat(decoded.getWidth()).isEqualTo(320);
        assertThat(decoded.getHeight()).isEqualTo(240);
        assertThat(meanAbsoluteError(source, decoded)).as("mean error per channel").isLessThan(6.0);
    }

    /** libheif opens the file by its path: a name with accents and spaces, as phones and offices write them. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"heic", "avif"})
    void aFileWhoseNameHasAccentsAndSpacesIsReadByPath(String format) throws IOException {
        BufferedImage source = Pictures.gradient(160, 120);
        Path photo = encoded(source, format, "Désirée Nuñez (1)");

        assertThat(loader.probe(photo).width()).isEqualTo(160);
        assertThat(meanAbsoluteError(source, loader.load(photo, 0, 0))).isLessThan(6.0);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"heic", "avif"})
    void probeReadsFormatAndSizeFromTheHeader(String format) throws IOException {
        Path photo = encoded(Pictures.gradient(200, 120), format, "foto");

        ImageInfo info = loader.probe(photo);

        assertThat(info.format()).isEqualTo(format);
        assertThat(info.width()).isEqualTo(200);
        assertThat(info.height()).isEqualTo(120);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"heic", "avif"})
    void anImageOverThePixelBudgetIsRefusedFromItsHeader(String format) throws IOException {
        Path photo = encoded(Pictures.gradient(320, 240), format, "besar");
        ImageLoader strict = new ImageLoader(new PixelBudget(200, 40_000, 40_000), Optional.empty(),
                LibHeifDecoder.system());

        assertThatThrownBy(() -> strict.load(photo, 0, 0)).isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).file()).isEqualTo(photo))
                .satisfies(e -> assertThat(messages.format(((BadInputException) e).reason())).contains("320"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"heic", "avif"})
    void aTruncatedFileIsNamedAsDamaged(String format) throws IOException {
        Path photo = encoded(Pictures.gradient(320, 240), format, "utuh");
        byte[] whole = Files.readAllBytes(photo);
        Path cut = Files.write(dir.resolve("terpotong." + format), Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> loader.load(cut, 0, 0)).isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).file()).isEqualTo(cut))
                .satisfies(e -> assertThat(messages.format(((BadInputException) e).reason()))
                        .contains(format.toUpperCase()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"heic", "avif"})
    void garbageAfterTheFileTypeBoxIsRefusedNotCrashed(String format) throws IOException {
        Path photo = encoded(Pictures.gradient(64, 64), format, "asli");
        byte[] bytes = Files.readAllBytes(photo);
        for (int i = 40; i < bytes.length; i += 7) {
            bytes[i] = (byte) (bytes[i] ^ 0x5A);
        }
        Path broken = Files.write(dir.resolve("rusak." + format), bytes);

        assertThatThrownBy(() -> loader.load(broken, 0, 0)).isInstanceOf(BadInputException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"heic", "avif"})
    void withoutLibheifTheUserIsToldToConvert(String format) throws IOException {
        Path photo = encoded(Pictures.gradient(64, 64), format, "foto");
        ImageLoader plain = new ImageLoader(PixelBudget.DEFAULT, Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> plain.load(photo, 0, 0)).isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(messages.format(((BadInputException) e).reason()))
                        .contains(format.toUpperCase()).contains("JPEG"));
    }

    private Path encoded(BufferedImage picture, String format, String name) throws IOException {
        Path jpeg = Files.write(dir.resolve(name + "-sumber.jpg"), ImageFiles.jpeg(picture, 0.98f));
        return HeifFiles.encode(jpeg, dir.resolve(name + "." + format), format.equals("avif"), 92);
    }

    static double meanAbsoluteError(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs((p >> shift & 0xFF) - (q >> shift & 0xFF));
                }
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }

}
