// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The twibbon's hole, pixel-exact: which region, its bounding box, the speck size and the alpha threshold. */
class HoleFinderTest {
    /** An opaque orange picture of {@code w} x {@code h}. */
    private static BufferedImage opaque(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        clear(image, 0, 0, w, h, 0xFF);
        return image;
    }

    /** Sets the alpha of a rectangle (the colour stays orange). */
    private static BufferedImage clear(BufferedImage image, int x, int y, int w, int h, int alpha) {
        for (int j = y; j < y + h; j++) {
            for (int i = x; i < x + w; i++) {
                image.setRGB(i, j, alpha << 24 | 0xEC5425);
            }
        }
        return image;
    }

    private static Rectangle hole(BufferedImage image) {
        return HoleFinder.find(image).orElseThrow();
    }

    @Test
    void theHoleAroundTheCentreIsBoundedExactly() {
        BufferedImage image = clear(opaque(40, 30), 10, 5, 20, 20, 0);

        assertThat(hole(image)).isEqualTo(new Rectangle(10, 5, 20, 20));
    }

    @Test
    void aWhollyTransparentPictureIsOneHoleReachingEveryEdge() {
        assertThat(hole(clear(opaque(37, 23), 0, 0, 37, 23, 0))).isEqualTo(new Rectangle(0, 0, 37, 23));
        assertThat(hole(clear(opaque(20, 20), 0, 0, 12, 20, 0))).isEqualTo(new Rectangle(0, 0, 12, 20));
        assertThat(hole(clear(opaque(20, 20), 8, 0, 12, 20, 0))).isEqualTo(new Rectangle(8, 0, 12, 20));
    }

    @Test
    void aWindingHoleIsFollowedUpAndDownToItsFarthestPixel() {
        // An S: the middle bar holds the centre, an arm climbs from its right end and turns left along the top,
        // another falls from its left end and turns right along the bottom, then climbs back up a little.
        BufferedImage image = opaque(50, 50);
        clear(image, 10, 24, 30, 3, 0);   // middle bar, around (25, 25)
        clear(image, 37, 5, 3, 20, 0);    // right arm up
        clear(image, 2, 5, 36, 3, 0);     // top bar going left to x = 2
        clear(image, 10, 26, 3, 20, 0);   // left arm down
        clear(image, 10, 44, 30, 3, 0);   // bottom bar going right
        clear(image, 39, 35, 3, 12, 0);   // and up again, to y = 35
        clear(image, 45, 45, 5, 5, 0);    // a separate region, not part of the hole

        assertThat(hole(image)).isEqualTo(new Rectangle(2, 5, 40, 42));
    }

    @Test
    void aCentreHoleOfSixteenPixelsIsTheHoleEvenWhenALargerOneExists() {
        BufferedImage image = clear(opaque(41, 31), 19, 14, 4, 4, 0); // holds the centre pixel (20, 15)
        clear(image, 0, 0, 10, 10, 0);

        assertThat(hole(image)).isEqualTo(new Rectangle(19, 14, 4, 4));
    }

    @Test
    void theCentreIsTheMiddleRowsMiddlePixelNotTheOneAboveIt() {
        // The centre pixel of 40 x 30 is (20, 15): a 16-pixel hole starting exactly there is the hole. The pixel
        // above it, (20, 14), is opaque, so looking one row too high would fall back to the larger corner region.
        BufferedImage image = clear(opaque(40, 30), 20, 15, 4, 4, 0);
        clear(image, 0, 0, 10, 10, 0);

        assertThat(hole(image)).isEqualTo(new Rectangle(20, 15, 4, 4));
    }

    @Test
    void aCentreSpeckOfFifteenPixelsGivesWayToTheLargestRegion() {
        BufferedImage image = clear(opaque(41, 31), 18, 14, 5, 3, 0);
        clear(image, 30, 20, 5, 4, 0);

        assertThat(hole(image)).isEqualTo(new Rectangle(30, 20, 5, 4));
    }

    @Test
    void specksAloneAreNoHoleButSixteenPixelsAnywhereAre() {
        assertThat(HoleFinder.find(clear(opaque(41, 31), 18, 14, 5, 3, 0))).isEmpty();
        assertThat(HoleFinder.find(clear(clear(opaque(41, 31), 0, 0, 5, 3, 0), 30, 25, 3, 5, 0))).isEmpty();
        assertThat(hole(clear(opaque(41, 31), 0, 0, 8, 2, 0))).isEqualTo(new Rectangle(0, 0, 8, 2));
        assertThat(HoleFinder.find(opaque(41, 31))).isEmpty();
    }

    @Test
    void withAnOpaqueCentreTheLargestRegionWinsAndATieGoesToTheFirstFound() {
        BufferedImage image = opaque(60, 40);
        clear(image, 0, 0, 5, 4, 0);     // 20 px
        clear(image, 40, 2, 10, 5, 0);   // 50 px
        clear(image, 2, 30, 6, 5, 0);    // 30 px

        assertThat(hole(image)).isEqualTo(new Rectangle(40, 2, 10, 5));

        clear(image, 10, 20, 5, 10, 0);  // 50 px too, found after the first 50 in reading order
        assertThat(hole(image)).isEqualTo(new Rectangle(40, 2, 10, 5));
    }

    @ParameterizedTest(name = "alpha {0} -> open {1}")
    @CsvSource({"0, true", "127, true", "128, false", "255, false"})
    void pixelsUnderHalfAlphaAreTransparent(int alpha, boolean open) {
        BufferedImage image = clear(opaque(20, 20), 5, 5, 10, 10, alpha);

        assertThat(HoleFinder.find(image).isPresent()).isEqualTo(open);
    }

    @ParameterizedTest(name = "palette alpha {0} -> open {1}")
    @CsvSource({"0, true", "127, true", "128, false"})
    void aPaletteTwibbonWithATransparentEntryHasAHole(int alpha, boolean open) {
        byte[] r = {(byte) 0xEC, (byte) 0xEC};
        byte[] g = {0x54, 0x54};
        byte[] b = {0x25, 0x25};
        byte[] a = {(byte) 0xFF, (byte) alpha};
        BufferedImage image = new BufferedImage(30, 20, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, 2, r, g, b, a));
        for (int y = 6; y < 14; y++) {
            for (int x = 8; x < 20; x++) {
                image.getRaster().setSample(x, y, 0, 1);
            }
        }
        assertThat(image.getAlphaRaster()).isNull();

        assertThat(HoleFinder.find(image)).isEqualTo(open ? java.util.Optional.of(new Rectangle(8, 6, 12, 8))
                : java.util.Optional.empty());
    }

    @Test
    void aPictureWithoutAlphaHasNoHole() {
        BufferedImage rgb = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);

        assertThat(HoleFinder.find(rgb)).isEmpty();
    }

    @Test
    void aCombOfThousandsOfTeethIsFilledWithoutRecursion() {
        // A transparent top row over 2000 one-pixel teeth: the fill queues far more seeds than its first stack.
        int teeth = 2000;
        BufferedImage image = opaque(2 * teeth + 1, 40);
        clear(image, 0, 0, 2 * teeth + 1, 1, 0);
        for (int t = 0; t < teeth; t++) {
            clear(image, 2 * t, 1, 1, 39, 0);
        }
        clear(image, 2 * teeth, 1, 1, 30, 0);

        Rectangle found = hole(image);
        assertThat(found).isEqualTo(new Rectangle(0, 0, 2 * teeth + 1, 40));
    }
}
