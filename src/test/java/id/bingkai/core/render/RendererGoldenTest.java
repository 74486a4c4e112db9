// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import id.bingkai.core.model.Document;
import id.bingkai.core.model.Placement;
import id.bingkai.testing.GoldenImages;
import id.bingkai.testing.SyntheticPhotos;
import org.junit.jupiter.api.Test;

/**
 * Renders fixed documents at 256 px and compares them with the committed PNGs in
 * {@code src/test/resources/id/bingkai/core/render/golden/}. After an intended change in rendering, regenerate with
 * {@code ./mvnw -q test -Dtest=RendererGoldenTest -Dbingkai.updateGoldens=true}, inspect the PNGs, commit them.
 */
class RendererGoldenTest {
    private static final int SIZE = 256;
    private final GoldenImages goldens = new GoldenImages("id/bingkai/core/render/golden", 6, 0.002);
    private final Renderer renderer = new Renderer(new FontLibrary());

    @Test
    void coverFitDefaultPlacement() {
        check("cover-default", GoldenDocuments.rectSlot(Placement.COVER));
    }

    @Test
    void offsetZoomRotateAndFlip() {
        check("offset-zoom-rotate-flip", GoldenDocuments.rectSlot(new Placement(0.12, -0.08, 1.4, 25, true)));
    }

    @Test
    void zoomedOutRotatedPhotoShowsTheSlotBackgroundAroundSoftEdges() {
        check("zoomed-out-rotated", GoldenDocuments.rectSlot(new Placement(0, 0, 0.6, -30, false)));
    }

    @Test
    void ellipseSlot() {
        check("ellipse-slot", GoldenDocuments.ellipseSlot());
    }

    @Test
    void textFitting() {
        check("text-fitting", GoldenDocuments.textFitting());
    }

    @Test
    void gradientShapes() {
        check("gradient-shapes", GoldenDocuments.gradientShapes());
    }

    private void check(String name, Document doc) {
        goldens.assertMatches(name, renderer.render(doc, SIZE, new SyntheticPhotos()));
    }
}
