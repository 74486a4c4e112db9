// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static org.assertj.core.api.Assertions.assertThat;

import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FrameKind;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.Layer;
import id.bingkai.testing.TestPacks;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BuiltInPackTest {
    @Test
    void sampleShippedInTheJarLoadsAsASampleSet() {
        FramePack pack = PackLoaders.loader().builtIn();

        assertThat(pack.sample()).isTrue();
        assertThat(pack.origin()).isEqualTo(PackLoader.BUILT_IN_ORIGIN);
        assertThat(pack.tag()).isEqualTo("#ASNpilihNETRAL");
        assertThat(pack.caption().get(Locale.of("id"))).contains("#ASNpilihNETRAL");
        assertThat(pack.frames()).extracting(Frame::kind).contains(FrameKind.PROFILE, FrameKind.STATUS);
        assertThat(pack.defaultFrame().canvas().width()).isEqualTo(1080);
        assertThat(pack.defaultFrame().canvas().height()).isEqualTo(1080);
        assertThat(pack.frames()).filteredOn(f -> f.kind() == FrameKind.STATUS)
                .allSatisfy(f -> assertThat(f.canvas().height()).isEqualTo(1920));
        assertThat(pack.frames()).allSatisfy(frame -> assertThat(frame.layers())
                .anySatisfy(layer -> assertThat(layer).isInstanceOf(Layer.Image.class)));
    }

    @Test
    void sampleUsesTheCampaignColours() {
        String manifest = new String(TestPacks.resource(PackLoader.SAMPLE_FOLDER + "manifest.json"),
                java.nio.charset.StandardCharsets.UTF_8);

        assertThat(manifest).contains("#EC5425", "#FAB92C");
    }
}
