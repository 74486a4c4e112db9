// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.bingkai.core.model.CanvasSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Paper sizes in pixels and where the paper's edges fall on a canvas, with hand-computed numbers. */
class PrintSpecTest {
    @ParameterizedTest
    @CsvSource({"10,10,0,10", "100000,100000,50,2400", "210,297,3,300"})
    void sizesAtTheLimitsAreAccepted(double w, double h, double bleed, int dpi) {
        PrintSpec spec = new PrintSpec(w, h, bleed, dpi);
        assertThat(spec.trimWidthMm()).isEqualTo(w);
        assertThat(spec.dpi()).isEqualTo(dpi);
    }

    @ParameterizedTest
    @CsvSource({"9.9,297,3,300", "210,9.9,3,300", "100001,297,3,300", "210,100001,3,300", "210,297,-0.1,300",
        "210,297,50.1,300", "210,297,3,9", "210,297,3,2401", "NaN,297,3,300", "210,NaN,3,300", "210,297,NaN,300"})
    void sizesBeyondTheLimitsAreRefused(double w, double h, double bleed, int dpi) {
        assertThatThrownBy(() -> new PrintSpec(w, h, bleed, dpi)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a4AndA3InPixels() {
        // 210 mm / 25.4 * 300 = 2480.3; 297 -> 3507.9; 216 -> 2551.2; 303 -> 3578.7; 420 -> 4960.6
        assertThat(PrintSpec.A4.trimWidthPx()).isEqualTo(2480);
        assertThat(PrintSpec.A4.trimHeightPx()).isEqualTo(3508);
        assertThat(PrintSpec.A4.bleedWidthPx()).isEqualTo(2551);
        assertThat(PrintSpec.A4.bleedHeightPx()).isEqualTo(3579);
        assertThat(PrintSpec.A3.trimHeightPx()).isEqualTo(4961);
        assertThat(PrintSpec.A4.withDpi(150).trimWidthPx()).isEqualTo(1240);
        assertThat(PrintSpec.A4.withBleed(0).bleedWidthPx()).isEqualTo(2480);
        assertThat(PrintSpec.A4.withBleed(5).bleedMm()).isEqualTo(5);
    }

    @Test
    void presetsByNameInAnyCase() {
        assertThat(PrintSpec.preset("A4")).contains(PrintSpec.A4);
        assertThat(PrintSpec.preset("a3")).contains(PrintSpec.A3);
        assertThat(PrintSpec.preset("b5")).isEmpty();
    }

    @Test
    void thePaperTurnsToMatchTheCanvas() {
        assertThat(PrintSpec.A4.orientedFor(new CanvasSize(3508, 2480))).isEqualTo(new PrintSpec(297, 210, 3, 300));
        assertThat(PrintSpec.A4.orientedFor(new CanvasSize(2480, 3508))).isSameAs(PrintSpec.A4);
        assertThat(PrintSpec.A4.orientedFor(new CanvasSize(1000, 1000))).isSameAs(PrintSpec.A4);
        PrintSpec landscape = new PrintSpec(297, 210, 3, 300);
        assertThat(landscape.orientedFor(new CanvasSize(1000, 1000))).isEqualTo(PrintSpec.A4);
    }

    @Test
    void aCanvasOfTrimPlusBleedIncludesTheBleed() {
        PrintGeometry g = PrintGeometry.of(new CanvasSize(2551, 3579), PrintSpec.A4, 5);
        // 216 x 303 mm over 2551 x 3579 units: min(11.8102, 11.8119) = 11.8102 units per mm
        assertThat(g.bleedIncluded()).isTrue();
        assertThat(g.proportionsMatch()).isTrue();
        assertThat(g.unitsPerMm()).isCloseTo(2551 / 216.0, within(1e-9));
        assertThat(g.bleed().x()).isCloseTo(0, within(1e-9));
        assertThat(g.bleed().width()).isCloseTo(2551, within(1e-9));
        assertThat(g.trim().x()).isCloseTo(3 * 2551 / 216.0, within(1e-9));
        assertThat(g.trim().width()).isCloseTo(210 * 2551 / 216.0, within(1e-9));
        assertThat(g.trim().y()).isCloseTo((3579 - 297 * 2551 / 216.0) / 2, within(1e-9));
        assertThat(g.safe().x()).isCloseTo(8 * 2551 / 216.0, within(1e-9));
        assertThat(g.safe().width()).isCloseTo(200 * 2551 / 216.0, within(1e-9));
        assertThat(g.safe().height()).isCloseTo(287 * 2551 / 216.0, within(1e-9));
        assertThat(g.toMm(2551 / 216.0 * 4)).isCloseTo(4, within(1e-9));
    }

    @Test
    void aTallerCanvasOfTrimPlusBleedIsFittedByItsHeight() {
        PrintGeometry g = PrintGeometry.of(new CanvasSize(2552, 3579), PrintSpec.A4, 5);
        // min(2552 / 216, 3579 / 303) = 3579 / 303: the height decides
        assertThat(g.bleedIncluded()).isTrue();
        assertThat(g.unitsPerMm()).isCloseTo(3579 / 303.0, within(1e-9));
        assertThat(g.bleed().y()).isCloseTo(0, within(1e-9));
        assertThat(g.bleed().height()).isCloseTo(3579, within(1e-9));
    }

    @Test
    void aCanvasOfTheTrimHasNoBleedAndItsBleedLineLiesOutside() {
        PrintGeometry g = PrintGeometry.of(new CanvasSize(2480, 3508), PrintSpec.A4, 5);
        double u = 2480 / 210.0;
        assertThat(g.bleedIncluded()).isFalse();
        assertThat(g.proportionsMatch()).isTrue();
        assertThat(g.unitsPerMm()).isCloseTo(u, within(1e-9));
        assertThat(g.trim().x()).isCloseTo(0, within(1e-9));
        assertThat(g.bleed().x()).isCloseTo(-3 * u, within(1e-9));
        assertThat(g.bleed().height()).isCloseTo(303 * u, within(1e-9));
        assertThat(PrintGeometry.of(new CanvasSize(2480, 3508), PrintSpec.A4.withBleed(0), 5).bleedIncluded())
                .isFalse();
    }

    @Test
    void aSquareCanvasIsFittedInsideTheTrimAndDoesNotMatch() {
        PrintGeometry g = PrintGeometry.of(new CanvasSize(1000, 1000), PrintSpec.A4, 5);
        double u = 1000 / 297.0;
        assertThat(g.proportionsMatch()).isFalse();
        assertThat(g.bleedIncluded()).isFalse();
        assertThat(g.unitsPerMm()).isCloseTo(u, within(1e-9));
        assertThat(g.trim().x()).isCloseTo((1000 - 210 * u) / 2, within(1e-9));
        assertThat(g.trim().height()).isCloseTo(1000, within(1e-9));
        // 2124 / 2970 is 1.14 % wider than 210 / 297, 2118 / 2970 0.86 %: the tolerance is 1 %
        assertThat(PrintGeometry.of(new CanvasSize(2124, 2970), PrintSpec.A4.withBleed(0), 5)
                .proportionsMatch()).isFalse();
        assertThat(PrintGeometry.of(new CanvasSize(2118, 2970), PrintSpec.A4.withBleed(0), 5)
                .proportionsMatch()).isTrue();
    }

    @Test
    void aSafeMarginWiderThanHalfThePaperLeavesOneUnit() {
        PrintGeometry g = PrintGeometry.of(new CanvasSize(2480, 3508), PrintSpec.A4, 500);
        assertThat(g.safe().width()).isCloseTo(1, within(1e-9));
        assertThat(g.safe().centerX()).isCloseTo(g.trim().centerX(), within(1e-9));
    }
}
