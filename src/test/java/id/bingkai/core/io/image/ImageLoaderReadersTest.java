// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.bingkai.core.error.BadInputException;
import id.bingkai.testing.ImageFiles;
import id.bingkai.testing.Pictures;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which ImageIO readers the loader takes, and the name it gives their format. */
class ImageLoaderReadersTest {
    private final ImageLoader loader = new ImageLoader(PixelBudget.DEFAULT, Optional.empty());

    @TempDir
    Path dir;

    @Test
    void bigTiffIsReportedAsTiff() throws IOException {
        byte[] bigTiff = ImageFiles.encode(Pictures.blocks(), "bigtiff");
        assertThat(bigTiff[0] == 'I' ? bigTiff[2] : bigTiff[3]).as("BigTIFF version 43").isEqualTo((byte) 43);
        Path file = Files.write(dir.resolve("besar.tif"), bigTiff);

        ImageInfo info = loader.probe(file);
        BufferedImage image = loader.load(file, 0, 0);

        assertThat(info).isEqualTo(new ImageInfo(file, "tiff", 64, 32, 1));
        PixelAssert.assertColour(image, 8, 8, Pictures.BLOCK_COLOURS[0], 0);
        PixelAssert.assertColour(image, 56, 24, Pictures.BLOCK_COLOURS[7], 0);
    }

    @Test
    void aFormatOutsideThePromisedListIsNotRead() throws IOException {
        Path wbmp = Files.write(dir.resolve("hp.png"), ImageFiles.encode(
                new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_BINARY), "wbmp"));

        // the WBMP reader takes almost any bytes, so it is never asked
        BadInputException e = catchThrowableOfType(BadInputException.class, () -> loader.load(wbmp, 0, 0));

        assertThat(e).isNotNull();
        assertThat(e.reason().key()).isEqualTo("image.error.unknown-format");
        assertThat(e.file()).isEqualTo(wbmp);
    }
}
