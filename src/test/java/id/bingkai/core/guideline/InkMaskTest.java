// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import id.bingkai.core.model.Asset;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The coarse grid of visible cells a logo is judged by: its size follows the layer's proportions (64 cells along
 * the longer side), each cell is 2 x 2 pixels of the picture drawn at twice the grid, and a cell is ink when one of
 * its pixels is more than 24 of 255 opaque.
 */
class InkMaskTest {
    private static Asset.Raster raster(BufferedImage image) {
        return new Asset.Raster("logo.png", image);
    }

    private static BufferedImage clear(int w, int h) {
        return new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    }

    private static List<String> inkCells(InkMask mask) {
        List<String> cells = new ArrayList<>();
        for (int row = 0; row < mask.rows(); row++) {
            for (int column = 0; column < mask.columns(); column++) {
                if (mask.opaque(column, row)) {
                    cells.add(column + "," + row);
                }
            }
        }
        return cells;
    }

    @Test
    void theGridHasSixtyFourCellsAlongTheLongerSide() {
        Asset.Raster any = raster(clear(8, 8));
        assertThat(InkMask.of(any, 1)).extracting(InkMask::columns, InkMask::rows).containsExactly(64, 64);
        assertThat(InkMask.of(any, 2)).extracting(InkMask::columns, InkMask::rows).containsExactly(64, 32);
        assertThat(InkMask.of(any, 0.5)).extracting(InkMask::columns, InkMask::rows).containsExactly(32, 64);
        // 64 / 1.5 = 42.67 and 64 * 0.7 = 44.8 round to the nearest cell
        assertThat(InkMask.of(any, 1.5)).extracting(InkMask::columns, InkMask::rows).containsExactly(64, 43);
        assertThat(InkMask.of(any, 0.7)).extracting(InkMask::columns, InkMask::rows).containsExactly(45, 64);
        // a hair-thin layer keeps one cell across
        assertThat(InkMask.of(any, 1000)).extracting(InkMask::columns, InkMask::rows).containsExactly(64, 1);
        assertThat(InkMask.of(any, 0.001)).extracting(InkMask::columns, InkMask::rows).containsExactly(1, 64);
        assertThat(InkMask.of(any, 2).opaque()).hasSize(64 * 32);
    }

    @Test
    void eachCellIsTwoByTwoPixelsOfThePictureDrawnAtTwiceTheGrid() {
        // 128 x 64 is drawn 1:1 into a 64 x 32 grid: pixel (21, 11) lies in cell (10, 5), pixel (126, 63) in (63, 31)
        BufferedImage dots = clear(128, 64);
        dots.setRGB(21, 11, 0xFF000000);
        dots.setRGB(126, 63, 0xFF000000);
        dots.setRGB(0, 0, 0xFF000000);
        InkMask mask = InkMask.of(raster(dots), 2);
        assertThat(inkCells(mask)).containsExactly("0,0", "10,5", "63,31");
        assertThat(mask.opaque()[5 * 64 + 10]).as("row-major").isTrue();
    }

    @Test
    void aCellIsInkOnlyWhenMoreThanTwentyFourOfTwoHundredFiftyFiveOpaque() {
        BufferedImage faint = clear(128, 128);
        BufferedImage visible = clear(128, 128);
        for (int y = 0; y < 128; y++) {
            for (int x = 0; x < 128; x++) {
                faint.setRGB(x, y, 0x18000000);   // alpha 24
                visible.setRGB(x, y, 0x19000000); // alpha 25
            }
        }
        assertThat(inkCells(InkMask.of(raster(faint), 1))).isEmpty();
        assertThat(inkCells(InkMask.of(raster(visible), 1))).hasSize(64 * 64);
    }

    @Test
    void aFontFileCountsAsInkEverywhere() {
        var typeface = new Asset.Typeface("huruf.ttf", new Font(Font.DIALOG, Font.PLAIN, 12));
        assertThat(inkCells(InkMask.of(typeface, 2))).hasSize(64 * 32);
    }

    @Test
    void aVectorLogoIsDrawnIntoTheGridByItsViewBox() {
        // the left half of a 2:1 picture: columns 0..31 of every row
        SVGDocument half = svg("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 20 10'>"
                + "<rect x='0' y='0' width='10' height='10' fill='#1B2A4A'/></svg>");
        InkMask mask = InkMask.of(new Asset.Vector("logo.svg", half), 2);
        assertThat(inkCells(mask)).hasSize(32 * 32).allMatch(cell -> Integer.parseInt(cell.split(",")[0]) < 32);
    }

    @Test
    void aSmallBitmapIsSmoothedAsItIsEnlargedSoItsDotReachesTheNextCells() {
        // one opaque pixel of a 32 x 16 bitmap, enlarged four times into 128 x 64 pixels
        BufferedImage dot = clear(32, 16);
        dot.setRGB(10, 5, 0xFF000000);
        List<String> cells = inkCells(InkMask.of(raster(dot), 2));
        // drawn without smoothing it would be exactly pixels 40..43 x 20..23, cells 20..21 x 10..11
        assertThat(cells).contains("20,10", "21,10", "20,11", "21,11").hasSizeGreaterThan(4);
    }

    @Test
    void aHairlineOfAVectorLogoIsInkThoughItCoversNoPixelCentre() {
        // 0.2 px wide at x 40.1..40.3 of the 128 x 64 pixels: smoothed, it leaves alpha of about 51 in column 40
        SVGDocument hairline = svg("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 128 64'>"
                + "<rect x='40.1' y='0' width='0.2' height='64' fill='#000000'/></svg>");
        List<String> cells = inkCells(InkMask.of(new Asset.Vector("garis.svg", hairline), 2));
        assertThat(cells).hasSize(32).allMatch(cell -> cell.startsWith("20,"));
    }

    private static SVGDocument svg(String xml) {
        SVGDocument doc = new SVGLoader().load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                URI.create("memory:/logo.svg"), LoaderContext.createDefault());
        assertThat(doc).isNotNull();
        return doc;
    }
}
