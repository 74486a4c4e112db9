// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubsamplingTest {
    @ParameterizedTest(name = "{0}x{1} for at least {2}x{3}: every {4}th pixel")
    @CsvSource({
        "4000, 3000, 1000,  700, 4",
        "4000, 3000, 1000, 1000, 3",
        "4000, 3000,    0,    0, 1",
        "4000, 3000, 5000, 5000, 1",
        "4000, 3000, 4000, 3000, 1",
        "4000, 3000, 2000, 1500, 2",
        "4000, 3000, 2001, 1500, 1",
        "2999, 2999, 1000, 1000, 3",
        "3001, 3001, 1000, 1000, 3",
        "8000, 6000, 3240, 3240, 1",
        "8000, 6000, 2160, 2160, 2",
        "8000, 6000,  640,    0, 12",
        "8000, 6000,    0,  640, 9",
        "8000, 6000,    1,    1, 6000",
        "  10,   10,    3,    3, 4",
        "4000, 3000, 1000,  751, 3",
        "4000, 3000,    0,    1, 3000",
        "   0, 3000,   10,   10, 1",
        "4000,    0,   10,   10, 1",
        "   1,    1,    1,    1, 1",
    })
    void largestFactorThatStaysAtLeastTheMinimum(int w, int h, int minW, int minH, int expected) {
        int n = Subsampling.factor(w, h, minW, minH);

        assertThat(n).isEqualTo(expected);
        assertThat(Math.ceilDiv(w, n)).isGreaterThanOrEqualTo(Math.min(minW, w));
        assertThat(Math.ceilDiv(h, n)).isGreaterThanOrEqualTo(Math.min(minH, h));
    }
}
