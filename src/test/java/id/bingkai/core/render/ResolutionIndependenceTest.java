// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import static id.bingkai.testing.TestFrames.NAVY;
import static id.bingkai.testing.TestFrames.ORANGE;
import static id.bingkai.testing.TestFrames.YELLOW;

import id.bingkai.core.model.Asset;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.PlacedPhoto;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.ShapeKind;
import id.bingkai.core.model.SlotShape;
import id.bingkai.core.model.Stroke;
import id.bingkai.core.model.TextAlign;
import id.bingkai.core.model.TextStyle;
import id.bingkai.testing.ImageComparison;
import id.bingkai.testing.SyntheticPhotos;
import id.bingkai.testing.TestFrames;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Preview and print come from the same geometry: a large render shrunk down looks like a small render. */
class ResolutionIndependenceTest {
    private final Renderer renderer = new Renderer(new FontLibrary());
    private final Resampler resampler = new Resampler();

    @Test
    void renderAt4000ShrunkTo400MatchesRenderAt400() {
        Document doc = poster();

        BufferedImage small = renderer.render(doc, 400, new SyntheticPhotos());
        BufferedImage large = renderer.render(doc, 4000, new SyntheticPhotos());
        BufferedImage shrunk = resampler.resize(large, small.getWidth(), small.getHeight());

        // Edges are antialiased by coverage at 400 and by the filter after shrinking, so they differ a little;
        // everything else matches closely (measured: max delta 30, 0.6 % of pixels above 16, 6.5 % above 4).
        ImageComparison.of(small, shrunk).tolerance(40).named("resolution-any-pixel").assertMatches();
        ImageComparison.of(small, shrunk).tolerance(16).maxDifferentFraction(0.01).named("resolution-edges")
                .assertMatches();
        ImageComparison.of(small, shrunk).tolerance(4).maxDifferentFraction(0.10).named("resolution-overall")
                .assertMatches();
    }

    /** A 1080 x 1350 poster with every kind of content: photo (rotated), shapes, gradient, text, SVG, bitmap. */
    private static Document poster() {
        Rect circle = new Rect(190, 160, 700, 700);
        List<Layer> layers = List.of(
                TestFrames.rect("bg", LayerPosition.BELOW, new Rect(0, 0, 1080, 1350),
                        TestFrames.gradient(60, ORANGE, YELLOW)),
                new Layer.Shape("ring", LayerRole.DECORATION, LayerPosition.ABOVE, circle, ShapeKind.ELLIPSE, 0,
                        Optional.empty(), Optional.of(new Stroke(0xFFFFFFFF, 18)), 1),
                new Layer.Shape("card", LayerRole.DECORATION, LayerPosition.ABOVE, new Rect(80, 920, 920, 300),
                        ShapeKind.RECTANGLE, 40, Optional.of(TestFrames.solid(0xE6FFFFFF)),
                        Optional.of(new Stroke(NAVY, 6)), 0.9),
                TestFrames.text("nama", new Rect(120, 950, 840, 110), "{nama}", 90, TextAlign.CENTER,
                        TestFrames.solid(NAVY)),
                new Layer.Text("tag", LayerRole.TAG, LayerPosition.ABOVE, new Rect(120, 1080, 840, 100), "{tag}",
                        new TextStyle("Inter", 900, 80, TestFrames.gradient(0, ORANGE, NAVY), TextAlign.CENTER,
                                false, 0.02)),
                new Layer.Image("logo", LayerRole.LOGO, LayerPosition.ABOVE, new Rect(900, 40, 140, 140),
                        new Asset.Vector("logo.svg", RendererTest.svg(
                                "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 100 100'>"
                                        + "<circle cx='50' cy='50' r='46' fill='#1B2A4A'/>"
                                        + "<path d='M25 52 L43 70 L76 33' stroke='#FAB92C' stroke-width='10'"
                                        + " fill='none'/></svg>")), 1),
                new Layer.Image("stempel", LayerRole.DECORATION, LayerPosition.ABOVE, new Rect(40, 40, 160, 120),
                        new Asset.Raster("stempel.png", SyntheticPhotos.draw(1600, 1200)), 0.8));
        Frame frame = TestFrames.frame(1080, 1350, 0xFFFFFFFF,
                List.of(PhotoSlot.of("foto", SlotShape.ELLIPSE, circle)), layers);
        return TestFrames.document(frame).withText("nama", "Andi Wijaya")
                .withPhoto("foto", new PlacedPhoto(SyntheticPhotos.photo(6000, 4000),
                        new Placement(0.05, -0.03, 1.2, 8, false)));
    }
}
