// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static id.bingkai.core.io.pack.LayerRulesTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.error.Problem;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.PrintSize;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.SlotShape;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A frame's canvas, print size, slots and boxes at both ends of every range, in the smallest pack. */
class FrameRulesTest {
    private static final String SLOT = "frames[0].slots[0]";

    @TempDir
    Path dir;

    private MiniPacks packs;

    @BeforeEach
    void packs() {
        packs = new MiniPacks(dir);
    }

    private static String slot(Object x, Object y, Object w, Object h) {
        return "{\"id\": \"foto\", \"shape\": \"rect\", \"x\": %s, \"y\": %s, \"width\": %s, \"height\": %s}"
                .formatted(x, y, w, h);
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"16, 16", "20000, 16", "16, 20000"})
    void canvasSidesFrom16To20000Load(int w, int h) {
        Frame frame = packs.frame("frames[0].width", String.valueOf(w), "frames[0].height", String.valueOf(h),
                SLOT, slot(0, 0, 16, 16));

        assertThat(frame.canvas().width()).isEqualTo(w);
        assertThat(frame.canvas().height()).isEqualTo(h);
        assertThat(frame.photoAboveAllowed()).isFalse();
        assertThat(frame.background()).isEmpty();
        assertThat(frame.print()).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"width, 15", "height, 15", "width, 20001", "height, 20001"})
    void canvasSidesOutside16To20000AreRefused(String side, int value) {
        assertThat(packs.lint("frames[0]." + side, String.valueOf(value))).containsExactly(
                at(side, "pack.problem.range", 16, 20_000));
    }

    @Test
    void boxesMustOverlapTheCanvas() {
        assertThat(packs.frame(SLOT, slot(99.5, 99.5, 10, 10)).primarySlot().bounds())
                .isEqualTo(new Rect(99.5, 99.5, 10, 10));
        assertThat(packs.frame(SLOT, slot(-10, -10, 10.5, 10.5)).primarySlot().bounds())
                .isEqualTo(new Rect(-10, -10, 10.5, 10.5));
        for (String outside : List.of(slot(100, 0, 10, 10), slot(0, 100, 10, 10), slot(-10, 0, 10, 10),
                slot(0, -10, 10, 10))) {
            assertThat(packs.lint(SLOT, outside)).as(outside).containsExactly(
                    at("slots[0]", "pack.problem.bounds.outside", 100, 100));
        }
    }

    @Test
    void coordinatesStayWithinTenTimesTheLargestCanvas() {
        assertThat(packs.lint(SLOT, slot(-200_000, 0, 200_000, 10))).containsExactly(
                at("slots[0]", "pack.problem.bounds.outside", 100, 100));
        assertThat(packs.frame(SLOT, slot(-199_990, -199_990, 200_000, 200_000)).primarySlot().bounds().width())
                .isEqualTo(200_000);
        assertThat(packs.lint(SLOT, slot(-200_000.5, 0, 10, 10))).containsExactly(
                at("slots[0].x", "pack.problem.bounds.far", 200_000L));
        assertThat(packs.lint(SLOT, slot(0, 0, 200_000.5, 10))).containsExactly(
                at("slots[0].width", "pack.problem.bounds.far", 200_000L));
        assertThat(packs.lint(SLOT, slot(0, 0, 0, 10))).containsExactly(
                at("slots[0].width", "pack.problem.positive"));
        assertThat(packs.lint(SLOT, slot(0, 0, 10, -1))).containsExactly(
                at("slots[0].height", "pack.problem.positive"));
    }

    @Test
    void slotIdsHaveOneTo64CharactersAndAreUnique() {
        String id = "a".repeat(64);
        assertThat(packs.frame(SLOT + ".id", "\"" + id + "\"").primarySlot().id()).isEqualTo(id);
        assertThat(packs.lint(SLOT + ".id", "\"" + id + "a\"")).containsExactly(
                at("slots[0].id", "pack.problem.layer.id"));
        assertThat(packs.lint("frames[0].slots[1]", slot(0, 0, 10, 10))).containsExactly(
                at("slots[1].id", "pack.problem.duplicateId", "foto"));
    }

    @Test
    void slotsKeepTheirShapeAndRadius() {
        Frame frame = packs.frame(SLOT + ".radius", "12.5", "frames[0].slots[1]",
                slot(0, 0, 50, 40).replace("\"foto\"", "\"dua\"").replace("rect", "ellipse"));

        assertThat(frame.slots()).containsExactly(
                new PhotoSlot("foto", SlotShape.RECTANGLE, new Rect(0, 0, 100, 100), 12.5, java.util.Optional.empty()),
                PhotoSlot.of("dua", SlotShape.ELLIPSE, new Rect(0, 0, 50, 40)));
    }

    @Test
    void theSlotCountHasTheLayerLimit() {
        PackLimits oneSlot = new PackLimits(2_000, 256L << 20, 64L << 20, 100, 1 << 20, 32, 200, 1, 8 << 20);
        Path twoSlots = packs.write(MiniPacks.manifest("frames[0].slots[1]", slot(0, 0, 10, 10)
                .replace("foto", "dua")));
        Path oneSlotPack = packs.write(MiniPacks.manifest());

        assertThat(PackLoaders.loader(oneSlot).lint(twoSlots)).containsExactly(
                at("slots", "pack.problem.tooMany", 2, 1));
        assertThat(PackLoaders.loader(oneSlot).lint(oneSlotPack)).isEmpty();
    }

    @Test
    void aPrintFrameKeepsItsTrimAndBleedAndMayHaveNoSlot() {
        Frame frame = packs.frame("frames[0].print", "{\"trimWidth\": 90, \"trimHeight\": 90, \"bleed\": 5}",
                "frames[0].slots", null);

        assertThat(frame.print()).contains(new PrintSize(90, 90, 5));
        assertThat(frame.slots()).isEmpty();
        assertThat(packs.frame("frames[0].print", "{\"trimWidth\": 100, \"trimHeight\": 100}",
                "frames[0].slots", "[]").print()).contains(new PrintSize(100, 100, 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            "trimWidth": 20, "trimHeight": 20, "bleed": 0         |
            "trimWidth": 10000, "trimHeight": 10000, "bleed": 20  |
            "trimWidth": 19.99, "trimHeight": 19.99               | trimWidth
            "trimWidth": 10000.01, "trimHeight": 10000.01         | trimWidth
            "trimWidth": 100, "trimHeight": 100, "bleed": -0.01   | bleed
            "trimWidth": 100, "trimHeight": 100, "bleed": 20.01   | bleed
            """)
    void printSizesAreBoundedInclusively(String print, String wrong) {
        List<Problem> problems = packs.lint("frames[0].print", "{" + print + "}");

        if (wrong == null) {
            assertThat(problems).isEmpty();
        } else if (wrong.equals("bleed")) {
            assertThat(problems).containsExactly(at("print.bleed", "pack.problem.rangeDecimal", 0, 20.0));
        } else {
            assertThat(problems).containsExactly(
                    at("print.trimWidth", "pack.problem.rangeDecimal", 20.0, 10_000.0),
                    at("print.trimHeight", "pack.problem.rangeDecimal", 20.0, 10_000.0));
        }
    }

    @Test
    void aCanvasWithoutThePagesProportionsIsToldTheRightHeight() {
        assertThat(packs.lint("frames[0].print", "{\"trimWidth\": 100, \"trimHeight\": 140, \"bleed\": 5}"))
                .containsExactly(at("height", "pack.problem.print.aspect", 110.0, 150.0, 136L));
    }

    @Test
    void aFrameIdFollowsThePackIdPattern() {
        assertThat(packs.lint("frames[0].id", "\"Lingkaran Besar\"")).containsExactly(
                at("id", "pack.problem.id.pattern", "Lingkaran Besar"));
    }

    @Test
    void eachTrimSideIsCheckedOnItsOwn() {
        assertThat(packs.lint("frames[0].print", "{\"trimWidth\": 19.99, \"trimHeight\": 100}")).containsExactly(
                at("print.trimWidth", "pack.problem.rangeDecimal", 20.0, 10_000.0));
        assertThat(packs.lint("frames[0].print", "{\"trimWidth\": 100, \"trimHeight\": 10000.5}")).containsExactly(
                at("print.trimHeight", "pack.problem.rangeDecimal", 20.0, 10_000.0));
    }

    @Test
    void exactlyAsManyFramesAndLayersAsTheLimitsAllowLoad() {
        PackLimits twoFramesOneLayer = new PackLimits(2_000, 256L << 20, 64L << 20, 100, 1 << 20, 32, 2, 1, 8 << 20);
        String frame = MiniPacks.manifest().getAsJsonArray("frames").get(0).toString().replace("\"f\"", "\"g\"");
        Path pack = packs.write(MiniPacks.manifest("frames[1]", frame, "frames[0].layers[0]",
                "{\"type\": \"shape\", \"shape\": \"rect\", \"x\": 0, \"y\": 0, \"width\": 10, \"height\": 10, "
                        + "\"fill\": \"#000000\"}"));

        assertThat(PackLoaders.loader(twoFramesOneLayer).lint(pack)).isEmpty();
    }
}
