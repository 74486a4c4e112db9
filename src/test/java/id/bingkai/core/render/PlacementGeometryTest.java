// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.Rect;
import id.bingkai.testing.SyntheticPhotos;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacementGeometryTest {
    private static final Rect SLOT = new Rect(140, 100, 800, 600);
    private static final double EPS = 1e-9;

    @ParameterizedTest(name = "{0}x{1} photo")
    @CsvSource({"4000, 3000", "3000, 4000", "6000, 1000", "1000, 6000", "800, 600", "40, 30"})
    void coverFitFillsTheSlotExactlyOnOneAxisAndOverflowsOnTheOther(int w, int h) {
        PhotoRef photo = SyntheticPhotos.photo(w, h);
        Rectangle2D outline = PlacementGeometry.outline(SLOT, photo, Placement.COVER).getBounds2D();

        boolean fitsWidth = Math.abs(outline.getWidth() - SLOT.width()) < 1e-6;
        boolean fitsHeight = Math.abs(outline.getHeight() - SLOT.height()) < 1e-6;
        assertThat(fitsWidth || fitsHeight).as("one side matches the slot exactly").isTrue();
        assertThat(outline.getWidth()).isGreaterThanOrEqualTo(SLOT.width() - 1e-6);
        assertThat(outline.getHeight()).isGreaterThanOrEqualTo(SLOT.height() - 1e-6);
        assertThat(outline.getCenterX()).isCloseTo(SLOT.centerX(), within(1e-6));
        assertThat(outline.getCenterY()).isCloseTo(SLOT.centerY(), within(1e-6));
        assertThat(PlacementGeometry.coversSlot(SLOT, photo, Placement.COVER)).isTrue();
    }

    @Test
    void landscapePhotoInPortraitSlotIsScaledToTheSlotHeight() {
        Rect portrait = new Rect(0, 0, 600, 900);
        assertThat(PlacementGeometry.coverScale(portrait, 4000, 3000)).isCloseTo(900.0 / 3000, within(EPS));
        assertThat(PlacementGeometry.coverScale(portrait, 3000, 4000)).isCloseTo(900.0 / 4000, within(EPS));
    }

    @Test
    void zoomMultipliesTheCoverScale() {
        PhotoRef photo = SyntheticPhotos.photo(4000, 3000);
        double cover = PlacementGeometry.scale(SLOT, photo, Placement.COVER);
        assertThat(PlacementGeometry.scale(SLOT, photo, Placement.COVER.withZoom(2.5))).isCloseTo(cover * 2.5,
                within(EPS));
    }

    @Test
    void offsetIsAFractionOfTheSlotSize() {
        PhotoRef photo = SyntheticPhotos.photo(4000, 3000);
        Placement moved = Placement.COVER.withOffset(0.25, -0.1);
        Point2D centre = PlacementGeometry.toCanvas(SLOT, photo, moved, new Point2D.Double(2000, 1500));
        assertThat(centre.getX()).isCloseTo(SLOT.centerX() + 200, within(1e-6));
        assertThat(centre.getY()).isCloseTo(SLOT.centerY() - 60, within(1e-6));
    }

    @Test
    void rotationTurnsClockwiseAboutThePhotoCentre() {
        PhotoRef photo = SyntheticPhotos.photo(4000, 3000);
        Placement turned = Placement.COVER.withOffset(0.1, 0.2).withRotation(90);
        Point2D centre = PlacementGeometry.centre(SLOT, turned);
        Point2D mappedCentre = PlacementGeometry.toCanvas(SLOT, photo, turned, new Point2D.Double(2000, 1500));
        assertThat(mappedCentre.distance(centre)).isLessThan(1e-6);

        // Clockwise by 90 degrees: the photo's top-left corner ends up top-right, its top edge on the right.
        Point2D topLeft = PlacementGeometry.toCanvas(SLOT, photo, turned, new Point2D.Double(0, 0));
        Point2D topMiddle = PlacementGeometry.toCanvas(SLOT, photo, turned, new Point2D.Double(2000, 0));
        assertThat(topLeft.getX()).isGreaterThan(centre.getX());
        assertThat(topLeft.getY()).isLessThan(centre.getY());
        assertThat(topMiddle.getY()).isCloseTo(centre.getY(), within(1e-6));
        assertThat(topMiddle.getX()).isGreaterThan(centre.getX());
    }

    @Test
    void flipMirrorsHorizontallyInPhotoSpaceBeforeRotation() {
        PhotoRef photo = SyntheticPhotos.photo(4000, 3000);
        Point2D leftMiddle = new Point2D.Double(0, 1500);
        Point2D flipped = PlacementGeometry.toCanvas(SLOT, photo, Placement.COVER.withFlipped(true), leftMiddle);
        assertThat(flipped.getX()).isGreaterThan(SLOT.centerX());
        assertThat(flipped.getY()).isCloseTo(SLOT.centerY(), within(1e-6));

        // Mirrored to the right, then turned clockwise by 90 degrees: it points down.
        Placement both = Placement.COVER.withFlipped(true).withRotation(90);
        Point2D turned = PlacementGeometry.toCanvas(SLOT, photo, both, leftMiddle);
        assertThat(turned.getX()).isCloseTo(SLOT.centerX(), within(1e-6));
        assertThat(turned.getY()).isGreaterThan(SLOT.centerY());
    }

    @Test
    void canvasAndPhotoPointsConvertBothWays() {
        PhotoRef photo = SyntheticPhotos.photo(4032, 3024);
        Placement placement = new Placement(0.13, -0.27, 1.7, -33, true);
        Point2D inPhoto = new Point2D.Double(1234.5, 678.25);
        Point2D onCanvas = PlacementGeometry.toCanvas(SLOT, photo, placement, inPhoto);
        assertThat(PlacementGeometry.toPhoto(SLOT, photo, placement, onCanvas).distance(inPhoto)).isLessThan(1e-6);
    }

    @Test
    void draggingMovesEveryPhotoPointByTheDragEvenWhenRotatedAndZoomed() {
        PhotoRef photo = SyntheticPhotos.photo(4000, 3000);
        Placement placement = new Placement(0.05, 0.1, 2.2, 47, true);
        Point2D somewhere = new Point2D.Double(300, 2700);
        Point2D before = PlacementGeometry.toCanvas(SLOT, photo, placement, somewhere);

        Placement after = PlacementGeometry.dragged(placement, SLOT, 37.5, -12.25);

        Point2D moved = PlacementGeometry.toCanvas(SLOT, photo, after, somewhere);
        assertThat(moved.getX() - before.getX()).isCloseTo(37.5, within(1e-6));
        assertThat(moved.getY() - before.getY()).isCloseTo(-12.25, within(1e-6));
        assertThat(after.zoom()).isEqualTo(placement.zoom());
        assertThat(after.rotation()).isEqualTo(placement.rotation());
    }

    @Test
    void draggingFarAwayStopsAtTheLargestOffset() {
        Placement far = PlacementGeometry.dragged(Placement.COVER, SLOT, 1e9, -1e9);
        assertThat(far.offsetX()).isEqualTo(Placement.MAX_OFFSET);
        assertThat(far.offsetY()).isEqualTo(-Placement.MAX_OFFSET);
    }

    @Test
    void zoomingAboutAPointKeepsThatPointStill() {
        PhotoRef photo = SyntheticPhotos.photo(4000, 3000);
        Placement placement = new Placement(0.1, -0.05, 1.2, 15, false);
        Point2D anchor = new Point2D.Double(400, 300);
        Point2D underAnchor = PlacementGeometry.toPhoto(SLOT, photo, placement, anchor);

        Placement zoomed = PlacementGeometry.zoomedAbout(placement, SLOT, 3.0, anchor);

        assertThat(zoomed.zoom()).isEqualTo(3.0);
        assertThat(PlacementGeometry.toCanvas(SLOT, photo, zoomed, underAnchor).distance(anchor)).isLessThan(1e-6);
    }

    @Test
    void zoomingOutBelowCoverLeavesAGapAndRotationUncoversCorners() {
        PhotoRef photo = SyntheticPhotos.photo(4000, 3000);
        assertThat(PlacementGeometry.coversSlot(SLOT, photo, Placement.COVER.withZoom(0.9))).isFalse();
        assertThat(PlacementGeometry.coversSlot(SLOT, photo, Placement.COVER.withRotation(20))).isFalse();
        assertThat(PlacementGeometry.coversSlot(SLOT, photo, Placement.COVER.withRotation(20).withZoom(2)))
                .isTrue();
    }
}
