// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import id.bingkai.core.error.Problem;
import id.bingkai.core.model.Frame;
import id.bingkai.core.model.Layer;
import id.bingkai.core.model.LayerPosition;
import id.bingkai.core.model.LayerRole;
import id.bingkai.core.model.Rect;
import id.bingkai.testing.TestPacks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A frame's place for the agency's own logo: {@code {"type": "agency-logo", ...}} in its layers. */
class AgencyLogoPlaceTest {
    private static final String PLACE = """
            {"type": "agency-logo", "id": "logo-instansi", "x": 40, "y": 40, "width": 200, "height": 100}""";

    @TempDir
    Path dir;

    private static JsonObject withPlace(String... layers) {
        JsonObject manifest = TestPacks.manifest();
        JsonArray list = manifest.getAsJsonArray("frames").get(0).getAsJsonObject().getAsJsonArray("layers");
        for (String layer : layers) {
            list.add(JsonParser.parseString(layer));
        }
        return manifest;
    }

    private List<Problem> lint(JsonObject manifest) {
        return PackLoaders.loader().lint(TestPacks.writeFolder(dir.resolve("paket"), TestPacks.pack(manifest)));
    }

    @Test
    void aFrameWithAPlaceLoadsItAsALayerInDrawingOrder() {
        Path folder = TestPacks.writeFolder(dir.resolve("paket"), TestPacks.pack(withPlace(PLACE)));
        Frame frame = PackLoaders.loader().load(folder).frames().getFirst();

        assertThat(frame.logoPlace()).hasValueSatisfying(place -> {
            assertThat(place.id()).isEqualTo("logo-instansi");
            assertThat(place.bounds()).isEqualTo(new Rect(40, 40, 200, 100));
            assertThat(place.position()).isEqualTo(LayerPosition.ABOVE);
            assertThat(place.role()).isEqualTo(LayerRole.AGENCY_LOGO);
        });
        assertThat(frame.layers().getLast()).isInstanceOf(Layer.LogoPlace.class);
        assertThat(PackLoaders.loader().load(folder).frames().get(1).logoPlace()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            {"type": "agency-logo", "x": 40, "y": 40, "width": 200, "height": 100, "file": "layers/emblem.svg"} | frames[0].layers[6].file | json.problem.unknownField
            {"type": "agency-logo", "x": 40, "y": 40, "width": 200, "height": 100, "role": "logo"}              | frames[0].layers[6].role | json.problem.unknownField
            {"type": "agency-logo", "x": 1000, "y": 40, "width": 200, "height": 100}                            | frames[0].layers[6]      | pack.problem.logoPlace.outside
            {"type": "agency-logo", "x": 40, "y": 40, "width": 200}                                             | frames[0].layers[6].height | pack.problem.required
            {"type": "agency-logo", "x": 40, "y": 40, "width": 200, "height": 100, "position": "behind"}        | frames[0].layers[6].position | pack.problem.choice
            {"type": "image", "file": "layers/emblem.svg", "x": 40, "y": 40, "width": 200, "height": 100, "role": "agency-logo"} | frames[0].layers[6].role | pack.problem.choice
            """)
    void aBrokenPlaceIsReportedAtItsField(String layer, String field, String key) {
        assertThat(lint(withPlace(layer))).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("manifest.json");
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.reason().key()).isEqualTo(key);
        });
    }

    @Test
    void aSecondPlaceInOneFrameIsRefused() {
        String second = PLACE.replace("logo-instansi", "logo-kedua");
        assertThat(lint(withPlace(PLACE, second))).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("frames[0].layers[7].type");
            assertThat(p.reason().key()).isEqualTo("pack.problem.logoPlace.twice");
        });
    }

    @Test
    void aGoodPlaceAddsNoProblem() {
        assertThat(lint(withPlace(PLACE))).isEmpty();
    }
}
