// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.model.Asset;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.PhotoSlot;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.Rect;
import id.bingkai.core.model.SlotShape;
import id.bingkai.testing.SyntheticPhotos;
import id.bingkai.testing.TestFrames;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How much of a photo is asked for, and how the slot's outline or mask cuts it, in exact pixels. */
class SlotPainterTest {
    private static final int RED = 0xFFFF0000;
    private static final int WHITE = 0xFFFFFFFF;
    private final Renderer renderer = new Renderer(new FontLibrary());

    @Test
    void theRequestIsTheOversampledOutputSizeRoundedUpWithinOneAndTheFullSide() {
        assertThat(SlotPainter.request(4000, 0.05, 3)).isEqualTo(600);
        assertThat(SlotPainter.request(4000, 0.0501, 3)).isEqualTo(602); // 601.2 rounds up
        assertThat(SlotPainter.request(4000, 0.05, 1.5)).isEqualTo(300);
        assertThat(SlotPainter.request(4000, 1, 3)).isEqualTo(4000);
        assertThat(SlotPainter.request(100, 0, 3)).isEqualTo(1);
        assertThat(SlotPainter.request(4000, 0.05)).as("the default oversampling, 3").isEqualTo(600);
        assertThat(SlotPainter.OVERSAMPLING).isEqualTo(3);
    }

    @Test
    void aSourceThatFiltersItsOwnReductionIsAskedForLess() {
        // 800-unit slot in a 1080-unit canvas drawn 270 px wide: 200 px; the 4000 x 3000 photo covers it at
        // 0.25 x 800 / 3000 output pixels per photo pixel, so 1.5 x that is 400 x 300.
        Document doc = GoldenDocuments.rectSlot(Placement.COVER);
        List<int[]> asked = new ArrayList<>();
        PhotoSource filtering = new PhotoSource() {
            @Override
            public BufferedImage pixels(PhotoRef photo, int minWidth, int minHeight) {
                asked.add(new int[] {minWidth, minHeight});
                return SyntheticPhotos.draw(minWidth, minHeight);
            }

            @Override
            public double oversampling(PhotoRef photo) {
                return 1.5;
            }
        };

        BufferedImage out = renderer.render(doc, 270, filtering);

        assertThat(asked).hasSize(1);
        assertThat(asked.getFirst()).containsExactly(400, 300);
        BufferedImage full = renderer.render(doc, 270, new SyntheticPhotos());
        id.bingkai.testing.ImageComparison.of(full, out).tolerance(24).maxDifferentFraction(0.01)
                .named("less-oversampled").assertMatches();
    }

    @Test
    void aRectangularSlotOnHalfAPixelCoversThatPixelHalf() {
        // The photo is zoomed past the slot, so only the slot's edge cuts pixel 10 (not the photo's own as well).
        PhotoSlot slot = PhotoSlot.of("foto", SlotShape.RECTANGLE, new Rect(10.5, 10, 50, 50));
        BufferedImage out = render(slot, 1.2);

        assertThat(out.getRGB(9, 30)).isEqualTo(WHITE);
        assertThat(out.getRGB(10, 30)).as("half covered").isIn(0xFFFF7F7F, 0xFFFF8080);
        assertThat(out.getRGB(11, 30)).isEqualTo(RED);
        assertThat(out.getRGB(59, 30)).isEqualTo(RED);
        assertThat(out.getRGB(60, 30)).as("half covered").isIn(0xFFFF7F7F, 0xFFFF8080);
        assertThat(out.getRGB(61, 30)).isEqualTo(WHITE);
        assertThat(out.getRGB(30, 10)).isEqualTo(RED);
        assertThat(out.getRGB(30, 9)).isEqualTo(WHITE);
    }

    @Test
    void aVectorMaskCutsThePhotoToItsShape() {
        Asset.Vector disc = new Asset.Vector("bulat.svg", RendererTest.svg(
                "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'><circle cx='5' cy='5' r='5'/></svg>"));
        PhotoSlot slot = new PhotoSlot("foto", SlotShape.MASK, new Rect(20, 20, 60, 60), 0, Optional.of(disc));

        BufferedImage out = render(slot);

        assertThat(out.getRGB(50, 50)).isEqualTo(RED);
        assertThat(out.getRGB(22, 22)).as("corner of the slot, outside the disc").isEqualTo(WHITE);
        assertThat(out.getRGB(21, 50)).isEqualTo(RED);
        assertThat(out.getRGB(50, 78)).isEqualTo(RED);
        assertThat(out.getRGB(18, 50)).isEqualTo(WHITE);
    }

    @Test
    void aFontGivenAsAMaskShowsThePhotoUncut() {
        PhotoSlot slot = new PhotoSlot("foto", SlotShape.MASK, new Rect(20, 20, 60, 60), 0,
                Optional.of(new Asset.Typeface("huruf.otf", new Font(Font.SANS_SERIF, Font.PLAIN, 1))));

        BufferedImage out = render(slot);

        assertThat(out.getRGB(20, 20)).isEqualTo(RED);
        assertThat(out.getRGB(79, 79)).isEqualTo(RED);
        assertThat(out.getRGB(19, 50)).isEqualTo(WHITE);
        assertThat(out.getRGB(80, 50)).isEqualTo(WHITE);
    }

    @Test
    void aScaledRasterMaskIsFilteredToTheSlot() {
        BufferedImage mask = new BufferedImage(30, 30, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 30; y++) {
            for (int x = 15; x < 30; x++) {
                mask.setRGB(x, y, 0xFF000000); // right half opaque
            }
        }
        PhotoSlot slot = new PhotoSlot("foto", SlotShape.MASK, new Rect(20, 20, 60, 60), 0,
                Optional.of(new Asset.Raster("kanan.png", mask)));

        BufferedImage out = render(slot);

        assertThat(out.getRGB(70, 50)).as("twice the mask's size: the filter's ringing stays within 6 px").isEqualTo(RED);
        assertThat(out.getRGB(79, 50)).isEqualTo(RED);
        assertThat(out.getRGB(30, 50)).isEqualTo(WHITE);
        int middle = out.getRGB(50, 50) & 0xFF; // the mask's edge runs between pixels 49 and 50
        assertThat(middle).isLessThan(0x40);
    }

    private BufferedImage render(PhotoSlot slot) {
        return render(slot, 1);
    }

    private BufferedImage render(PhotoSlot slot, double zoom) {
        Frame frame = TestFrames.frame(100, 100, WHITE, List.of(slot), List.of());
        Document doc = TestFrames.document(frame).withPhoto("foto",
                new id.bingkai.core.model.PlacedPhoto(SyntheticPhotos.photo(300, 300), Placement.COVER.withZoom(zoom)));
        return renderer.render(doc, 100, (p, w, h) -> RendererTest.solid(p.width(), p.height(), RED));
    }
}
