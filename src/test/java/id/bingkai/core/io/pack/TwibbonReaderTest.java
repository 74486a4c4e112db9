// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.error.BadInputException;
import id.bingkai.core.error.Problem;
import id.bingkai.core.i18n.Msg;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Rect;
import id.bingkai.testing.TestPacks;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A twibbon PNG's size limits, its kind, its id and its warning, with the decoder replaced by a fixed picture. */
class TwibbonReaderTest {
    @TempDir
    Path dir;

    private final Problems problems = new Problems();
    private final Problems warnings = new Problems();

    /** A picture that is transparent everywhere except an opaque border of {@code border} pixels. */
    private static BufferedImage framed(int w, int h, int border) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean edge = x < border || y < border || x >= w - border || y >= h - border;
                image.setRGB(x, y, edge ? 0xFFEC5425 : 0);
            }
        }
        return image;
    }

    private Optional<FramePack> read(BufferedImage image) {
        return new TwibbonReader((data, name) -> image).read(new byte[0], "bingkai.png", "/asal/bingkai.png",
                problems, warnings);
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"15, 16", "16, 15", "20001, 16", "16, 20001"})
    void sidesOutside16To20000PixelsAreRefusedWithTheSize(int w, int h) {
        assertThat(read(new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB))).isEmpty();

        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("bingkai.png");
            assertThat(p.reason()).isEqualTo(Msg.of("pack.problem.twibbon.size", w, h, 16, 20_000));
        });
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"16, 16", "20000, 16", "16, 20000"})
    void sidesOf16And20000PixelsOpen(int w, int h) {
        FramePack pack = read(new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB)).orElseThrow();

        assertThat(problems.list()).isEmpty();
        Frame frame = pack.frames().getFirst();
        assertThat(frame.canvas().width()).isEqualTo(w);
        assertThat(frame.canvas().height()).isEqualTo(h);
        assertThat(frame.primarySlot().bounds()).isEqualTo(new Rect(0, 0, w, h));
        assertThat(pack.origin()).isEqualTo("/asal/bingkai.png");
        assertThat(pack.id()).isEqualTo("bingkai");
    }

    @Test
    void aSmallHoleWarnsWithItsSizePlaceTheAdvisedSideAndTheTwibbonSize() {
        FramePack pack = read(framed(1000, 800, 310)).orElseThrow();

        assertThat(pack.frames().getFirst().primarySlot().bounds()).isEqualTo(new Rect(310, 310, 380, 180));
        assertThat(warnings.list()).singleElement().isEqualTo(new Problem("bingkai.png", "",
                Msg.of("pack.warning.twibbon.smallHole", 380, 180, 310, 310, 200, 1000, 800)));
        assertThat(problems.list()).isEmpty();
    }

    @Test
    void aHoleOfExactlyTheAdvisedSideDoesNotWarn() {
        read(framed(1000, 800, 300)).orElseThrow();

        assertThat(warnings.list()).isEmpty();
    }

    @Test
    void whatTheDecoderRefusesIsTheProblem() {
        Msg reason = Msg.of("image.error.too-large");
        Optional<FramePack> pack = new TwibbonReader((data, name) -> {
            throw new BadInputException(Path.of(name), reason);
        }).read(new byte[0], "besar.png", "besar.png", problems, warnings);

        assertThat(pack).isEmpty();
        assertThat(problems.list()).containsExactly(new Problem("besar.png", "", reason));
    }

    @Test
    void aPictureTheDecoderCannotMakeIsBroken() {
        assertThat(read(null)).isEmpty();

        assertThat(problems.list()).containsExactly(new Problem("bingkai.png", "", Msg.of("pack.problem.image.broken")));
    }

    @ParameterizedTest(name = "{0} x {1} -> {2}")
    @CsvSource({"1080, 1080, PROFILE", "1090, 1080, PROFILE", "1070, 1080, PROFILE", "1091, 1080, POSTER",
        "1069, 1080, POSTER", "1080, 1920, STATUS", "1090, 1920, STATUS", "1070, 1920, STATUS",
        "1092, 1920, POSTER", "1068, 1920, POSTER", "1920, 1080, POSTER", "1000, 2000, POSTER"})
    void theKindFollowsTheAspectWithinOnePercent(int w, int h, FrameKind kind) {
        assertThat(TwibbonReader.kindOf(w, h)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            tanpa-titik                  | tanpa-titik
            versi.2.png                  | versi.2
            --Foto (1)-.png              | foto-1
            Ájó ünnep!.png               | ajo-unnep
            .png                         | twibbon
            """)
    void theIdComesFromTheFileName(String file, String id) {
        assertThat(TwibbonReader.packId(file)).isEqualTo(id);
    }

    @Test
    void aLongIdIsCutAt64WithoutATrailingDash() {
        assertThat(TwibbonReader.packId("a".repeat(63) + " b.png")).isEqualTo("a".repeat(63));
        assertThat(TwibbonReader.packId("a".repeat(64) + ".png")).isEqualTo("a".repeat(64));
    }

    @Test
    void aTwibbonLargerThanTheFileCapIsRefusedUnread() {
        PackLimits small = new PackLimits(2_000, 256L << 20, 100, 100, 1 << 20, 32, 200, 200, 8 << 20);
        byte[] png = TestPacks.png(framed(64, 64, 8));
        assertThat(png.length).isGreaterThan(100);

        List<Problem> found = PackLoaders.loader(small).lint(TestPacks.write(dir.resolve("besar.png"), png));

        assertThat(found).containsExactly(new Problem("besar.png", "", Msg.of("pack.problem.file.tooBig", "100 B")));
    }
}
