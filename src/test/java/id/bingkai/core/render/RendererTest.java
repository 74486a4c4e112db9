// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import static id.bingkai.testing.TestFrames.NAVY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import id.bingkai.core.error.BingkaiException;
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
import id.bingkai.testing.SyntheticPhotos;
import id.bingkai.testing.TestFrames;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RendererTest {
    private static final int RED = 0xFFFF0000;
    private static final int GREEN = 0xFF00FF00;
    private final Renderer renderer = new Renderer(new FontLibrary());

    @Test
    void outputHasTheRequestedWidthAndTheCanvasAspectRatio() {
        Frame frame = TestFrames.frame(1080, 1920, 0xFFFFFFFF,
                List.of(TestFrames.slot("foto", SlotShape.RECTANGLE, 0, 0, 1080, 1920)), List.of());
        BufferedImage out = renderer.render(TestFrames.document(frame), 405, new SyntheticPhotos());
        assertThat(out.getWidth()).isEqualTo(405);
        assertThat(out.getHeight()).isEqualTo(720);
        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB_PRE);
    }

    @Test
    void missingBackgroundIsTransparentAndAnEmptySlotStaysEmpty() {
        Frame frame = TestFrames.frame(100, 100, null,
                List.of(TestFrames.slot("foto", SlotShape.RECTANGLE, 25, 25, 50, 50)), List.of());
        BufferedImage out = renderer.render(TestFrames.document(frame), 100, new SyntheticPhotos());
        assertThat(out.getRGB(5, 5) >>> 24).isZero();
        assertThat(out.getRGB(50, 50) >>> 24).isZero();
    }

    @Test
    void layersBelowAreCoveredByThePhotoAndLayersAboveCoverIt() {
        Frame frame = TestFrames.frame(100, 100, 0xFFFFFFFF,
                List.of(TestFrames.slot("foto", SlotShape.RECTANGLE, 20, 20, 60, 60)),
                List.of(TestFrames.rect("under", LayerPosition.BELOW, new Rect(0, 0, 100, 100), TestFrames.solid(RED)),
                        TestFrames.rect("over", LayerPosition.ABOVE, new Rect(45, 45, 10, 10),
                                TestFrames.solid(GREEN))));
        Document doc = TestFrames.document(frame).withPhoto("foto",
                new PlacedPhoto(SyntheticPhotos.photo(400, 400), Placement.COVER));
        PhotoSource blue = (photo, w, h) -> solid(photo.width(), photo.height(), 0xFF0000FF);

        BufferedImage out = renderer.render(doc, 100, blue);

        assertThat(out.getRGB(5, 5)).isEqualTo(RED);
        assertThat(out.getRGB(25, 25)).isEqualTo(0xFF0000FF);
        assertThat(out.getRGB(50, 50)).isEqualTo(GREEN);
    }

    @Test
    void ellipseSlotHidesThePhotoOutsideTheCircleWithSoftEdges() {
        Frame frame = TestFrames.frame(200, 200, 0xFFFFFFFF,
                List.of(PhotoSlot.of("foto", SlotShape.ELLIPSE, new Rect(0, 0, 200, 200))), List.of());
        Document doc = TestFrames.document(frame).withPhoto(SyntheticPhotos.photo(300, 300));

        BufferedImage out = renderer.render(doc, 200, (p, w, h) -> solid(p.width(), p.height(), 0xFF000000));

        assertThat(out.getRGB(2, 2)).isEqualTo(0xFFFFFFFF);
        assertThat(out.getRGB(100, 100)).isEqualTo(0xFF000000);
        long partial = 0;
        for (int x = 0; x < 100; x++) {
            int grey = out.getRGB(x, 100 - (int) Math.round(Math.sqrt(100.0 * 100 - (x - 100) * (x - 100)))) & 0xff;
            partial += grey > 10 && grey < 245 ? 1 : 0;
        }
        assertThat(partial).as("antialiased pixels along the circle").isGreaterThan(20);
    }

    @Test
    void maskSlotShowsThePhotoOnlyWhereTheMaskIsOpaque() {
        BufferedImage mask = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = mask.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 5, 10); // left half opaque
        g.dispose();
        PhotoSlot slot = new PhotoSlot("foto", SlotShape.MASK, new Rect(0, 0, 100, 100), 0,
                Optional.of(new Asset.Raster("mask.png", mask)));
        Frame frame = TestFrames.frame(100, 100, 0xFFFFFFFF, List.of(slot), List.of());
        Document doc = TestFrames.document(frame).withPhoto(SyntheticPhotos.photo(100, 100));

        BufferedImage out = renderer.render(doc, 100, (p, w, h) -> solid(p.width(), p.height(), RED));

        assertThat(out.getRGB(20, 50)).isEqualTo(RED);
        assertThat(out.getRGB(80, 50)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void roundedSlotCornersAreCut() {
        PhotoSlot slot = new PhotoSlot("foto", SlotShape.RECTANGLE, new Rect(0, 0, 100, 100), 30, Optional.empty());
        Frame frame = TestFrames.frame(100, 100, 0xFFFFFFFF, List.of(slot), List.of());
        Document doc = TestFrames.document(frame).withPhoto(SyntheticPhotos.photo(100, 100));

        BufferedImage out = renderer.render(doc, 100, (p, w, h) -> solid(p.width(), p.height(), RED));

        assertThat(out.getRGB(1, 1)).isEqualTo(0xFFFFFFFF);
        assertThat(out.getRGB(50, 1)).isEqualTo(RED);
    }

    @Test
    void photoIsRequestedAtAboutThreeTimesTheOutputResolutionButNeverAboveFullSize() {
        Document doc = GoldenDocuments.rectSlot(Placement.COVER); // 800-unit slot, 4000 x 3000 photo
        SyntheticPhotos photos = new SyntheticPhotos();

        renderer.render(doc, 270, photos); // slot is 200 px: the photo needs 267 x 200
        renderer.render(doc, 2160, photos); // slot is 1600 px: 3 x 2133 is more than the photo has

        assertThat(photos.requests()).hasSize(2);
        assertThat(photos.requests().get(0).minWidth()).isEqualTo(800);
        assertThat(photos.requests().get(0).minHeight()).isEqualTo(600);
        assertThat(photos.requests().get(1).minWidth()).isEqualTo(4000);
        assertThat(photos.requests().get(1).minHeight()).isEqualTo(3000);
    }

    @Test
    void photoMovedCompletelyOutOfItsSlotIsNotEvenLoaded() {
        Document doc = GoldenDocuments.rectSlot(new Placement(5, 0, 1, 0, false));
        SyntheticPhotos photos = new SyntheticPhotos();
        renderer.render(doc, 200, photos);
        assertThat(photos.requests()).isEmpty();
    }

    @Test
    void shapeStrokeIsCentredOnTheOutline() {
        Layer.Shape square = new Layer.Shape("kotak", LayerRole.DECORATION, LayerPosition.ABOVE,
                new Rect(20, 20, 60, 60), ShapeKind.RECTANGLE, 0, Optional.empty(),
                Optional.of(new Stroke(NAVY, 10)), 1);
        Frame frame = TestFrames.frame(100, 100, 0xFFFFFFFF,
                List.of(TestFrames.slot("foto", SlotShape.RECTANGLE, 0, 0, 10, 10)), List.of(square));

        BufferedImage out = renderer.render(TestFrames.document(frame), 100, new SyntheticPhotos());

        assertThat(out.getRGB(16, 50)).as("outside the bounds, within half the stroke").isEqualTo(NAVY);
        assertThat(out.getRGB(23, 50)).as("inside the bounds, within half the stroke").isEqualTo(NAVY);
        assertThat(out.getRGB(14, 50)).isEqualTo(0xFFFFFFFF);
        assertThat(out.getRGB(26, 50)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void rasterLayerOpacityBlendsWithWhatIsBelow() {
        Layer.Image half = new Layer.Image("gambar", LayerRole.DECORATION, LayerPosition.ABOVE,
                new Rect(0, 0, 100, 100), new Asset.Raster("hitam.png", solid(37, 37, 0xFF000000)), 0.5);
        Frame frame = TestFrames.frame(100, 100, 0xFFFFFFFF,
                List.of(TestFrames.slot("foto", SlotShape.RECTANGLE, 0, 0, 10, 10)), List.of(half));

        BufferedImage out = renderer.render(TestFrames.document(frame), 100, new SyntheticPhotos());

        assertThat(out.getRGB(50, 50) & 0xff).isBetween(125, 130);
    }

    @Test
    void svgLayerIsDrawnAsVectorsIntoItsBounds() {
        Layer.Image logo = new Layer.Image("logo", LayerRole.LOGO, LayerPosition.ABOVE, new Rect(25, 25, 50, 50),
                new Asset.Vector("logo.svg", svg("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'>"
                        + "<rect width='10' height='10' fill='#00ff00'/></svg>")), 1);
        Frame frame = TestFrames.frame(100, 100, 0xFFFFFFFF,
                List.of(TestFrames.slot("foto", SlotShape.RECTANGLE, 0, 0, 10, 10)), List.of(logo));

        BufferedImage out = renderer.render(TestFrames.document(frame), 400, new SyntheticPhotos());

        assertThat(out.getRGB(200, 200)).isEqualTo(GREEN);
        assertThat(out.getRGB(101, 200)).isEqualTo(GREEN);
        assertThat(out.getRGB(98, 200)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void emptyResolvedTextDrawsNothing() {
        Layer.Text name = TestFrames.text("nama", new Rect(0, 0, 100, 100), "{nama}", 40,
                id.bingkai.core.model.TextAlign.CENTER, TestFrames.solid(NAVY));
        Frame frame = TestFrames.frame(100, 100, 0xFFFFFFFF,
                List.of(TestFrames.slot("foto", SlotShape.RECTANGLE, 0, 0, 10, 10)), List.of(name));
        BufferedImage out = renderer.render(TestFrames.document(frame), 100, new SyntheticPhotos());
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 100; x++) {
                assertThat(out.getRGB(x, y)).isEqualTo(0xFFFFFFFF);
            }
        }
    }

    @Test
    void longTextIsShrunkToFitItsBoxWidth() {
        Layer.Text name = TestFrames.text("nama", new Rect(10, 10, 80, 30), "{nama}", 30,
                id.bingkai.core.model.TextAlign.CENTER, TestFrames.solid(0xFF000000));
        Frame frame = TestFrames.frame(100, 100, 0xFFFFFFFF,
                List.of(TestFrames.slot("foto", SlotShape.RECTANGLE, 0, 0, 10, 10)), List.of(name));
        Document doc = TestFrames.document(frame).withText("nama", "Sebuah nama yang sangat panjang sekali");

        BufferedImage out = renderer.render(doc, 400, new SyntheticPhotos());

        int minX = Integer.MAX_VALUE;
        int maxX = -1;
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                if ((out.getRGB(x, y) & 0xff) < 128) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                }
            }
        }
        assertThat(minX).isGreaterThanOrEqualTo(38); // box spans 40..360 at this scale
        assertThat(maxX).isLessThanOrEqualTo(361);
        assertThat(maxX - minX).as("the shrunk line still uses most of the width").isGreaterThan(300);
    }

    @Test
    void impossibleOutputSizesAreRefusedWithAMessage() {
        Document doc = GoldenDocuments.ellipseSlot();
        assertThatThrownBy(() -> renderer.render(doc, 0, new SyntheticPhotos()))
                .isInstanceOf(BingkaiException.class)
                .satisfies(e -> assertThat(((BingkaiException) e).userMessage().key()).isEqualTo("render.error.size"));
        assertThatThrownBy(() -> renderer.render(doc, 30_000, new SyntheticPhotos()))
                .isInstanceOf(BingkaiException.class);
    }

    @Test
    void renderingTwiceGivesIdenticalPixels() {
        Document doc = GoldenDocuments.rectSlot(new Placement(0.1, 0.1, 1.3, 12, true));
        BufferedImage a = renderer.render(doc, 300, new SyntheticPhotos());
        BufferedImage b = new Renderer(new FontLibrary()).render(doc, 300, new SyntheticPhotos());
        id.bingkai.testing.ImageComparison.of(a, b).tolerance(0).named("repeat").assertMatches();
    }

    static BufferedImage solid(int w, int h, int argb) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(argb, true));
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    static SVGDocument svg(String xml) {
        SVGDocument doc = new SVGLoader().load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                URI.create("memory:/logo.svg"), LoaderContext.createDefault());
        assertThat(doc).isNotNull();
        return doc;
    }
}
