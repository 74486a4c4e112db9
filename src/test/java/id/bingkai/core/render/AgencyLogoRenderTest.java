// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.io.image.ImageLoader;
import id.bingkai.core.io.pack.AgencyLogoReader;
import id.bingkai.core.io.pack.PackLimits;
import id.bingkai.core.io.image.PixelBudget;
import id.bingkai.core.model.AgencyLogo;
import id.bingkai.core.model.Asset;
import id.bingkai.core.model.CanvasSize;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.LocalizedText;
import id.bingkai.core.model.PrintSize;
import id.bingkai.core.model.Rect;
import id.bingkai.testing.Pictures;
import id.bingkai.testing.TestFrames;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agency logo is fitted inside its place keeping its proportions, centred; an empty place draws nothing. */
class AgencyLogoRenderTest {
    static final int RED = 0xFFE02020;
    static final String WIDE_SVG = """
            <svg xmlns="http://www.w3.org/2000/svg" width="400" height="100" viewBox="0 0 400 100">
              <rect x="0" y="0" width="400" height="100" fill="#E02020"/>
            </svg>
            """;

    @TempDir
    Path dir;

    private final Renderer renderer = new Renderer(new FontLibrary());

    /** A white 600 x 600 poster (no photo place) with a 400 x 400 logo place at (100, 100). */
    static Frame poster(boolean withPlace) {
        List<Layer> layers = withPlace
                ? List.of(new Layer.LogoPlace("logo-instansi", LayerPosition.ABOVE, new Rect(100, 100, 400, 400)))
                : List.of();
        return new Frame("poster", LocalizedText.of("Poster"), FrameKind.POSTER, new CanvasSize(600, 600),
                Optional.of(0xFFFFFFFF), List.of(), layers, List.of(), false,
                id.bingkai.core.model.GuidelineSettings.DEFAULT, Optional.of(new PrintSize(60, 60, 0)));
    }

    static Document document(Frame frame, Optional<AgencyLogo> logo) {
        return Document.of(TestFrames.pack(frame), frame).withAgencyLogo(logo);
    }

    @Test
    void aWideBitmapLogoInASquarePlaceIsNotStretched() {
        AgencyLogo wide = new AgencyLogo(new Asset.Raster("lebar.png", Pictures.flat(400, 100, RED & 0xFFFFFF)));
        assertThat(wide.fitIn(new Rect(100, 100, 400, 400))).isEqualTo(new Rect(100, 250, 400, 100));
        assertKeptProportions(renderer.render(document(poster(true), Optional.of(wide)), 600, NO_PHOTOS));
    }

    @Test
    void aWideSvgLogoInASquarePlaceIsNotStretched() throws IOException {
        AgencyLogo wide = reader().read(Files.writeString(dir.resolve("lebar.svg"), WIDE_SVG));
        assertThat(wide.picture()).isInstanceOf(Asset.Vector.class);
        assertKeptProportions(renderer.render(document(poster(true), Optional.of(wide)), 600, NO_PHOTOS));
    }

    @Test
    void aTallLogoIsCentredAcrossTheWidth() {
        AgencyLogo tall = new AgencyLogo(new Asset.Raster("tinggi.png", Pictures.flat(100, 400, RED & 0xFFFFFF)));
        BufferedImage out = renderer.render(document(poster(true), Optional.of(tall)), 600, NO_PHOTOS);
        assertThat(out.getRGB(300, 110)).isEqualTo(RED);
        assertThat(out.getRGB(300, 490)).isEqualTo(RED);
        assertThat(out.getRGB(255, 300)).isEqualTo(RED);
        assertThat(out.getRGB(245, 300)).isEqualTo(0xFFFFFFFF);
        assertThat(out.getRGB(355, 300)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void anEmptyPlaceDrawsNothing() {
        BufferedImage empty = renderer.render(document(poster(true), Optional.empty()), 600, NO_PHOTOS);
        BufferedImage none = renderer.render(document(poster(false), Optional.empty()), 600, NO_PHOTOS);
        for (int y = 0; y < 600; y += 7) {
            for (int x = 0; x < 600; x += 7) {
                assertThat(empty.getRGB(x, y)).isEqualTo(none.getRGB(x, y)).isEqualTo(0xFFFFFFFF);
            }
        }
    }

    @Test
    void theLogoScalesWithTheOutputLikeEverythingElse() {
        AgencyLogo wide = new AgencyLogo(new Asset.Raster("lebar.png", Pictures.flat(400, 100, RED & 0xFFFFFF)));
        BufferedImage out = renderer.render(document(poster(true), Optional.of(wide)), 1200, NO_PHOTOS);
        assertThat(out.getRGB(600, 600)).isEqualTo(RED);
        assertThat(out.getRGB(600, 490)).isEqualTo(0xFFFFFFFF);
        assertThat(out.getRGB(600, 510)).isEqualTo(RED);
    }

    /** Red exactly over (100, 250)-(500, 350): the 4:1 logo as wide as the place, a quarter as tall, centred. */
    private static void assertKeptProportions(BufferedImage out) {
        assertThat(out.getRGB(300, 300)).isEqualTo(RED);
        assertThat(out.getRGB(104, 300)).isEqualTo(RED);
        assertThat(out.getRGB(495, 300)).isEqualTo(RED);
        assertThat(out.getRGB(300, 254)).isEqualTo(RED);
        assertThat(out.getRGB(300, 345)).isEqualTo(RED);
        // Stretched to the square place, these would be red too.
        assertThat(out.getRGB(300, 245)).isEqualTo(0xFFFFFFFF);
        assertThat(out.getRGB(300, 355)).isEqualTo(0xFFFFFFFF);
        assertThat(out.getRGB(300, 110)).isEqualTo(0xFFFFFFFF);
        assertThat(out.getRGB(300, 490)).isEqualTo(0xFFFFFFFF);
    }

    static AgencyLogoReader reader() {
        return new AgencyLogoReader(new ImageLoader(PixelBudget.DEFAULT, Optional.empty()), PackLimits.DEFAULT);
    }

    static final PhotoSource NO_PHOTOS = (photo, w, h) -> {
        throw new AssertionError("no photo in this frame");
    };
}
