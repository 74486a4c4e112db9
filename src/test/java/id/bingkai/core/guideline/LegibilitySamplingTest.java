// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.model.Rect;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/**
 * Which background pixels {@link LegibilityCheck#contrast} judges and which of them decides: on a 10 x 10 ramp
 * where pixel (x, y) is grey {@code 100 + 10 y + x}, black text contrasts least with the darkest pixel, so the
 * value returned names the grey at the 10th percentile (index floor(0.1 (n - 1)) of the n ratios, ascending) of the
 * pixels the text box covers.
 */
class LegibilitySamplingTest {
    private static final int[] BLACK = {0xFF000000};

    /** The contrast of black text on grey {@code g}: what the check gives when {@code g} decides. */
    private static double onGrey(int g) {
        return Contrast.ratio(0x000000, g * 0x010101);
    }

    private static BufferedImage ramp() {
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 10; x++) {
                image.setRGB(x, y, (100 + 10 * y + x) * 0x010101);
            }
        }
        return image;
    }

    @Test
    void theWholePictureIsDecidedByItsTenthDarkestPixel() {
        // 100 pixels: index floor(0.1 * 99) = 9, grey 109 (not 110, which floor(0.1 * 101) would pick)
        assertThat(LegibilityCheck.contrast(ramp(), new Rect(0, 0, 10, 10), 1, BLACK)).isEqualTo(onGrey(109));
    }

    @Test
    void aFractionalBoxCoversEveryPixelItTouchesAtTheRenderScale() {
        // (1.25, 1.6, 2 x 2) at scale 2 is (2.5, 3.2)-(6.5, 7.2): pixels x 2..6, y 3..7, 25 of them; index 2 of
        // 132, 133, 134, ... is grey 134
        assertThat(LegibilityCheck.contrast(ramp(), new Rect(1.25, 1.6, 2, 2), 2, BLACK)).isEqualTo(onGrey(134));
        // the same box at scale 1 is (1.25, 1.6)-(3.25, 3.6): pixels x 1..3, y 1..3, 9 of them, index 0: grey 111
        assertThat(LegibilityCheck.contrast(ramp(), new Rect(1.25, 1.6, 2, 2), 1, BLACK)).isEqualTo(onGrey(111));
        // (2.5, 3.5)-(7.5, 8.5) at scale 1: x 2..7, y 3..8, 36 pixels, index 3: 132, 133, 134, 135 -> 135
        assertThat(LegibilityCheck.contrast(ramp(), new Rect(2.5, 3.5, 5, 5), 1, BLACK)).isEqualTo(onGrey(135));
    }

    @Test
    void textPastTheRightOrBottomEdgeIsJudgedOnTheLastColumnOrRow() {
        // x from 12 on a 10 px picture: only column 9 (109, 119, ... 199), 10 pixels, index 0
        assertThat(LegibilityCheck.contrast(ramp(), new Rect(12, 0, 5, 10), 1, BLACK)).isEqualTo(onGrey(109));
        // y from 15: only row 9 (190 ... 199)
        assertThat(LegibilityCheck.contrast(ramp(), new Rect(0, 15, 10, 3), 1, BLACK)).isEqualTo(onGrey(190));
        // both: the corner pixel alone
        assertThat(LegibilityCheck.contrast(ramp(), new Rect(30, 30, 4, 4), 1, BLACK)).isEqualTo(onGrey(199));
    }

    @Test
    void textPastTheLeftOrTopEdgeIsJudgedOnTheFirstColumnOrRow() {
        assertThat(LegibilityCheck.contrast(ramp(), new Rect(-8, -8, 3, 3), 1, BLACK)).isEqualTo(onGrey(100));
        // x -3..2 covers columns 0..1 of rows 4..5: 140, 141, 150, 151 -> index 0
        assertThat(LegibilityCheck.contrast(ramp(), new Rect(-3, 4, 5, 2), 1, BLACK)).isEqualTo(onGrey(140));
        // the last row, reached from above the picture: rows 0..9 of column 5, index 0
        assertThat(LegibilityCheck.contrast(ramp(), new Rect(5, -4, 1, 20), 1, BLACK)).isEqualTo(onGrey(105));
    }

    @Test
    void aTransparentBackgroundCountsAsWhite() {
        BufferedImage clear = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        assertThat(LegibilityCheck.contrast(clear, new Rect(0, 0, 4, 4), 1, BLACK)).isEqualTo(21.0);
        BufferedImage halfBlack = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                halfBlack.setRGB(x, y, 0x80000000);
            }
        }
        // black at alpha 128 over white: (255 * 127 + 127) / 255 = 127 = 0x7F
        assertThat(LegibilityCheck.contrast(halfBlack, new Rect(0, 0, 4, 4), 1, BLACK)).isEqualTo(onGrey(0x7F));
    }

    @Test
    void aGradientTextIsJudgedByItsWorstColour() {
        BufferedImage grey = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                grey.setRGB(x, y, 0x808080);
            }
        }
        double black = Contrast.ratio(0x000000, 0x808080);
        double white = Contrast.ratio(0xFFFFFF, 0x808080);
        assertThat(white).isLessThan(black);
        Rect box = new Rect(0, 0, 4, 4);
        assertThat(LegibilityCheck.contrast(grey, box, 1, new int[] {0xFF000000, 0xFFFFFFFF})).isEqualTo(white);
        assertThat(LegibilityCheck.contrast(grey, box, 1, new int[] {0xFFFFFFFF, 0xFF000000})).isEqualTo(white);
        // a half-transparent black stop is painted over the grey first: (0x80 * 127 + 127) / 255 = 64
        int mixed = (0x80 * 127 + 127) / 255;
        assertThat(LegibilityCheck.contrast(grey, box, 1, new int[] {0x80000000}))
                .isEqualTo(Contrast.ratio(mixed * 0x010101, 0x808080));
    }

    @Test
    void aBoxOfMoreThanFortyThousandPixelsIsSampledOnAnEvenGridFromItsCorner() {
        // 400 x 200 = 80 000 pixels: step ceil(sqrt(2)) = 2, so only pixels with even x and even y are judged.
        // Those are white, every other one black: black text fails on the full picture but not on the samples.
        BufferedImage specks = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 400; x++) {
                specks.setRGB(x, y, x % 2 == 0 && y % 2 == 0 ? 0xFFFFFF : 0x000000);
            }
        }
        assertThat(LegibilityCheck.contrast(specks, new Rect(0, 0, 400, 200), 1, BLACK)).isEqualTo(21.0);
        // 200 x 200 = 40 000 pixels exactly: every pixel, three quarters black
        assertThat(LegibilityCheck.contrast(specks, new Rect(0, 0, 200, 200), 1, BLACK)).isEqualTo(1.0);
        // starting at an odd column, the grid misses every white pixel
        assertThat(LegibilityCheck.contrast(specks, new Rect(1, 0, 399, 200), 1, BLACK)).isEqualTo(1.0);
    }

    @Test
    void aStepOfThreeSamplesOnlyEveryThirdColumnAndRow() {
        // 600 x 300 = 180 000 pixels: step ceil(sqrt(4.5)) = 3, samples at x = 0, 3, ... 597 and y = 0, 3, ... 297.
        // Those are white and every other pixel black: a finer grid (or every pixel) would see the black.
        BufferedImage image = new BufferedImage(600, 300, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 600; x++) {
                image.setRGB(x, y, x % 3 == 0 && y % 3 == 0 ? 0xFFFFFF : 0x000000);
            }
        }
        assertThat(LegibilityCheck.contrast(image, new Rect(0, 0, 600, 300), 1, BLACK)).isEqualTo(21.0);
        // the grid starts at the box's own corner: from (1, 0) on, none of the samples is white
        assertThat(LegibilityCheck.contrast(image, new Rect(1, 0, 599, 300), 1, BLACK)).isEqualTo(1.0);
    }
}
