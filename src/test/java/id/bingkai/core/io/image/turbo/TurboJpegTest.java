// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image.turbo;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.testing.Needs;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.junit.jupiter.api.Test;

/** One library instance serves the decoder and the encoder; each function is bound on its first call. */
class TurboJpegTest {
    private static TurboJpeg library() {
        return Needs.present(TurboJpeg.find(), "libjpeg-turbo (libturbojpeg0)");
    }

    @Test
    void aLibraryThatOnlyEncodedStillDecodesAndTheOtherWayRound() {
        BufferedImage picture = TurboJpegDecoderTest.picture(320, 240);
        int[] rgb = ((DataBufferInt) picture.getRaster().getDataBuffer()).getData();
        TurboJpeg encodedFirst = library();
        byte[] jpeg = new TurboJpegEncoder(encodedFirst).encode(rgb, 320, 240, 90);
        BufferedImage decoded = new TurboJpegDecoder(encodedFirst).decode(jpeg, 160, 120, PixelBudget.DEFAULT)
                .orElseThrow().image();
        assertThat(decoded.getWidth()).isEqualTo(160);

        TurboJpeg decodedFirst = library();
        BufferedImage again = new TurboJpegDecoder(decodedFirst).decode(jpeg, 160, 120, PixelBudget.DEFAULT)
                .orElseThrow().image();
        assertThat(pixels(again)).isEqualTo(pixels(decoded));
        assertThat(new TurboJpegEncoder(decodedFirst).encode(rgb, 320, 240, 90)).isEqualTo(jpeg);
        assertThat(decodedFirst.scales()).isEqualTo(encodedFirst.scales()).contains(new TurboJpeg.Scale(1, 8));
    }

    @Test
    void aDecoderAndAnEncoderShareOneLibraryFromSeveralThreads() throws Exception {
        TurboJpeg lib = library();
        BufferedImage picture = TurboJpegDecoderTest.picture(64, 48);
        int[] rgb = ((DataBufferInt) picture.getRaster().getDataBuffer()).getData();
        Thread[] threads = new Thread[4];
        byte[][] results = new byte[threads.length][];
        for (int i = 0; i < threads.length; i++) {
            int n = i;
            threads[i] = Thread.ofPlatform().start(() -> results[n] = new TurboJpegEncoder(lib).encode(rgb, 64, 48,
                    80));
        }
        for (Thread t : threads) {
            t.join();
        }
        for (byte[] r : results) {
            assertThat(r).isEqualTo(results[0]);
            assertThat(new TurboJpegDecoder(lib).decode(r, 0, 0, PixelBudget.DEFAULT)).isPresent();
        }
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
