// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.bingkai.core.model.Rect;
import java.awt.geom.Rectangle2D;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic the rules stand on, against values written down from the definitions: WCAG 2.x relative luminance
 * (sRGB channel c/255 linear below 0.04045, else ((c+0.055)/1.055)^2.4; weights 0.2126, 0.7152, 0.0722), "over"
 * compositing rounded to the nearest 8-bit value, and the half-unit rounding allowance of the rectangle helpers.
 */
class GuidelineMathTest {
    @Test
    void luminanceWeighsEachChannelByItsOwnWeight() {
        assertThat(Contrast.luminance(0xFF0000)).isCloseTo(0.2126, within(1e-9));
        assertThat(Contrast.luminance(0x00FF00)).isCloseTo(0.7152, within(1e-9));
        assertThat(Contrast.luminance(0x0000FF)).isCloseTo(0.0722, within(1e-9));
        assertThat(Contrast.luminance(0xFFFFFFFF)).as("alpha byte ignored").isCloseTo(1.0, within(1e-9));
    }

    @Test
    void luminanceIsLinearBelowTheSrgbKneeAndAPowerAboveIt() {
        // channel 10: 10/255 = 0.0392 <= 0.04045 -> /12.92; channel 11: 0.0431 -> power curve
        assertThat(Contrast.luminance(0x0A0000)).isCloseTo(0.2126 * 0.0030352698, within(1e-9));
        assertThat(Contrast.luminance(0x000B00)).isCloseTo(0.7152 * 0.0033465358, within(1e-9));
        assertThat(Contrast.luminance(0x000080)).isCloseTo(0.0722 * 0.2158605001, within(1e-9));
    }

    @Test
    void theContrastRatioIsTheSameEitherWayRound() {
        assertThat(Contrast.ratio(0xFFFFFF, 0x808080)).isCloseTo(3.9494396, within(1e-6));
        assertThat(Contrast.ratio(0x808080, 0xFFFFFF)).isCloseTo(3.9494396, within(1e-6));
        assertThat(Contrast.ratio(0x1B2A4A, 0x1B2A4A)).isEqualTo(1.0);
    }

    @Test
    void overMixesEachChannelByAlphaAndRoundsToNearest() {
        assertThat(Contrast.over(0xFF123456, 0xABCDEF)).as("opaque").isEqualTo(0x123456);
        assertThat(Contrast.over(0x00123456, 0xABCDEF)).as("transparent").isEqualTo(0xABCDEF);
        // alpha 128: red (255*128 + 127)/255 = 128; blue (255*127 + 127)/255 = 127
        assertThat(Contrast.over(0x80FF0000, 0x0000FF)).isEqualTo(0x80007F);
        // alpha 64 green over grey 0x40: (200*64 + 0x40*191 + 127)/255 = 98 = 0x62
        assertThat(Contrast.over(0x4000C800, 0x404040)).isEqualTo(0x306230);
    }

    @Test
    void rectanglesOverlappingByHalfAUnitOrLessDoNotIntersect() {
        Rect a = new Rect(0, 0, 10, 10);
        assertThat(Geometry.intersection(a, new Rect(9.5, 0, 10, 10))).isEmpty();
        assertThat(Geometry.intersection(a, new Rect(0, 9.5, 10, 10))).isEmpty();
        assertThat(Geometry.intersection(a, new Rect(9.4, 9, 10, 10))).hasValueSatisfying(r -> {
            assertThat(r.x()).isEqualTo(9.4);
            assertThat(r.y()).isEqualTo(9);
            assertThat(r.width()).isCloseTo(0.6, within(1e-9));
            assertThat(r.height()).isCloseTo(1, within(1e-9));
        });
        assertThat(Geometry.intersection(new Rect(2, 3, 4, 5), new Rect(1, 1, 20, 20))).contains(new Rect(2, 3, 4, 5));
    }

    @Test
    void unionAndExpandAreExact() {
        assertThat(Geometry.union(new Rect(5, 1, 2, 2), new Rect(1, 6, 1, 3))).isEqualTo(new Rect(1, 1, 6, 8));
        assertThat(Geometry.expand(new Rect(5, 6, 2, 3), 1.5)).isEqualTo(new Rect(3.5, 4.5, 5, 6));
        assertThat(Geometry.awt(new Rect(1, 2, 3, 4))).isEqualTo(new Rectangle2D.Double(1, 2, 3, 4));
    }

    @Test
    void anAwtRectangleThinnerThanHalfAUnitIsNothing() {
        assertThat(Geometry.of(new Rectangle2D.Double(1, 2, 0.5, 10))).isEmpty();
        assertThat(Geometry.of(new Rectangle2D.Double(1, 2, 10, 0.5))).isEmpty();
        assertThat(Geometry.of(new Rectangle2D.Double(1, 2, 0.6, 0.7))).contains(new Rect(1, 2, 0.6, 0.7));
    }
}
