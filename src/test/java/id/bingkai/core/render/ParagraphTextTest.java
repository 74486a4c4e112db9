// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.TextAlign;
import id.bingkai.core.model.TextFlow;
import id.bingkai.core.model.TextStyle;
import id.bingkai.testing.TestFrames;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Paragraphs and bulleted lists wrap inside their box and shrink to fit, never cut: measured on the set lines. */
class ParagraphTextTest {
    private static final Rect BOX = new Rect(100, 200, 800, 400);
    private static final String RULES = """
            Tidak memasang atribut calon di kantor maupun di media sosial.
            Tidak memberi tanda suka, membagikan, atau mengomentari unggahan calon.
            Tidak berfoto bersama calon atau dengan simbol partai.
            Tidak menghadiri kampanye.""";

    private final TextSetter setter = new TextSetter(new FontLibrary());

    @Test
    void aShortParagraphKeepsItsSizeAndItsLineBreaks() {
        TextSetter.SetText set = set(TextFlow.PARAGRAPH, "Baris satu\nBaris dua", 40, TextAlign.LEFT);
        assertThat(set.size()).isEqualTo(40);
        assertThat(set.lines()).extracting(TextSetter.SetLine::text).containsExactly("Baris satu", "Baris dua");
        assertThat(set.lines().get(1).baseline() - set.lines().get(0).baseline()).isCloseTo(50, within());
        assertThat(set.lines().getFirst().x()).isEqualTo(BOX.x());
    }

    @Test
    void aLongParagraphWrapsAtWordsAndShrinksUntilEveryLineIsInsideTheBox() {
        String text = (RULES.replace('\n', ' ') + " ").repeat(6);
        TextSetter.SetText set = set(TextFlow.PARAGRAPH, text, 80, TextAlign.CENTER);
        assertThat(set.size()).isLessThan(80).isGreaterThan(10);
        assertInside(set);
        assertThat(words(set.lines())).isEqualTo(words(text)); // nothing lost, no word broken
        // A little larger would no longer fit: the search found (about) the largest size.
        assertThat(set.lines().size()).isGreaterThan(5);
    }

    @Test
    void bulletsGetOneMarkPerItemAndAHangingIndent() {
        TextSetter.SetText set = set(TextFlow.BULLETS, RULES.replace("Tidak memasang", "- Tidak memasang"), 44,
                TextAlign.LEFT);
        List<TextSetter.SetLine> bullets = set.lines().stream()
                .filter(l -> l.text().equals(ParagraphSetter.BULLET)).toList();
        assertThat(bullets).hasSize(4);
        assertThat(bullets).allSatisfy(b -> assertThat(b.x()).isEqualTo(BOX.x()));
        double indent = set.lines().stream().filter(l -> !l.text().equals(ParagraphSetter.BULLET))
                .mapToDouble(TextSetter.SetLine::x).min().orElseThrow();
        assertThat(indent).isGreaterThan(BOX.x() + set.size() * 0.5);
        assertThat(set.lines()).noneMatch(l -> l.text().startsWith("-"));
        assertInside(set);
    }

    @Test
    void textOfTheLongestFieldStillFitsWhole() {
        String longest = "Netral ".repeat(285).strip(); // 2 000 characters, the longest a multi-line field takes
        TextSetter.SetText set = set(TextFlow.PARAGRAPH, longest, 60, TextAlign.LEFT);
        assertInside(set);
        assertThat(words(set.lines())).isEqualTo(words(longest));
    }

    @Test
    void aWordWiderThanTheBoxShrinksTheTextInsteadOfBreakingIt() {
        TextSetter.SetText set = set(TextFlow.PARAGRAPH, "Pemberantasan\nKetidaknetralan", 200, TextAlign.RIGHT);
        assertThat(set.lines()).extracting(TextSetter.SetLine::text)
                .containsExactly("Pemberantasan", "Ketidaknetralan");
        assertInside(set);
    }

    @Test
    void blankLinesCollapseToOneParagraphGap() {
        assertThat(ParagraphSetter.normalise("  a  b \r\n\r\n\n\n c\n\n")).isEqualTo("a b\n\nc");
    }

    private TextSetter.SetText set(TextFlow flow, String text, double size, TextAlign align) {
        Layer.Text layer = new Layer.Text("isi", LayerRole.TEXT, LayerPosition.ABOVE, BOX, text,
                new TextStyle("Inter", 400, size, TestFrames.solid(0xFF000000), align, false, 0), flow, 1.25);
        Frame frame = TestFrames.frame(1000, 1000, null,
                List.of(TestFrames.slot("foto", id.bingkai.core.model.SlotShape.RECTANGLE, 0, 0, 10, 10)),
                List.of(layer));
        Document doc = TestFrames.document(frame);
        return setter.set(layer, doc).orElseThrow();
    }

    private static void assertInside(TextSetter.SetText set) {
        Rectangle2D ink = set.outline().getBounds2D();
        assertThat(ink.getMinX()).isGreaterThanOrEqualTo(BOX.x() - 0.5);
        assertThat(ink.getMaxX()).isLessThanOrEqualTo(BOX.maxX() + 0.5);
        assertThat(ink.getMinY()).isGreaterThanOrEqualTo(BOX.y() - 0.5);
        assertThat(ink.getMaxY()).isLessThanOrEqualTo(BOX.maxY() + 0.5);
        for (TextSetter.SetLine line : set.lines()) {
            Rectangle2D advance = new Rectangle2D.Double(line.x(), line.baseline() - line.layout().getAscent(),
                    line.layout().getVisibleAdvance(), line.layout().getAscent() + line.layout().getDescent());
            assertThat(advance.getMaxX()).isLessThanOrEqualTo(BOX.maxX() + 0.5);
            assertThat(advance.getMaxY()).isLessThanOrEqualTo(BOX.maxY() + 0.5);
        }
    }

    private static List<String> words(List<TextSetter.SetLine> lines) {
        return lines.stream().filter(l -> !l.text().equals(ParagraphSetter.BULLET))
                .flatMap(l -> Arrays.stream(l.text().split("\\s+"))).filter(w -> !w.isEmpty()).toList();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.01);
    }
}
