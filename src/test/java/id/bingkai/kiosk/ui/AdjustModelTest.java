// SPDX-License-Identifier: Apache-2.0
package id.bingkai.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.bingkai.core.model.Document;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.PhotoRef;
import id.bingkai.core.model.Placement;
import id.bingkai.core.model.Rect;
import id.bingkai.core.render.PlacementGeometry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The adjust screen's edits keep the visitor's photo filling its place, as the guideline's photo-coverage rule asks:
 * a drag or zoom-out stops at the edge, a turn zooms in just enough; inside the place, edits are free.
 */
class AdjustModelTest {
    private final Frame frame = KioskRig.PACK.frames().getFirst();
    private final Rect slot = frame.primarySlot().bounds();

    private AdjustModel adjusting(int photoWidth, int photoHeight) {
        AdjustModel adjust = new AdjustModel();
        adjust.start(Document.of(KioskRig.PACK, frame).withPhoto(new PhotoRef(Path.of("foto.jpg"), photoWidth,
                photoHeight)));
        return adjust;
    }

    private static Placement placement(AdjustModel adjust) {
        return adjust.document().primaryPhoto().orElseThrow().placement();
    }

    private boolean covers(AdjustModel adjust) {
        return PlacementGeometry.coversSlot(slot, adjust.document().primaryPhoto().orElseThrow().photo(),
                placement(adjust));
    }

    @Test
    void zoomingOutOfACoverFitPhotoStopsAtTheCoverSize() {
        AdjustModel adjust = adjusting(1200, 900);
        for (int i = 0; i < 5; i++) {
            adjust.zoomOut();
        }
        assertThat(placement(adjust).zoom()).isCloseTo(1, within(1e-5));
        assertThat(covers(adjust)).isTrue();
    }

    @Test
    void aDragPastTheEdgeStopsWhereTheEdgeWouldShowAndNoFurther() {
        AdjustModel adjust = adjusting(1200, 900);
        adjust.drag(slot.width() * 3, 0);
        Placement stopped = placement(adjust);
        assertThat(covers(adjust)).isTrue();
        // a landscape photo cover-fitted in this slot has room to move sideways: it moved, up to its edge
        double room = (1200.0 / 900 * Math.max(slot.width(), slot.height()) - slot.width()) / 2 / slot.width();
        assertThat(stopped.offsetX()).isCloseTo(Math.min(room, 3), within(1e-4));
        assertThat(stopped.offsetY()).isZero();
        adjust.drag(1, 0);
        assertThat(placement(adjust).offsetX()).as("one more unit would open the edge: it does not move on")
                .isCloseTo(stopped.offsetX(), within(1e-6));
        assertThat(covers(adjust)).isTrue();
        adjust.drag(-10, 0);
        assertThat(placement(adjust).offsetX()).as("back inside: free").isLessThan(stopped.offsetX());
    }

    @Test
    void aDragAlongTheCoveredAxisWhileZoomedInIsFree() {
        AdjustModel adjust = adjusting(1200, 900);
        adjust.zoomIn();
        adjust.zoomIn();
        Placement zoomed = placement(adjust);
        adjust.drag(0, 5);
        assertThat(placement(adjust).offsetY()).isCloseTo(zoomed.offsetY() + 5 / slot.height(), within(1e-9));
    }

    @Test
    void aTurnThatWouldLeaveAnEdgeZoomsInJustEnough() {
        AdjustModel adjust = adjusting(1600, 900);
        adjust.drag(slot.width(), 0); // to the edge: a turned photo then leaves the slot's side open
        adjust.turn();
        Placement turned = placement(adjust);
        assertThat(turned.rotation()).isEqualTo(90);
        assertThat(covers(adjust)).isTrue();
        assertThat(PlacementGeometry.coversSlot(slot, new PhotoRef(Path.of("foto.jpg"), 1600, 900),
                turned.withZoom(turned.zoom() * 0.999))).as("no more zoom than needed").isFalse();
    }

    @Test
    void aPlacementThatDidNotCoverIsNotHeldToIt() {
        AdjustModel adjust = adjusting(1200, 900);
        Document open = adjust.document().withPlacement(frame.primarySlot().id(), new Placement(0, 0, 0.6, 0, false));
        adjust.start(open);
        adjust.zoomOut();
        assertThat(placement(adjust).zoom()).isCloseTo(0.6 / AdjustModel.ZOOM_STEP, within(1e-9));
    }
}
