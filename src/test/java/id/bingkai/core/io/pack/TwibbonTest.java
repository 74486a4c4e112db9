// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import id.bingkai.core.error.PackException;
import id.bingkai.core.i18n.Messages;
import id.bingkai.core.model.Asset;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.SlotShape;
import id.bingkai.testing.Pictures;
import id.bingkai.testing.TestPacks;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A raw twibbon PNG opens as a one-frame pack whose slot is the transparent hole. */
class TwibbonTest {
    @TempDir
    Path dir;

    /** An opaque frame with a ring, an anti-aliased transparent circle and a few transparent specks. */
    private static BufferedImage ringTwibbon(int width, int height, int cx, int cy, int radius) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xEC5425));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xFAB92C));
        g.setStroke(new BasicStroke(40));
        g.drawOval(cx - radius - 30, cy - radius - 30, 2 * radius + 60, 2 * radius + 60);
        g.setComposite(AlphaComposite.Clear);
        g.fillOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
        g.fillRect(5, 5, 3, 3);
        g.fillRect(width - 20, height - 20, 10, 10);
        g.dispose();
        return image;
    }

    private FramePack open(BufferedImage image, String name) {
        return PackLoaders.loader().load(TestPacks.write(dir.resolve(name), TestPacks.png(image)));
    }

    @Test
    void holeContainingTheCentreBecomesTheSlotWithinOnePixel() {
        FramePack pack = open(ringTwibbon(1080, 1080, 600, 480, 300), "Twibbon ASN Netral (1).png");

        Frame frame = pack.frames().getFirst();
        Rect slot = frame.primarySlot().bounds();
        assertThat(frame.primarySlot().shape()).isEqualTo(SlotShape.RECTANGLE);
        assertThat(slot.x()).isCloseTo(300, within(1.0));
        assertThat(slot.y()).isCloseTo(180, within(1.0));
        assertThat(slot.maxX()).isCloseTo(900, within(1.0));
        assertThat(slot.maxY()).isCloseTo(780, within(1.0));
    }

    @Test
    void twibbonOpensAsOneProfileFrameWithThePngAboveThePhoto() {
        FramePack pack = open(ringTwibbon(1080, 1080, 540, 540, 300), "Twibbon ASN Netral (1).png");

        assertThat(pack.id()).isEqualTo("twibbon-asn-netral-1");
        assertThat(pack.name().get(java.util.Locale.ENGLISH)).isEqualTo("Twibbon ASN Netral (1).png");
        assertThat(pack.sample()).isFalse();
        assertThat(pack.tag()).isEqualTo("#ASNpilihNETRAL");
        assertThat(pack.frames()).singleElement().satisfies(frame -> {
            assertThat(frame.kind()).isEqualTo(FrameKind.PROFILE);
            assertThat(frame.canvas().width()).isEqualTo(1080);
            assertThat(frame.fields()).isEmpty();
            assertThat(frame.layers()).singleElement().isInstanceOfSatisfying(Layer.Image.class, layer -> {
                assertThat(layer.position()).isEqualTo(LayerPosition.ABOVE);
                assertThat(layer.bounds()).isEqualTo(new Rect(0, 0, 1080, 1080));
                assertThat(layer.asset()).isInstanceOf(Asset.Raster.class);
            });
        });
    }

    @Test
    void opaqueCentrePicksTheLargestTransparentRegion() {
        BufferedImage image = ringTwibbon(1200, 800, 250, 250, 150);
        Graphics2D g = image.createGraphics();
        g.setComposite(AlphaComposite.Clear);
        g.fillRect(900, 500, 120, 120);
        g.dispose();

        Rect slot = open(image, "poster.png").frames().getFirst().primarySlot().bounds();

        assertThat(slot.x()).isCloseTo(100, within(1.0));
        assertThat(slot.width()).isCloseTo(300, within(1.0));
    }

    @ParameterizedTest
    @CsvSource({"1080, 1080, PROFILE", "1080, 1920, STATUS", "1200, 800, POSTER", "2480, 3508, POSTER"})
    void kindFollowsTheAspectRatio(int width, int height, FrameKind kind) {
        assertThat(TwibbonReader.kindOf(width, height)).isEqualTo(kind);
    }

    @Test
    void pngWithoutATransparentHoleIsAClearProblem() {
        BufferedImage opaque = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = opaque.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 200, 200);
        g.dispose();

        assertThat(PackLoaders.loader().lint(TestPacks.write(dir.resolve("penuh.png"), TestPacks.png(opaque))))
                .singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("penuh.png");
                    assertThat(p.reason().key()).isEqualTo("pack.problem.twibbon.noHole");
                });
        assertThat(PackLoaders.loader().lint(TestPacks.write(dir.resolve("rgb.png"),
                TestPacks.png(Pictures.solid(200, 200, Color.RED)))))
                .singleElement().extracting(p -> p.reason().key()).isEqualTo("pack.problem.twibbon.noHole");
    }

    /**
     * Issue 15, point 10: a hole too small to be a good photo place (shorter side under a quarter of the twibbon's
     * shorter side, or under 200 px) still opens, with a warning that names the file, the hole's size and the
     * minimum advised; 270 px on a 1080 px twibbon.
     */
    @ParameterizedTest
    @ValueSource(ints = {80, 120, 260})
    void aRoundHoleTooSmallForAPhotoOpensWithAWarningGivingItsSize(int diameter) {
        BufferedImage image = ringTwibbon(1080, 1080, 540, 540, diameter / 2);
        Path file = TestPacks.write(dir.resolve("kecil.png"), TestPacks.png(image));

        assertThat(PackLoaders.loader().lint(file)).as("a small hole is not an error").isEmpty();
        LoadedPack loaded = PackLoaders.loader().open(file);
        Rect slot = loaded.pack().frames().getFirst().primarySlot().bounds();
        assertThat(slot.width()).isCloseTo(diameter, within(2.0));
        assertThat(loaded.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("kecil.png");
            assertThat(w.reason().key()).isEqualTo("pack.warning.twibbon.smallHole");
            assertThat(w.reason().args().subList(0, 2)).allSatisfy(side -> assertThat((int) side)
                    .isBetween(diameter - 2, diameter + 2));
            String en = new Messages(Locale.ENGLISH).format(w.reason());
            String id = new Messages(Messages.INDONESIAN).format(w.reason());
            String side = String.valueOf(w.reason().args().get(0));
            assertThat(en).contains("only " + side + " x").contains("at least 270 pixels per side")
                    .contains("1080 x 1080 pixel twibbon");
            assertThat(id).contains("hanya " + side + " x").contains("paling sedikit 270 piksel per sisi");
        });
    }

    @Test
    void aHoleOfFourHundredPixelsOpensWithoutAWord() {
        Path file = TestPacks.write(dir.resolve("pas.png"), TestPacks.png(ringTwibbon(1080, 1080, 540, 540, 200)));

        LoadedPack loaded = PackLoaders.loader().open(file);

        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.pack().frames().getFirst().primarySlot().bounds().width()).isCloseTo(400, within(2.0));
    }

    /** The boundary, with square holes so the size is exact: 269 px warns on a 1080 px twibbon, 270 px does not. */
    @ParameterizedTest
    @CsvSource({"1080, 1080, 269, true", "1080, 1080, 270, false", "1080, 1920, 269, true", "4000, 4000, 999, true",
            "4000, 4000, 1000, false", "400, 400, 199, true", "400, 400, 200, false"})
    void theAdvisedMinimumIsAQuarterOfTheShorterSideAndAtLeast200Pixels(int width, int height, int hole,
            boolean warned) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xEC5425));
        g.fillRect(0, 0, width, height);
        g.setComposite(AlphaComposite.Clear);
        g.fillRect((width - hole) / 2, (height - hole) / 2, hole, hole);
        g.dispose();
        Path file = TestPacks.write(dir.resolve("kotak.png"), TestPacks.png(image));

        LoadedPack loaded = PackLoaders.loader().open(file);

        assertThat(loaded.pack().frames().getFirst().primarySlot().bounds().width()).isEqualTo(hole);
        assertThat(loaded.warnings()).hasSize(warned ? 1 : 0);
        assertThat(TwibbonReader.advisedHoleSide(width, height)).isEqualTo(Math.max(200, (Math.min(width, height) + 3) / 4));
    }

    @Test
    void aPackWithoutAnyHoleIsStillRefusedByLoadAndOpen() {
        BufferedImage opaque = new BufferedImage(300, 300, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = opaque.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 300, 300);
        g.dispose();
        Path file = TestPacks.write(dir.resolve("penuh.png"), TestPacks.png(opaque));

        assertThatThrownBy(() -> PackLoaders.loader().open(file)).isInstanceOf(PackException.class)
                .satisfies(e -> assertThat(((PackException) e).problems()).extracting(p -> p.reason().key())
                        .containsExactly("pack.problem.twibbon.noHole"));
    }

    @Test
    void pngIsRecognisedByContentWhateverItsExtension() {
        Path disguised = TestPacks.write(dir.resolve("bingkai.dat"), TestPacks.png(ringTwibbon(400, 400, 200, 200, 100)));

        assertThat(PackLoaders.loader().load(disguised).frames()).hasSize(1);
    }

    @Test
    void holeInA4000PixelSquareIsFoundQuickly() {
        BufferedImage big = ringTwibbon(4000, 4000, 2100, 1900, 1200);

        Rectangle hole = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> HoleFinder.find(big).orElseThrow());

        assertThat(hole.x).isCloseTo(900, within(1));
        assertThat(hole.y).isCloseTo(700, within(1));
        assertThat(hole.width).isCloseTo(2400, within(2));
    }

    @Test
    void packIdIsSanitisedFromTheFileName() {
        assertThat(TwibbonReader.packId("Bingkai Kemendagri – Négeri 2024.PNG")).isEqualTo("bingkai-kemendagri-negeri-2024");
        assertThat(TwibbonReader.packId("___.png")).isEqualTo("twibbon");
        assertThat(TwibbonReader.packId("a".repeat(100) + ".png")).hasSize(64);
    }
}
