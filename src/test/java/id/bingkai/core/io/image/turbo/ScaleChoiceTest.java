// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image.turbo;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.io.image.turbo.TurboJpeg.Scale;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScaleChoiceTest {
    /** What libjpeg-turbo 2.x offers: 16/8 down to 1/8. */
    private static final List<Scale> EIGHTHS = eighths();

    private static List<Scale> eighths() {
        List<Scale> scales = new ArrayList<>();
        for (int num = 16; num >= 1; num--) {
            scales.add(num % 8 == 0 ? new Scale(num / 8, 1) : num % 4 == 0 ? new Scale(num / 4, 2)
                    : num % 2 == 0 ? new Scale(num / 2, 4) : new Scale(num, 8));
        }
        return scales;
    }

    @ParameterizedTest(name = "{0}x{1} needed {2}x{3} -> {4}/{5}")
    @CsvSource({
        "4000, 3000, 883, 883, 3, 8",   // 1500x1125 is the smallest that covers 883
        "4000, 3000, 1000, 750, 1, 4",  // exactly 1/4
        "4000, 3000, 1001, 750, 3, 8",  // one pixel more needs the next factor
        "8000, 6000, 883, 883, 1, 4",
        "8000, 6000, 100, 100, 1, 8",   // never below 1/8
        "4000, 3000, 4000, 3000, 1, 1",
        "4000, 3000, 9000, 9000, 1, 1", // never above 1: the renderer upsamples itself if it must
        "4000, 3000, 0, 0, 1, 1",       // 0 x 0 is the full resolution
        "4000, 3000, 0, 750, 1, 4",     // a 0 leaves that side free
        "4000, 3000, 1000, 0, 1, 4",
        "4000, 3000, 1000, 751, 3, 8",  // each side must be covered
    })
    void smallestFactorThatStillCoversTheRequest(int w, int h, int minW, int minH, int num, int denom) {
        Scale s = ScaleChoice.choose(w, h, minW, minH, EIGHTHS);
        assertThat(s.num() * denom).as("%s", s).isEqualTo(num * s.denom());
        assertThat(s.apply(w)).isGreaterThanOrEqualTo(Math.min(minW, w));
        assertThat(s.apply(h)).isGreaterThanOrEqualTo(Math.min(minH, h));
    }

    @Test
    void scaledSizesRoundUpAsLibjpegDoes() {
        assertThat(new Scale(1, 8).apply(4001)).isEqualTo(501);
        assertThat(new Scale(3, 8).apply(3000)).isEqualTo(1125);
    }

    @Test
    void ofTwoEqualFactorsTheFirstOfferedIsKept() {
        List<Scale> both = List.of(new Scale(4, 8), new Scale(1, 2));
        assertThat(ScaleChoice.choose(4000, 3000, 1000, 750, both)).isEqualTo(new Scale(4, 8));
        assertThat(ScaleChoice.choose(4000, 3000, 1000, 750, both.reversed())).isEqualTo(new Scale(1, 2));
        assertThat(ScaleChoice.choose(4000, 3000, 1000, 750, List.of(new Scale(1, 1), new Scale(2, 2))))
                .as("1/1 itself is the starting point").isEqualTo(new Scale(1, 1)).isNotEqualTo(new Scale(2, 2));
    }

    @Test
    void theSmallestFactorWinsInWhateverOrderTheyAreOffered() {
        List<Scale> ascending = EIGHTHS.reversed();
        assertThat(ScaleChoice.choose(8000, 6000, 100, 100, ascending)).isEqualTo(new Scale(1, 8));
        assertThat(ScaleChoice.choose(4000, 3000, 883, 883, ascending)).isEqualTo(new Scale(3, 8));
        assertThat(ScaleChoice.choose(4000, 3000, 100, 100, List.of(new Scale(1, 8), new Scale(1, 2))))
                .isEqualTo(new Scale(1, 8));
    }
}
