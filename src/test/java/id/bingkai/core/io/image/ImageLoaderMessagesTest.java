// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import id.bingkai.testing.ImageFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Refusals read as sentences in Indonesian (the default) and in English, naming the file. */
class ImageLoaderMessagesTest {
    private static final Path FILE = Path.of("foto-pegawai.jpg");

    private final ImageLoader loader = new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system());

    private BadInputException refusalFor(byte[] data) {
        return catchThrowableOfType(BadInputException.class, () -> loader.read(data, FILE, 0, 0));
    }

    @Test
    void unknownFormatIsExplainedInIndonesianByDefault() {
        BadInputException e = refusalFor("bukan gambar".getBytes(StandardCharsets.UTF_8));

        String text = new Messages(Messages.INDONESIAN).format(e.userMessage());

        assertThat(text).startsWith("foto-pegawai.jpg: ").contains("bukan gambar").contains("JPEG, PNG");
    }

    @Test
    void unknownFormatIsExplainedInEnglish() {
        BadInputException e = refusalFor("not a picture".getBytes(StandardCharsets.UTF_8));

        String text = new Messages(Locale.ENGLISH).format(e.userMessage());

        assertThat(text).isEqualTo("foto-pegawai.jpg: this is not an image, or a format Bingkai cannot read. "
                + "Use JPEG, PNG, WebP, TIFF, BMP, GIF or PSD.");
    }

    @Test
    void tooLargeNamesTheDeclaredSizeAndTheLimit() {
        BadInputException e = refusalFor(ImageFiles.pngDeclaring(100_000, 100_000, 2));

        assertThat(new Messages(Locale.ENGLISH).format(e.userMessage()))
                .contains("100,000 × 100,000 pixels").contains("25,000 pixels per side").contains("210 megapixels");
        assertThat(new Messages(Messages.INDONESIAN).format(e.userMessage()))
                .contains("100.000 × 100.000 piksel").contains("25.000 piksel per sisi");
    }

    @Test
    void heicMessageSaysHowToConvert() {
        BadInputException e = refusalFor(ImageFiles.ftyp("heic", "mif1", "heic"));

        assertThat(new Messages(Locale.ENGLISH).format(e.userMessage())).contains("HEIC").contains("JPEG")
                .contains("Most Compatible");
        assertThat(new Messages(Messages.INDONESIAN).format(e.userMessage())).contains("HEIC")
                .contains("Paling Kompatibel");
    }

    @Test
    void everyImageMessageExistsInBothLanguages() {
        List<Msg> reasons = List.of(Msg.of("image.error.empty"), Msg.of("image.error.not-found"),
                Msg.of("image.error.directory"), Msg.of("image.error.not-regular"), Msg.of("image.error.unreadable"),
                Msg.of("image.error.unknown-format"), Msg.of("image.error.heic", "HEIC"),
                Msg.of("image.error.too-large", 1, 2, 3, 4), Msg.of("image.error.too-large-decoded", 1, 2, 3),
                Msg.of("image.error.damaged", "PNG"), Msg.of("image.error.memory"));
        for (Locale locale : List.of(Messages.INDONESIAN, Locale.ENGLISH)) {
            Messages messages = new Messages(locale);
            for (Msg reason : reasons) {
                assertThat(messages.format(reason)).as("%s in %s", reason.key(), locale)
                        .doesNotContain("!").doesNotContain("{").doesNotContain("''").hasSizeGreaterThan(20);
            }
        }
    }
}
