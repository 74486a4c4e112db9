// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bingkai.core.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhotoPlacesTest {
    private static final Messages ID = new Messages(Messages.INDONESIAN);
    private static final Messages EN = new Messages(Locale.ENGLISH);
    private static final PhotoSlot LEFT = PhotoSlot.of("kiri", SlotShape.RECTANGLE, new Rect(50, 50, 500, 400));
    private static final PhotoSlot RIGHT = PhotoSlot.of("kanan", SlotShape.ELLIPSE, new Rect(450, 50, 500, 400));
    private static final PhotoSlot ONLY = PhotoSlot.of("foto", SlotShape.RECTANGLE, new Rect(0, 0, 1000, 500));
    private static final Frame TWO = frame("duo", LEFT, RIGHT);
    private static final Frame ONE = frame("satu", ONLY);
    private static final PlacedPhoto PHOTO = new PlacedPhoto(new PhotoRef(Path.of("a.jpg"), 800, 600),
            Placement.COVER);

    private static Frame frame(String id, PhotoSlot... slots) {
        return new Frame(id, LocalizedText.of(id, id), FrameKind.POSTER, new CanvasSize(1000, 500),
                Optional.of(0xFFFFFFFF), List.of(slots), List.of(), List.of(), false);
    }

    private static Document doc(Frame frame) {
        return Document.of(new FramePack("p", LocalizedText.of("P", "P"), "1", false, "#ASNpilihNETRAL",
                LocalizedText.of("", ""), List.of(frame), List.of(), "test"), frame);
    }

    @Test
    void placesOfASeveralPlaceFrameAreNamedByTheirNumberInTheFramesOrder() {
        assertThat(ID.format(PhotoPlaces.placeName(TWO, RIGHT))).isEqualTo("Foto 2");
        assertThat(EN.format(PhotoPlaces.placeName(TWO, LEFT))).isEqualTo("Photo 1");
        assertThat(ID.format(PhotoPlaces.photoName(TWO, RIGHT))).isEqualTo("Foto 2");
    }

    @Test
    void theOnePlaceOfAOnePlaceFrameIsNamedWithoutANumber() {
        assertThat(ID.format(PhotoPlaces.placeName(ONE, ONLY))).isEqualTo("Tempat foto");
        assertThat(EN.format(PhotoPlaces.placeName(ONE, ONLY))).isEqualTo("The photo place");
        assertThat(ID.format(PhotoPlaces.photoName(ONE, ONLY))).isEqualTo("Foto");
        assertThat(ID.format(PhotoPlaces.label(ONE, ONLY))).isEqualTo("Foto 1");
    }

    @Test
    void emptyPlacesAreListedInTheFramesOrderUntilFilled() {
        Document empty = doc(TWO);
        assertThat(PhotoPlaces.empty(empty)).containsExactly(LEFT, RIGHT);
        Document firstFilled = empty.withPhoto("kiri", PHOTO);
        assertThat(PhotoPlaces.firstEmpty(firstFilled)).contains(RIGHT);
        Document onlySecond = empty.withPhoto("kanan", PHOTO);
        assertThat(PhotoPlaces.firstEmpty(onlySecond)).contains(LEFT);
        assertThat(PhotoPlaces.firstEmpty(firstFilled.withPhoto("kanan", PHOTO))).isEmpty();
    }

    @Test
    void wherePlacesOverlapThePointBelongsToTheOneDrawnLast() {
        assertThat(PhotoPlaces.at(TWO, 500, 200)).contains(RIGHT);
        assertThat(PhotoPlaces.at(TWO, 100, 200)).contains(LEFT);
        assertThat(PhotoPlaces.at(TWO, 10, 10)).isEmpty();
    }

    @Test
    void aSlotTheFrameDoesNotHaveHasNoNumber() {
        assertThat(PhotoPlaces.number(TWO, "kanan")).isEqualTo(2);
        assertThatThrownBy(() -> PhotoPlaces.number(TWO, "tengah")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tengah");
    }

    @Test
    void theChangedPlaceIsTheFirstWhosePhotoDiffers() {
        Document before = doc(TWO).withPhoto("kiri", PHOTO);
        assertThat(PhotoPlaces.changed(before, before.withPhoto("kanan", PHOTO))).contains("kanan");
        assertThat(PhotoPlaces.changed(before, before)).isEmpty();
    }
}
