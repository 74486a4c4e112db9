// SPDX-License-Identifier: Apache-2.0
package id.bingkai.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import id.bingkai.core.error.BadInputException;
import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.io.image.turbo.TurboJpegDecoder;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;

/**
 * Any bytes given as a photo decode to an upright sRGB picture or end in a clear refusal. In a normal test run
 * Jazzer replays the seeds in {@code ImageFuzzTestInputs} (written by {@link HostileSeeds}) and any findings kept
 * there; {@code JAZZER_FUZZ=1} fuzzes (see docs/security.md).
 */
class ImageFuzzTest {
    private final ImageLoader loader = new ImageLoader(PixelBudget.DEFAULT, TurboJpegDecoder.system());
    private final ClearAnswers answers = new ClearAnswers();

    @FuzzTest(maxDuration = "3m")
    @Timeout(10) // per input: a slower one is a finding (libFuzzer -timeout) and fails its replay
    void decodeGivesAPictureOrAClearRefusal(byte[] data) {
        Path name = Path.of("foto.jpg");
        try {
            BufferedImage image = loader.read(data, name, 1080, 1080);
            assertThat(image.getType()).isIn(BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB);
        } catch (BadInputException e) {
            assertThat(e.file()).isEqualTo(name);
            assertThat(e.reason().key()).startsWith("image.error.");
            answers.check(e);
        }
    }
}
