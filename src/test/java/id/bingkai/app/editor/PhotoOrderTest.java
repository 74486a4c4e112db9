// SPDX-License-Identifier: Apache-2.0
package id.bingkai.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.app.TestPacks;
import id.bingkai.core.model.Document;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.LayerPosition;
import org.junit.jupiter.api.Test;

class PhotoOrderTest {
    private final FramePack pack = TestPacks.pack("satu");

    @Test
    void inFrontMovesTheUpperLayersUnderThePhotoAndBackRestoresTheFrame() {
        Document doc = Document.of(pack, pack.frame("persegi").orElseThrow());
        Document front = PhotoOrder.withPhotoInFront(doc, true);
        assertThat(front.frame().layers(LayerPosition.ABOVE)).isEmpty();
        assertThat(front.frame().layers(LayerPosition.BELOW)).hasSize(1);
        assertThat(PhotoOrder.isInFront(front)).isTrue();
        assertThat(PhotoOrder.withPhotoInFront(front, false)).isEqualTo(doc);
    }

    @Test
    void framesThatDoNotAllowItStayAsTheyAre() {
        Document doc = Document.of(pack, pack.frame("status").orElseThrow());
        assertThat(PhotoOrder.withPhotoInFront(doc, true)).isSameAs(doc);
        assertThat(PhotoOrder.canBeInFront(doc)).isFalse();
    }
}
