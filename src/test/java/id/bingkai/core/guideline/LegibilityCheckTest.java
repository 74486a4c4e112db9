// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import static id.bingkai.testing.TestFrames.BLACK;
import static id.bingkai.testing.TestFrames.WHITE;
import static id.bingkai.core.guideline.RuleChecks.findings;
import static id.bingkai.testing.TestFrames.profile;
import static id.bingkai.testing.TestFrames.story;
import static id.bingkai.testing.TestFrames.tag;
import static id.bingkai.core.guideline.RuleChecks.withPhoto;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.Rule;
import id.bingkai.testing.TestFrames;
import org.junit.jupiter.api.Test;

class LegibilityCheckTest {
    private static final Rect BAND = new Rect(0, 860, 1080, 220);
    private static final Rect TAG_BOX = new Rect(60, 900, 960, 140);

    @Test
    void blackTagOnAWhiteBandIsReadableAtInstagramSize() {
        var band = TestFrames.box("band", LayerRole.DECORATION, BAND, WHITE);
        assertThat(findings(withPhoto(profile(band, tag(TAG_BOX, 100, BLACK))), Rule.LEGIBILITY)).isEmpty();
    }

    @Test
    void whiteTagOnAWhiteBandHasNoContrast() {
        var band = TestFrames.box("band", LayerRole.DECORATION, BAND, WHITE);
        assertThat(findings(withPhoto(profile(band, tag(TAG_BOX, 100, WHITE))), Rule.LEGIBILITY)).singleElement()
                .satisfies(f -> {
                    assertThat(f.message().key()).isEqualTo("guideline.legibility.contrast");
                    assertThat((double) f.message().args().get(1)).isCloseTo(1.0, within(0.05));
                });
    }

    @Test
    void tagOverThePhotoIsReadableOnlyOnAPhotoThatContrasts() {
        var frame = profile(tag(TAG_BOX, 100, WHITE));
        assertThat(findings(withPhoto(frame, 0x000000, 4000, 4000), Rule.LEGIBILITY)).isEmpty();
        assertThat(findings(withPhoto(frame, 0xFFFFFF, 4000, 4000), Rule.LEGIBILITY)).hasSize(1);
    }

    @Test
    void smallTextIsTooSmallOnA110PixelCircle() {
        var band = TestFrames.box("band", LayerRole.DECORATION, BAND, WHITE);
        var found = findings(withPhoto(profile(band, tag(TAG_BOX, 30, BLACK))), Rule.LEGIBILITY);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message().key()).isEqualTo("guideline.legibility.small");
            assertThat((double) f.message().args().get(1)).isLessThan(4);
        });
    }

    @Test
    void largeTextOnAStoryNeedsOnlyTheLowerContrast() {
        // White on campaign orange is 3.6:1: enough for 30 px text on a 360 px wide phone, not for 16 px text.
        var band = TestFrames.box("band", LayerRole.DECORATION, new Rect(0, 800, 1080, 300), 0xFFEC5425);
        var large = story(band, tag(new Rect(60, 880, 960, 140), 90, WHITE));
        var small = story(band, tag(new Rect(60, 880, 960, 140), 48, WHITE));
        assertThat(findings(withPhoto(large), Rule.LEGIBILITY)).isEmpty();
        assertThat(findings(withPhoto(small), Rule.LEGIBILITY)).singleElement()
                .satisfies(f -> assertThat(f.message().key()).isEqualTo("guideline.legibility.contrast"));
    }

    @Test
    void contrastRatiosFollowWcag() {
        assertThat(Contrast.ratio(0x000000, 0xFFFFFF)).isCloseTo(21, within(0.01));
        assertThat(Contrast.ratio(0xFFFFFF, 0xEC5425)).isCloseTo(3.58, within(0.05));
        assertThat(Contrast.ratio(0x777777, 0xFFFFFF)).isCloseTo(4.48, within(0.02));
    }

    @Test
    void aBigTextBoxIsJudgedOnASampleThatGivesThePercentileOfEveryPixel() {
        // a print page's paragraph: 2000 x 1200 px behind the text, a quarter of it dark grey in random specks
        java.awt.image.BufferedImage background = new java.awt.image.BufferedImage(2000, 1200,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(12);
        for (int y = 0; y < background.getHeight(); y++) {
            for (int x = 0; x < background.getWidth(); x++) {
                int grey = random.nextInt(4) == 0 ? 40 + random.nextInt(60) : 200 + random.nextInt(56);
                background.setRGB(x, y, grey * 0x010101);
            }
        }
        int[] text = {0xFF000000};
        double[] every = new double[2000 * 1200];
        int n = 0;
        for (int y = 0; y < 1200; y++) {
            for (int x = 0; x < 2000; x++) {
                int bg = Contrast.over(background.getRGB(x, y), 0xFFFFFF);
                every[n++] = Contrast.ratio(Contrast.over(text[0], bg), bg);
            }
        }
        java.util.Arrays.sort(every);
        double exact = every[(int) Math.floor(LegibilityCheck.PERCENTILE * (n - 1))];

        double sampled = LegibilityCheck.contrast(background, new Rect(0, 0, 2000, 1200), 1, text);

        assertThat(exact).as("the dark specks decide the percentile").isLessThan(3);
        assertThat(sampled).isCloseTo(exact, within(exact * 0.05));
    }
}
