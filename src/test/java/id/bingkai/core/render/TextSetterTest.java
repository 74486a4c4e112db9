// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.SlotShape;
import id.bingkai.core.model.TextAlign;
import id.bingkai.core.model.TextFlow;
import id.bingkai.core.model.TextStyle;
import id.bingkai.testing.TestFrames;
import java.awt.Font;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One line set in its box: the text it shows, where it starts, its baseline and the size it is shrunk to. */
class TextSetterTest {
    private static final Rect BOX = new Rect(100, 200, 600, 120);
    private final FontLibrary fonts = new FontLibrary();
    private final TextSetter setter = new TextSetter(fonts);

    @Test
    void oneLineCollapsesSpacesAndBreaksAndUppercaseIsForEveryLocale() {
        assertThat(TextSetter.text(layer("{nama}", 40, TextAlign.LEFT, false, 0, TextFlow.LINE),
                doc("  Budi \n\t Santoso  "))).isEqualTo("Budi Santoso");
        assertThat(TextSetter.text(layer("{nama}", 40, TextAlign.LEFT, true, 0, TextFlow.LINE),
                doc("siti  iriani"))).isEqualTo("SITI IRIANI"); // no Turkish dotted capital I
        assertThat(TextSetter.text(layer("{nama}", 40, TextAlign.LEFT, false, 0, TextFlow.PARAGRAPH),
                doc(" Baris  satu \n\n\n Baris dua "))).isEqualTo("Baris satu\n\nBaris dua");
    }

    @Test
    void eachAlignmentPutsTheLineStartWhereItSays() {
        assertThat(TextSetter.alignedX(style(TextAlign.LEFT), BOX, 250)).isEqualTo(100);
        assertThat(TextSetter.alignedX(style(TextAlign.CENTER), BOX, 250)).isEqualTo(275);
        assertThat(TextSetter.alignedX(style(TextAlign.RIGHT), BOX, 250)).isEqualTo(450);
    }

    @Test
    void theWidthLeavesOutTheSpacingAfterTheLastLetterAndIsNeverNegative() {
        Font inter = fonts.resolve(doc("x").pack(), "Inter", 400);
        TextLayout spaced = TextSetter.layout("ASN", inter, 10, 0.1);
        assertThat(TextSetter.width(spaced, 10, 0.1)).isCloseTo(spaced.getAdvance() - 1.0, within(1e-9));
        assertThat(TextSetter.width(TextSetter.layout("i", inter, 10, 0), 10, 1)).isZero();
        Font attributed = TextSetter.attributed(inter, 12.5, 0.05);
        assertThat(attributed.getSize2D()).isEqualTo(12.5f);
        assertThat(attributed.getAttributes().get(java.awt.font.TextAttribute.TRACKING)).isEqualTo(0.05f);
    }

    @Test
    void aLineThatFitsKeepsItsSizeAndSitsCentredOnTheBoxMiddle() {
        Layer.Text layer = layer("{nama}", 40, TextAlign.RIGHT, false, 0.02, TextFlow.LINE);
        TextSetter.SetText set = setter.set(layer, doc("Andi")).orElseThrow();

        TextSetter.SetLine line = set.lines().getFirst();
        double width = TextSetter.width(line.layout(), 40, 0.02);
        assertThat(set.size()).isEqualTo(40);
        assertThat(set.font().getSize2D()).isEqualTo(40f);
        assertThat(line.text()).isEqualTo("Andi");
        assertThat(line.x()).isCloseTo(BOX.maxX() - width, within(1e-9));
        assertThat(line.baseline()).isCloseTo(
                BOX.centerY() + (line.layout().getAscent() - line.layout().getDescent()) / 2, within(1e-9));
        Rectangle2D box = set.lineBox();
        assertThat(box.getX()).isCloseTo(line.x(), within(1e-9));
        assertThat(box.getY()).isCloseTo(line.baseline() - line.layout().getAscent(), within(1e-9));
        assertThat(box.getWidth()).isCloseTo(width, within(1e-9));
        assertThat(box.getHeight()).isCloseTo(line.layout().getAscent() + line.layout().getDescent(), within(1e-9));
        assertThat(set.outline().getBounds2D().getMaxX()).isLessThanOrEqualTo(BOX.maxX() + 0.5);
    }

    @Test
    void aLineTooWideShrinksUntilItJustFits() {
        Layer.Text layer = layer("{nama}", 90, TextAlign.LEFT, false, 0, TextFlow.LINE);
        TextSetter.SetText set = setter.set(layer, doc("Dr. Hj. Siti Nurhaliza Rahmawati Kusumaningtyas")).orElseThrow();

        double width = TextSetter.width(set.lines().getFirst().layout(), set.size(), 0);
        assertThat(set.size()).isLessThan(90).isGreaterThan(10);
        assertThat(width).isLessThanOrEqualTo(BOX.width()).isGreaterThan(BOX.width() * 0.99);
        assertThat(set.lines().getFirst().x()).isEqualTo(BOX.x());
        assertThat(set.font().getSize2D()).isCloseTo((float) set.size(), within(1e-4f));
    }

    @Test
    void aLineExactlyAsWideAsItsBoxKeepsItsSize() {
        Font inter = fonts.resolve(doc("x").pack(), "Inter", 400);
        double width = TextSetter.width(TextSetter.layout("Andi", inter, 40, 0), 40, 0);
        Rect exact = new Rect(100, 200, width, 120);
        Layer.Text layer = new Layer.Text("nama", LayerRole.TEXT, LayerPosition.ABOVE, exact, "{nama}",
                new TextStyle("Inter", 400, 40, TestFrames.solid(0xFF000000), TextAlign.LEFT, false, 0),
                TextFlow.LINE, 1.25);

        TextSetter.SetText set = setter.set(layer, doc("Andi")).orElseThrow();

        assertThat(set.size()).as("not shrunk: it fits to the last bit").isEqualTo(40);
        assertThat(set.lineBox().getWidth()).isEqualTo(width);
    }

    @Test
    void aTemplateThatResolvesToNothingSetsNothing() {
        assertThat(setter.set(layer("{nama}", 40, TextAlign.LEFT, false, 0, TextFlow.LINE), doc("   "))).isEmpty();
        assertThat(setter.set(layer("{nama}", 40, TextAlign.LEFT, false, 0, TextFlow.BULLETS), doc(" \n "))).isEmpty();
    }

    private static TextStyle style(TextAlign align) {
        return new TextStyle("Inter", 400, 40, TestFrames.solid(0xFF000000), align, false, 0);
    }

    private static Layer.Text layer(String template, double size, TextAlign align, boolean uppercase, double spacing,
            TextFlow flow) {
        return new Layer.Text("nama", LayerRole.TEXT, LayerPosition.ABOVE, BOX, template,
                new TextStyle("Inter", 400, size, TestFrames.solid(0xFF000000), align, uppercase, spacing), flow,
                1.25);
    }

    private static Document doc(String name) {
        Frame frame = TestFrames.frame(800, 800, null,
                List.of(TestFrames.slot("foto", SlotShape.RECTANGLE, 0, 0, 10, 10)), List.of());
        return TestFrames.document(frame).withText("nama", name);
    }
}
