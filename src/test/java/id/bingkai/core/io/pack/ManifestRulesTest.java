// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.io.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import id.bingkai.core.error.PackException;
import id.bingkai.core.error.Problem;
import id.bingkai.testing.TestPacks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of docs/pack-format.md, broken one at a time in an otherwise valid pack. */
class ManifestRulesTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} = {1} -> {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            schema                                | -                                | manifest.json        | schema                                | pack.problem.required
            schema                                | 0                                | manifest.json        | schema                                | pack.problem.schema.invalid
            schema                                | "1"                              | manifest.json        | schema                                | pack.problem.schema.invalid
            id                                    | "Uji Paket"                      | manifest.json        | id                                    | pack.problem.id.pattern
            id                                    | -                                | manifest.json        | id                                    | pack.problem.required
            name                                  | -                                | manifest.json        | name                                  | pack.problem.required
            name                                  | {}                               | manifest.json        | name                                  | pack.problem.localized
            name                                  | 5                                | manifest.json        | name                                  | pack.problem.localized
            name                                  | {"ID": "Paket"}                  | manifest.json        | name.ID                               | pack.problem.language
            name                                  | {"id": ""}                       | manifest.json        | name.id                               | pack.problem.blank
            version                               | ""                               | manifest.json        | version                               | pack.problem.blank
            sample                                | "yes"                            | manifest.json        | sample                                | pack.problem.wrongType
            tag                                   | "ASN netral"                     | manifest.json        | tag                                   | pack.problem.tag
            framez                                | []                               | manifest.json        | framez                                | json.problem.unknownFieldNear
            warna                                 | 1                                | manifest.json        | warna                                 | json.problem.unknownField
            fonts[0]                              | "fonts/None.ttf"                 | fonts/None.ttf       | fonts[0]                              | pack.problem.file.missing
            fonts[0]                              | "layers/emblem.svg"              | layers/emblem.svg    | fonts[0]                              | pack.problem.font.notFont
            fonts[0]                              | 7                                | manifest.json        | fonts[0]                              | pack.problem.wrongType
            fields[0].key                         | "Nama"                           | manifest.json        | fields[0].key                         | pack.problem.field.key
            fields[1].key                         | "nama"                           | manifest.json        | fields[1].key                         | pack.problem.duplicateId
            fields[2].key                         | "tag"                            | manifest.json        | fields[2].key                         | pack.problem.field.tagReserved
            fields[0].maxLength                   | 0                                | manifest.json        | fields[0].maxLength                   | pack.problem.range
            fields[0].default                     | "Budi Santoso Wibowo Sutrisno Hadi Kusumaatmaja" | manifest.json | fields[0].default             | pack.problem.field.defaultTooLong
            fields[0].label                       | -                                | manifest.json        | fields[0].label                       | pack.problem.required
            frames                                | []                               | manifest.json        | frames                                | pack.problem.frames.none
            frames                                | -                                | manifest.json        | frames                                | pack.problem.required
            frames[1].id                          | "lingkaran"                      | manifest.json        | frames[1].id                          | pack.problem.duplicateId
            frames[0].kind                        | "avatar"                         | manifest.json        | frames[0].kind                        | pack.problem.choice
            frames[0].width                       | 10                               | manifest.json        | frames[0].width                       | pack.problem.range
            frames[0].height                      | 20001                            | manifest.json        | frames[0].height                      | pack.problem.range
            frames[0].width                       | 1080.5                           | manifest.json        | frames[0].width                       | pack.problem.wrongType
            frames[0].background                  | "#FFF"                           | manifest.json        | frames[0].background                  | pack.problem.colour
            frames[0].photoAboveAllowed           | 1                                | manifest.json        | frames[0].photoAboveAllowed           | pack.problem.wrongType
            frames[0].slots                       | []                               | manifest.json        | frames[0].slots                       | pack.problem.slots.none
            frames[0].slots[0].shape              | "star"                           | manifest.json        | frames[0].slots[0].shape              | pack.problem.choice
            frames[0].slots[0].id                 | ""                               | manifest.json        | frames[0].slots[0].id                 | pack.problem.layer.id
            frames[0].slots[1].id                 | "foto"                           | manifest.json        | frames[0].slots[1].id                 | pack.problem.duplicateId
            frames[0].slots[0].width              | -5                               | manifest.json        | frames[0].slots[0].width              | pack.problem.positive
            frames[0].slots[0].height             | -                                | manifest.json        | frames[0].slots[0].height             | pack.problem.required
            frames[0].slots[0].x                  | 5000                             | manifest.json        | frames[0].slots[0]                    | pack.problem.bounds.outside
            frames[0].slots[0].y                  | 1e9                              | manifest.json        | frames[0].slots[0].y                  | pack.problem.bounds.far
            frames[0].slots[0].x                  | 1e400                            | manifest.json        | frames[0].slots[0].x                  | pack.problem.number.tooLarge
            frames[0].slots[0].radius             | 10                               | manifest.json        | frames[0].slots[0].radius             | pack.problem.radius.notRect
            frames[0].slots[0].mask               | "masks/round.png"                | manifest.json        | frames[0].slots[0].mask               | pack.problem.mask.notMaskShape
            frames[0].slots[1].mask               | -                                | manifest.json        | frames[0].slots[1].mask               | pack.problem.required
            frames[0].slots[1].mask               | "layers/ornament.png"            | layers/ornament.png  | frames[0].slots[1].mask               | pack.problem.mask.noAlpha
            frames[0].slots[1].mask               | "layers/emblem.svg"              | layers/emblem.svg    | frames[0].slots[1].mask               | pack.problem.mask.notPng
            frames[0].layers[0]                   | "shape"                          | manifest.json        | frames[0].layers[0]                   | pack.problem.wrongType
            frames[0].layers[0].type              | "video"                          | manifest.json        | frames[0].layers[0].type              | pack.problem.choice
            frames[0].layers[0].type              | -                                | manifest.json        | frames[0].layers[0].type              | pack.problem.required
            frames[0].layers[0].fill              | 5                                | manifest.json        | frames[0].layers[0].fill              | pack.problem.fill
            frames[0].layers[0].fill              | "orange"                         | manifest.json        | frames[0].layers[0].fill              | pack.problem.colour
            frames[0].layers[0].fill.stops        | [[0, "#EC5425"]]                 | manifest.json        | frames[0].layers[0].fill.stops        | pack.problem.gradient.fewStops
            frames[0].layers[0].fill.stops        | [[0.5, "#EC5425"], [0.2, "#FAB92C"]] | manifest.json    | frames[0].layers[0].fill.stops[1][0]  | pack.problem.gradient.order
            frames[0].layers[0].fill.stops[1]     | [2, "#FAB92C"]                   | manifest.json        | frames[0].layers[0].fill.stops[1][0]  | pack.problem.gradient.offset
            frames[0].layers[0].fill.stops[0]     | [0, "red"]                       | manifest.json        | frames[0].layers[0].fill.stops[0][1]  | pack.problem.colour
            frames[0].layers[0].fill.stops[0]     | "#EC5425"                        | manifest.json        | frames[0].layers[0].fill.stops[0]     | pack.problem.gradient.stop
            frames[0].layers[0].fill.angle        | "90"                             | manifest.json        | frames[0].layers[0].fill.angle        | pack.problem.wrongType
            frames[0].layers[0].fill.angel        | 90                               | manifest.json        | frames[0].layers[0].fill.angel        | json.problem.unknownFieldNear
            frames[0].layers[0].radius            | -1                               | manifest.json        | frames[0].layers[0].radius            | pack.problem.notNegative
            frames[0].layers[0].shape             | "star"                           | manifest.json        | frames[0].layers[0].shape             | pack.problem.choice
            frames[0].layers[5].radius            | 5                                | manifest.json        | frames[0].layers[5].radius            | pack.problem.radius.notRect
            frames[0].layers[5].stroke.width      | 0                                | manifest.json        | frames[0].layers[5].stroke.width      | pack.problem.positive
            frames[0].layers[5].stroke            | {"width": 8}                     | manifest.json        | frames[0].layers[5].stroke.color      | pack.problem.required
            frames[0].layers[5].stroke            | -                                | manifest.json        | frames[0].layers[5]                   | pack.problem.shape.invisible
            frames[0].layers[2].opacity           | 1.5                              | manifest.json        | frames[0].layers[2].opacity           | pack.problem.rangeDecimal
            frames[0].layers[2].file              | "../../etc/passwd"               | ../../etc/passwd     | frames[0].layers[2].file              | pack.problem.path.parent
            frames[0].layers[2].file              | "/etc/passwd"                    | /etc/passwd          | frames[0].layers[2].file              | pack.problem.path.absolute
            frames[0].layers[2].file              | "C:/Windows/win.ini"             | C:/Windows/win.ini   | frames[0].layers[2].file              | pack.problem.path.drive
            frames[0].layers[2].file              | "layers\\\\ornament.png"         | layers\\ornament.png | frames[0].layers[2].file              | pack.problem.path.backslash
            frames[0].layers[2].file              | "http://example.com/a.png"       | http://example.com/a.png | frames[0].layers[2].file          | pack.problem.path.colon
            frames[0].layers[2].file              | "layers//ornament.png"           | layers//ornament.png | frames[0].layers[2].file              | pack.problem.path.emptySegment
            frames[0].layers[2].file              | ""                               | ""                   | frames[0].layers[2].file              | pack.problem.path.empty
            frames[0].layers[2].file              | "layers/missing.png"             | layers/missing.png   | frames[0].layers[2].file              | pack.problem.file.missing
            frames[0].layers[2].file              | "layers"                         | layers               | frames[0].layers[2].file              | pack.problem.file.notFile
            frames[0].layers[2].file              | "fonts/Inter-Bold.otf"           | fonts/Inter-Bold.otf | frames[0].layers[2].file              | pack.problem.image.notImage
            frames[0].layers[2].file              | -                                | manifest.json        | frames[0].layers[2].file              | pack.problem.required
            frames[0].layers[1].height            | 180                              | manifest.json        | frames[0].layers[1]                   | pack.problem.logo.stretched
            frames[0].layers[1].id                | "layer-0"                        | manifest.json        | frames[0].layers[1].id                | pack.problem.duplicateId
            frames[0].layers[3].text              | "{nama} {jabatan}"               | manifest.json        | frames[0].layers[3].text              | pack.problem.text.unknownField
            frames[0].layers[3].text              | " "                              | manifest.json        | frames[0].layers[3].text              | pack.problem.blank
            frames[0].layers[3].font              | "Arial"                          | manifest.json        | frames[0].layers[3].font              | pack.problem.font.unknown
            frames[0].layers[3].weight            | 950                              | manifest.json        | frames[0].layers[3].weight            | pack.problem.range
            frames[0].layers[3].size              | 0                                | manifest.json        | frames[0].layers[3].size              | pack.problem.positive
            frames[0].layers[3].size              | -                                | manifest.json        | frames[0].layers[3].size              | pack.problem.required
            frames[0].layers[3].fill              | "#000000"                        | manifest.json        | frames[0].layers[3].fill              | pack.problem.text.colorAndFill
            frames[0].layers[3].color             | null                             | manifest.json        | frames[0].layers[3].color             | pack.problem.wrongType
            frames[0].layers[3].flow              | "columns"                        | manifest.json        | frames[0].layers[3].flow              | pack.problem.choice
            frames[0].layers[3].lineHeight        | 1.5                              | manifest.json        | frames[0].layers[3].lineHeight        | pack.problem.text.lineHeightOneLine
            frames[0].layers[4].lineHeight        | 5                                | manifest.json        | frames[0].layers[4].lineHeight        | pack.problem.rangeDecimal
            fields[1].default                     | "baris\\nkedua"                  | manifest.json        | fields[1].default                     | pack.problem.field.lineBreak
            fields[1].maxLength                   | 501                              | manifest.json        | fields[1].maxLength                   | pack.problem.range
            frames[0].print                       | {"trimWidth": 100, "trimHeight": 150, "bleed": 3} | manifest.json | frames[0].height             | pack.problem.print.aspect
            frames[0].print                       | {"trimWidth": 5, "trimHeight": 5} | manifest.json       | frames[0].print.trimWidth             | pack.problem.rangeDecimal
            frames[0].print                       | {"trimWidth": 100, "trimHeight": 100, "bleed": 30} | manifest.json | frames[0].print.bleed       | pack.problem.rangeDecimal
            frames[0].print                       | {"trimWidth": 100, "trimHeigth": 100} | manifest.json   | frames[0].print.trimHeigth            | json.problem.unknownFieldNear
            frames[0].print                       | {"trimWidth": 100}               | manifest.json        | frames[0].print.trimHeight            | pack.problem.required
            frames[0].print                       | "A4"                             | manifest.json        | frames[0].print                       | pack.problem.wrongType
            frames[0].layers[3].align             | "justify"                        | manifest.json        | frames[0].layers[3].align             | pack.problem.choice
            frames[0].layers[3].letterSpacing     | 2                                | manifest.json        | frames[0].layers[3].letterSpacing     | pack.problem.rangeDecimal
            frames[0].layers[3].uppercase         | "yes"                            | manifest.json        | frames[0].layers[3].uppercase         | pack.problem.wrongType
            frames[0].layers[3].opacity           | 0.5                              | manifest.json        | frames[0].layers[3].opacity           | json.problem.unknownField
            frames[0].layers[3].hieght            | 10                               | manifest.json        | frames[0].layers[3].hieght            | json.problem.unknownFieldNear
            frames[0].layers[3].position          | "front"                          | manifest.json        | frames[0].layers[3].position          | pack.problem.choice
            frames[0].layers[3].role              | "title"                          | manifest.json        | frames[0].layers[3].role              | pack.problem.choice
            """)
    void eachBrokenRuleIsReportedAtItsFileAndField(String path, String json, String file, String field, String key) {
        JsonObject manifest = TestPacks.with(TestPacks.manifest(), path,
                json.equals("-") ? null : JsonParser.parseString(json));
        Path folder = TestPacks.writeFolder(dir.resolve("paket"), TestPacks.pack(manifest));

        List<Problem> problems = PackLoaders.loader().lint(folder);

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(file.equals("\"\"") ? "" : file);
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.reason().key()).isEqualTo(key);
        });
    }

    @Test
    void loadThrowsEveryProblemAtOnce() {
        JsonObject manifest = TestPacks.with(TestPacks.manifest(), "frames[0].kind", JsonParser.parseString("\"x\""));
        manifest = TestPacks.with(manifest, "frames[1].layers[0].text", JsonParser.parseString("\"{jabatan}\""));
        manifest = TestPacks.with(manifest, "frames[0].layers[2].file", JsonParser.parseString("\"../a.png\""));
        Path folder = TestPacks.writeFolder(dir.resolve("paket"), TestPacks.pack(manifest));

        assertThatThrownBy(() -> PackLoaders.loader().load(folder))
                .isInstanceOfSatisfying(PackException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field)
                        .contains("frames[0].kind", "frames[1].layers[0].text", "frames[0].layers[2].file"));
    }

    @Test
    void newerSchemaIsRefusedAloneWithAnUpdateMessage() {
        JsonObject manifest = TestPacks.with(TestPacks.manifest(), "schema", JsonParser.parseString("2"));
        manifest = TestPacks.with(manifest, "layout", JsonParser.parseString("{\"grid\": true}"));
        Path folder = TestPacks.writeFolder(dir.resolve("paket"), TestPacks.pack(manifest));

        List<Problem> problems = PackLoaders.loader().lint(folder);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("schema");
            assertThat(p.reason().key()).isEqualTo("pack.problem.schema.newer");
            assertThat(p.reason().args()).containsExactly("2", 1);
        });
    }

    @Test
    void tooManyFramesAreRefusedByTheLimits() {
        PackLimits oneFrame = new PackLimits(2_000, 256L << 20, 64L << 20, 100, 1 << 20, 32, 1, 200, 8 << 20);
        Path folder = TestPacks.writeFolder(dir.resolve("paket"), TestPacks.pack(TestPacks.manifest()));

        assertThat(PackLoaders.loader(oneFrame).lint(folder)).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("frames");
            assertThat(p.reason().key()).isEqualTo("pack.problem.tooMany");
        });
    }

    @Test
    void tooManyLayersAreRefusedByTheLimits() {
        PackLimits twoLayers = new PackLimits(2_000, 256L << 20, 64L << 20, 100, 1 << 20, 32, 200, 2, 8 << 20);
        Path folder = TestPacks.writeFolder(dir.resolve("paket"), TestPacks.pack(TestPacks.manifest()));

        assertThat(PackLoaders.loader(twoLayers).lint(folder)).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("frames[0].layers");
            assertThat(p.reason().key()).isEqualTo("pack.problem.tooMany");
        });
    }

    @Test
    void anUnusedPackFieldIsNotOfferedByAnyFrame() {
        JsonObject manifest = TestPacks.with(TestPacks.manifest(), "frames[1].layers[0].text",
                JsonParser.parseString("\"{tag}\""));
        Path folder = TestPacks.writeFolder(dir.resolve("paket"), TestPacks.pack(manifest));

        var pack = PackLoaders.loader().load(folder);

        assertThat(pack.frames().get(1).fields()).isEmpty();
    }
}
