// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import id.bingkai.core.error.PackException;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.FramePack;
import id.bingkai.core.model.GuidelineSettings;
import id.bingkai.core.model.Rule;
import id.bingkai.core.model.Severity;
import id.bingkai.testing.TestPacks;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest's {@code guideline} blocks reach the frames: the pack's over the defaults, a frame's over the pack's. */
class GuidelineBlockTest {
    @TempDir
    Path dir;

    @Test
    void aPackWithoutAGuidelineBlockUsesTheDefaults() {
        FramePack pack = PackLoaders.loader().load(TestPacks.writeFolder(dir, TestPacks.pack(TestPacks.manifest())));
        assertThat(pack.frames()).allSatisfy(f -> assertThat(f.guideline()).isEqualTo(GuidelineSettings.DEFAULT));
    }

    @Test
    void thePackDecidesWhichRulesBlockAndAFrameCanOverrideIt() {
        var manifest = TestPacks.with(TestPacks.manifest(), "guideline",
                JsonParser.parseString("{\"blocking\": [\"circle-crop\"], \"logo\": {\"clearSpace\": 0.5}}"));
        manifest = TestPacks.with(manifest, "frames[0].guideline",
                JsonParser.parseString("{\"off\": [\"legibility\"]}"));
        FramePack pack = PackLoaders.loader().load(TestPacks.writeFolder(dir, TestPacks.pack(manifest)));

        Frame first = pack.frames().get(0);
        assertThat(first.guideline().severity(Rule.CIRCLE_CROP)).contains(Severity.BLOCKING);
        assertThat(first.guideline().severity(Rule.PHOTO_COVERAGE)).contains(Severity.WARNING);
        assertThat(first.guideline().severity(Rule.LEGIBILITY)).isEmpty();
        assertThat(first.guideline().logo().clearSpace()).isEqualTo(0.5);
        if (pack.frames().size() > 1) {
            Frame second = pack.frames().get(1);
            assertThat(second.guideline().severity(Rule.LEGIBILITY)).contains(Severity.WARNING);
            assertThat(second.guideline().severity(Rule.CIRCLE_CROP)).contains(Severity.BLOCKING);
        }
    }

    @Test
    void aMistakeInTheBlockIsAProblemWithItsPath() {
        var manifest = TestPacks.with(TestPacks.manifest(), "frames[0].guideline",
                JsonParser.parseString("{\"blocking\": [\"no-such-rule\"]}"));
        Path folder = TestPacks.writeFolder(dir, TestPacks.pack(manifest));
        assertThatThrownBy(() -> PackLoaders.loader().load(folder)).isInstanceOfSatisfying(PackException.class,
                e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p.field())
                        .startsWith("frames[0].guideline.blocking")));
    }
}
