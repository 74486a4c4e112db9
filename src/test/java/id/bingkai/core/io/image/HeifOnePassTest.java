// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bingkai.core.error.BadInputException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: a HEIC load reads its file once and parses it once. The loader hands the decoder the file itself (not
 * bytes it read first), asks for one decode, and refuses an image over the pixel budget from the header that decode
 * hands back before any pixel is made. A recording decoder stands in for libheif, so this runs everywhere.
 */
class HeifOnePassTest {
    @TempDir
    Path dir;

    /** Records every call; "decodes" an image of the header's size unless the check refused it. */
    private static final class Recording implements HeifDecoder {
        final List<String> calls = new ArrayList<>();
        final int width;
        final int height;

        Recording(int width, int height) {
            this.width = width;
            this.height = height;
        }

        @Override
        public Header header(Source source, Path name, String format, PixelBudget budget) {
            calls.add("header " + kind(source));
            return new Header(width, height, false, null);
        }

        @Override
        public Decoded decode(Source source, Path name, String format, PixelBudget budget,
                Consumer<Header> beforeDecode) {
            calls.add("parse " + kind(source));
            Header header = new Header(width, height, false, null);
            beforeDecode.accept(header);
            calls.add("pixels");
            return new Decoded(header, new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB));
        }

        private static String kind(Source source) {
            return source instanceof Source.File ? "file" : "bytes";
        }
    }

    /** The first bytes of an iPhone HEIC (ftyp heic); the sniffer needs no more. */
    private Path heic() throws IOException {
        byte[] head = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i', 'f', '1', 'h', 'e',
                'i', 'c'};
        return Files.write(dir.resolve("IMG_0001.HEIC"), head);
    }

    @Test
    void aLoadIsOneParseOfTheFileItselfWithTheHeaderCheckedInside() throws IOException {
        Recording libheif = new Recording(4032, 3024);
        ImageLoader loader = new ImageLoader(PixelBudget.DEFAULT, Optional.empty(), Optional.of(libheif));

        BufferedImage image = loader.load(heic(), 0, 0);

        assertThat(image.getWidth()).isEqualTo(4032);
        assertThat(libheif.calls).containsExactly("parse file", "pixels");
    }

    @Test
    void aProbeParsesTheHeaderOnlyAndHandsOverTheFileNotItsBytes() throws IOException {
        Recording libheif = new Recording(4032, 3024);
        ImageLoader loader = new ImageLoader(PixelBudget.DEFAULT, Optional.empty(), Optional.of(libheif));

        ImageInfo info = loader.probe(heic());

        assertThat(info.width()).isEqualTo(4032);
        assertThat(libheif.calls).containsExactly("header file");
    }

    @Test
    void anImageOverTheBudgetIsRefusedBeforeAnyPixelIsDecoded() throws IOException {
        Recording libheif = new Recording(12_000, 9_000);
        ImageLoader loader = new ImageLoader(new PixelBudget(25_000, 210_000_000L, 64_000_000L), Optional.empty(),
                Optional.of(libheif));
        Path file = heic();

        assertThatThrownBy(() -> loader.load(file, 0, 0)).isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).file()).isEqualTo(file))
                .satisfies(e -> assertThat(((BadInputException) e).reason().key())
                        .isEqualTo("image.error.too-large-decoded"));
        assertThat(libheif.calls).containsExactly("parse file");
    }

    @Test
    void packLayerBytesAreParsedOnceToo() throws IOException {
        Recording libheif = new Recording(64, 48);
        ImageLoader loader = new ImageLoader(PixelBudget.DEFAULT, Optional.empty(), Optional.of(libheif));

        loader.read(Files.readAllBytes(heic()), Path.of("lapisan.heic"), 0, 0);

        assertThat(libheif.calls).containsExactly("parse bytes", "pixels");
    }
}
