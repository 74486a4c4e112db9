// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FramePackTest {
    private static FramePack packTagged(String tag) {
        Frame frame = new Frame("f", LocalizedText.of("F"), FrameKind.PROFILE, new CanvasSize(100, 100),
                Optional.empty(), List.of(PhotoSlot.of("foto", SlotShape.RECTANGLE, new Rect(0, 0, 100, 100))),
                List.of(), List.of(), false);
        return new FramePack("p", LocalizedText.of("P"), "1", false, tag, LocalizedText.of(tag), List.of(frame),
                List.of(), "test");
    }

    @Test
    void everyExportCarriesTheCampaignTagFirstAndThePacksOwnTag() {
        assertThat(packTagged(FramePack.CAMPAIGN_TAG).keywords()).containsExactly("#ASNpilihNETRAL");
        assertThat(packTagged("#NetralitasASN").keywords()).containsExactly("#ASNpilihNETRAL", "#NetralitasASN");
        assertThat(packTagged("").keywords()).containsExactly("#ASNpilihNETRAL");
    }
}
