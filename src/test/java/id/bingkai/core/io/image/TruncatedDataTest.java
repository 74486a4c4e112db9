// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import id.bingkai.core.error.BadInputException;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import java.awt.image.BufferedImage;
import java.io.EOFException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import javax.imageio.IIOException;
import org.junit.jupiter.api.Test;

/** Decoders that read on past the end of a file are stopped: truncated means damaged, quickly. */
class TruncatedDataTest {
    private final ImageLoader loader = new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system());

    /** 600 x 600 two-level picture, as lossless WebP (one bit per channel and pixel). */
    private static byte[] losslessWebp() {
        BufferedImage image = new BufferedImage(600, 600, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 600; y++) {
            for (int x = 0; x < 600; x++) {
                image.setRGB(x, y, ((x / 10 + y / 10) & 1) == 0 ? 0x20E020 : 0xE020E0);
            }
        }
        return TinyWebp.encode(image);
    }

    @Test
    void losslessWebpCutShortIsDamagedInsteadOfDecodedAsGarbageForMinutes() {
        byte[] webp = losslessWebp();
        byte[] cut = Arrays.copyOf(webp, webp.length / 5);

        BadInputException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> catchThrowableOfType(
                BadInputException.class, () -> loader.read(cut, Path.of("terpotong.webp"), 0, 0)));

        assertThat(e).as("a truncated lossless WebP must not open").isNotNull();
        assertThat(e.reason().key()).isEqualTo("image.error.damaged");
    }

    @Test
    void completeLosslessWebpStillOpens() {
        BufferedImage image = loader.read(losslessWebp(), Path.of("utuh.webp"), 0, 0);

        assertThat(image.getWidth()).isEqualTo(600);
        PixelAssert.assertColour(image, 5, 5, 0x20E020, 0);
        PixelAssert.assertColour(image, 595, 595, 0x20E020, 0);
    }

    @Test
    void guardPassesReadsSeeksAndAFewReadsPastTheEnd() throws Exception {
        EofGuard guard = new EofGuard(new ByteArrayImageInputStream(new byte[] {1, 2, 3, 4, 5}));

        assertThat(guard.read()).isEqualTo(1);
        guard.seek(3);
        assertThat(guard.readUnsignedShort()).isEqualTo(0x0405);
        assertThat(guard.getStreamPosition()).isEqualTo(5);
        for (int i = 0; i < 10; i++) {
            assertThat(guard.read()).isEqualTo(-1);
        }
        assertThatThrownBy(guard::readByte).isInstanceOf(EOFException.class);
        guard.seek(1);
        assertThat(guard.read(new byte[3], 0, 3)).isEqualTo(3);
        assertThat(guard.length()).isEqualTo(5);
    }

    @Test
    void guardStopsADecoderThatKeepsReadingPastTheEnd() throws Exception {
        EofGuard guard = new EofGuard(new ByteArrayImageInputStream(new byte[] {1}));
        guard.read();

        assertThatThrownBy(() -> {
            for (int i = 0; i < 1_000_000; i++) {
                try {
                    guard.readByte();
                } catch (EOFException swallowed) {
                    // what the lossless WebP bit reader does
                }
            }
        }).isInstanceOf(IIOException.class).hasMessageContaining("truncated");
    }
}
