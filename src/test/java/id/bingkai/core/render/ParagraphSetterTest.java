// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.SlotShape;
import id.bingkai.core.model.TextAlign;
import id.bingkai.core.model.TextFlow;
import id.bingkai.core.model.TextStyle;
import id.bingkai.testing.SyntheticPhotos;
import id.bingkai.testing.TestFrames;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The size search finds the largest size that fits (one step larger does not), words are broken only when nothing
 * else fits, bullets hang by the bullet's width plus half the size, and the block's box spans its lines. Also the
 * photo-size checks and the covering tolerance of {@link PlacementGeometry}.
 */
class ParagraphSetterTest {
    private static final String RULES = "Tidak memasang atribut calon di kantor maupun di media sosial. Tidak memberi "
            + "tanda suka, membagikan, atau mengomentari unggahan calon. Tidak berfoto bersama calon. ";
    private final TextSetter setter = new TextSetter(new FontLibrary());

    @Test
    void theSearchFindsTheLargestSizeThatFitsWithinHalfAPercent() {
        Rect box = new Rect(100, 200, 800, 400);
        for (TextFlow flow : List.of(TextFlow.PARAGRAPH, TextFlow.BULLETS)) {
            String text = flow == TextFlow.BULLETS ? RULES.replace(". ", ".\n") : RULES.repeat(5);
            double found = set(box, flow, text, 80).size();
            assertThat(found).as(flow.name()).isLessThan(80).isGreaterThan(8);
            assertThat(set(box, flow, text, found).size()).as("%s at the size found: kept", flow).isEqualTo(found);
            assertThat(set(box, flow, text, found + 0.8).size()).as("%s a little larger: does not fit", flow)
                    .isLessThan(found + 0.8);
        }
    }

    @Test
    void aWordIsBrokenOnlyWhenEvenTheSmallestSizeCannotHoldIt() {
        Rect tall = new Rect(0, 0, 800, 1000);
        TextSetter.SetText whole = set(tall, TextFlow.PARAGRAPH, "Pemberantasan", 200);
        assertThat(whole.lines()).extracting(TextSetter.SetLine::text).containsExactly("Pemberantasan");
        assertThat(whole.size()).isLessThan(200);

        String endless = "x".repeat(3000);
        TextSetter.SetText broken = set(new Rect(0, 0, 200, 40), TextFlow.PARAGRAPH, endless, 40);
        assertThat(broken.lines().size()).isGreaterThan(1);
        assertThat(String.join("", broken.lines().stream().map(TextSetter.SetLine::text).toList()))
                .isEqualTo(endless);
    }

    @Test
    void bulletsHangByTheBulletPlusHalfTheSizeAndMarkEachItemOnce() {
        Rect narrow = new Rect(50, 50, 500, 600);
        TextSetter.SetText set = set(narrow, TextFlow.BULLETS, "1. " + RULES.repeat(2) + "\n- Tidak menghadiri kampanye.",
                30);
        List<TextSetter.SetLine> bullets = set.lines().stream()
                .filter(l -> l.text().equals(ParagraphSetter.BULLET)).toList();
        List<TextSetter.SetLine> items = set.lines().stream()
                .filter(l -> !l.text().equals(ParagraphSetter.BULLET)).toList();
        assertThat(bullets).hasSize(2);
        assertThat(items.size()).as("the first item wraps").isGreaterThan(2);
        double indent = TextSetter.width(bullets.getFirst().layout(), set.size(), 0) + 0.5 * set.size();
        assertThat(items).allSatisfy(l -> assertThat(l.x()).isCloseTo(narrow.x() + indent, within(1e-9)));
        assertThat(bullets).allSatisfy(b -> assertThat(b.x()).isEqualTo(narrow.x()));
        assertThat(items.getFirst().text()).startsWith("Tidak memasang");
        assertThat(bullets.get(1).baseline()).isEqualTo(items.getLast().baseline());
    }

    @Test
    void theBlockBoxRunsFromTheTopOfTheBoxToTheLastDescent() {
        Rect box = new Rect(100, 200, 800, 400);
        TextSetter.SetText set = set(box, TextFlow.PARAGRAPH, "Satu\n\nDua tiga", 40);
        TextSetter.SetLine first = set.lines().getFirst();
        TextSetter.SetLine last = set.lines().getLast();
        assertThat(first.baseline()).isCloseTo(box.y() + first.layout().getAscent(), within(1e-6));
        assertThat(last.baseline() - first.baseline()).as("a line and half a line of gap").isCloseTo(75, within(1e-6));
        assertThat(set.lineBox().getMinY()).isCloseTo(box.y(), within(1e-6));
        assertThat(set.lineBox().getMaxY()).isCloseTo(last.baseline() + last.layout().getDescent(), within(1e-4));
        assertThat(set.lineBox().getMinX()).isEqualTo(box.x());
    }

    @Test
    void centredLinesAreCentredOnTheirVisibleWidth() {
        Rect box = new Rect(100, 200, 800, 400);
        TextSetter.SetText set = set(box, TextFlow.PARAGRAPH, "Satu dua", 40, TextAlign.CENTER, 0.05);
        TextSetter.SetLine line = set.lines().getFirst();
        double visible = line.layout().getVisibleAdvance() - 0.05 * 40;
        assertThat(line.x()).isCloseTo(box.centerX() - visible / 2, within(1e-6));
    }

    @Test
    void photoSizesMustBePositiveAndAPhotoWithinAThousandthOfAPixelStillCovers() {
        Rect slot = new Rect(140, 100, 800, 600);
        assertThatThrownBy(() -> PlacementGeometry.coverScale(slot, 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlacementGeometry.coverScale(slot, 10, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlacementGeometry.coverScale(slot, -4, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlacementGeometry.coverScale(slot, Double.NaN, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PlacementGeometry.coverScale(slot, 1e-9, 1e-9)).isEqualTo(800 / 1e-9);

        PhotoRef photo = SyntheticPhotos.photo(4000, 3000); // 0.2 canvas units per photo pixel
        // 1e-7 of the slot width is 8e-5 units, 4e-4 photo pixels: inside the tolerance of 1e-6 x 4000 pixels.
        assertThat(PlacementGeometry.coversSlot(slot, photo, Placement.COVER.withOffset(1e-7, 0))).isTrue();
        assertThat(PlacementGeometry.coversSlot(slot, photo, Placement.COVER.withOffset(0, -1e-7))).isTrue();
        // 1e-5 of it is 0.04 photo pixels: a gap.
        assertThat(PlacementGeometry.coversSlot(slot, photo, Placement.COVER.withOffset(1e-5, 0))).isFalse();
        assertThat(PlacementGeometry.coversSlot(slot, photo, Placement.COVER.withOffset(0, -1e-5))).isFalse();
    }

    private TextSetter.SetText set(Rect box, TextFlow flow, String text, double size) {
        return set(box, flow, text, size, TextAlign.LEFT, 0);
    }

    private TextSetter.SetText set(Rect box, TextFlow flow, String text, double size, TextAlign align,
            double spacing) {
        Layer.Text layer = new Layer.Text("isi", LayerRole.TEXT, LayerPosition.ABOVE, box, text,
                new TextStyle("Inter", 400, size, TestFrames.solid(0xFF000000), align, false, spacing), flow, 1.25);
        var frame = TestFrames.frame(1000, 1000, null,
                List.of(TestFrames.slot("foto", SlotShape.RECTANGLE, 0, 0, 10, 10)), List.of(layer));
        return setter.set(layer, TestFrames.document(frame)).orElseThrow();
    }
}
